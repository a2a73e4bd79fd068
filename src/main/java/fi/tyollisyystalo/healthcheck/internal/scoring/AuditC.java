package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.Optional;

import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * AUDIT-C, the first three AUDIT items: how often, how many drinks on a typical day, how often six or
 * more; each 0–4, total 0–12. Finnish limits for risky drinking (THL, Käypä hoito): men 20–64 years
 * 6 or more, women 20–64 years 5 or more, everyone 65 or older 4 or more. Where the published limits
 * are silent (under 20, sex not told) the stricter limit 5 applies. Someone who never drinks scores 0
 * on items 2 and 3, as the published form says (and is not asked them).
 */
public final class AuditC implements Instrument {

    public static final String CODE = "AUDIT_C";
    static final Flag RISK = new Flag("AUDIT_C_RISK", Severity.ATTENTION, Domain.MIND);

    AuditC() {
    }

    public static InstrumentScore score(int howOften, int howMany, int sixOrMore, Sex sex, int age) {
        Items.check("AUDIT-C item 1", howOften, 0, 4);
        Items.check("AUDIT-C item 2", howMany, 0, 4);
        Items.check("AUDIT-C item 3", sixOrMore, 0, 4);
        int total = howOften == 0 ? 0 : howOften + howMany + sixOrMore;
        int limit = limit(sex, age);
        return InstrumentScore.of(CODE, total, 12, total >= limit ? "RISK" : "BELOW_RISK", limit);
    }

    /** The total from which drinking is risky for this person. */
    public static int limit(Sex sex, int age) {
        if (age >= 65) {
            return 4;
        }
        if (sex == Sex.MALE && age >= 20) {
            return 6;
        }
        return 5;
    }

    @Override
    public Optional<InstrumentResult> assess(Respondent respondent) {
        Integer howOften = respondent.integer("auditc_1");
        if (howOften == null) {
            return Optional.empty();
        }
        Integer howMany = howOften == 0 ? Integer.valueOf(0) : respondent.integer("auditc_2");
        Integer sixOrMore = howOften == 0 ? Integer.valueOf(0) : respondent.integer("auditc_3");
        if (howMany == null || sixOrMore == null) {
            return Optional.empty();
        }
        InstrumentScore score = score(howOften, howMany, sixOrMore, respondent.sex(), respondent.age());
        return Optional.of(InstrumentResult.scored(score, RISK,
                score.value().intValue() >= limit(respondent.sex(), respondent.age())));
    }
}
