package fi.tyollisyystalo.healthcheck.internal.scoring;

import fi.tyollisyystalo.healthcheck.InstrumentScore;

/**
 * GAD-2 (Kroenke et al. 2007): nervous, anxious or on edge; not able to stop or control worrying;
 * each 0–3 over the last two weeks, total 0–6. A total of 3 or more is a positive anxiety screen
 * (then GAD-7).
 */
public final class Gad2 {

    public static final String CODE = "GAD_2";
    public static final int POSITIVE_AT = 3;

    private Gad2() {
    }

    public static InstrumentScore score(int nervous, int worrying) {
        int total = Items.check("GAD-2 item 1", nervous, 0, 3) + Items.check("GAD-2 item 2", worrying, 0, 3);
        return InstrumentScore.of(CODE, total, 6, total >= POSITIVE_AT ? "POSITIVE" : "NEGATIVE", POSITIVE_AT);
    }
}
