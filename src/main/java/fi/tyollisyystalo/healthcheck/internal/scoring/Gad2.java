package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.Optional;

import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * GAD-2 (Kroenke et al. 2007): nervous, anxious or on edge; not able to stop or control worrying;
 * each 0–3 over the last two weeks, total 0–6. A total of 3 or more is a positive anxiety screen
 * (then GAD-7).
 */
public final class Gad2 implements Instrument {

    public static final String CODE = "GAD_2";
    public static final int POSITIVE_AT = 3;
    static final Flag POSITIVE = new Flag("GAD2_POSITIVE", Severity.ATTENTION, Domain.MIND);

    Gad2() {
    }

    public static InstrumentScore score(int nervous, int worrying) {
        int total = Items.check("GAD-2 item 1", nervous, 0, 3) + Items.check("GAD-2 item 2", worrying, 0, 3);
        return InstrumentScore.of(CODE, total, 6, total >= POSITIVE_AT ? "POSITIVE" : "NEGATIVE", POSITIVE_AT);
    }

    @Override
    public Optional<InstrumentResult> assess(Respondent respondent) {
        Integer nervous = respondent.integer("gad2_1");
        Integer worrying = respondent.integer("gad2_2");
        if (nervous == null || worrying == null) {
            return Optional.empty();
        }
        InstrumentScore score = score(nervous, worrying);
        return Optional.of(InstrumentResult.scored(score, POSITIVE, score.value().intValue() >= POSITIVE_AT));
    }
}
