package fi.tyollisyystalo.healthcheck.internal.scoring;

import fi.tyollisyystalo.healthcheck.InstrumentScore;

/**
 * AUDIT-C, the first three AUDIT items: how often, how many drinks on a typical day, how often six or
 * more; each 0–4, total 0–12. Finnish limits for risky drinking (THL, Käypä hoito): men 20–64 years
 * 6 or more, women 20–64 years 5 or more, everyone 65 or older 4 or more. Where the published limits
 * are silent (under 20, sex not told) the stricter limit 5 applies. Someone who never drinks scores 0
 * on items 2 and 3, as the published form says.
 */
public final class AuditC {

    public static final String CODE = "AUDIT_C";

    private AuditC() {
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
}
