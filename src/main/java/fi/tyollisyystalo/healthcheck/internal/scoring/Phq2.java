package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.Optional;

import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * PHQ-2 (Kroenke, Spitzer, Williams 2003): little interest or pleasure, feeling down; each 0–3 over
 * the last two weeks, total 0–6. A total of 3 or more is a positive depression screen (then PHQ-9).
 */
public final class Phq2 implements Instrument {

    public static final String CODE = "PHQ_2";
    public static final int POSITIVE_AT = 3;
    static final Flag POSITIVE = new Flag("PHQ2_POSITIVE", Severity.ATTENTION, Domain.MIND);

    Phq2() {
    }

    public static InstrumentScore score(int interest, int down) {
        int total = Items.check("PHQ-2 item 1", interest, 0, 3) + Items.check("PHQ-2 item 2", down, 0, 3);
        return InstrumentScore.of(CODE, total, 6, total >= POSITIVE_AT ? "POSITIVE" : "NEGATIVE", POSITIVE_AT);
    }

    @Override
    public Optional<InstrumentResult> assess(Respondent respondent) {
        Integer interest = respondent.integer("phq2_1");
        Integer down = respondent.integer("phq2_2");
        if (interest == null || down == null) {
            return Optional.empty();
        }
        InstrumentScore score = score(interest, down);
        return Optional.of(InstrumentResult.scored(score, POSITIVE, score.value().intValue() >= POSITIVE_AT));
    }
}
