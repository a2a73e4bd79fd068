package fi.tyollisyystalo.healthcheck;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The score of one instrument.
 *
 * @param instrument code, e.g. AUDIT_C; its name is in the bundles ({@code hc.instrument.CODE})
 * @param value      the score (BMI with one decimal, the others whole numbers)
 * @param max        the largest possible score, null where there is none (BMI)
 * @param band       the result band by the instrument's published cut-offs ({@code hc.band.BAND})
 * @param limit      the cut-off that applied to this person, if the instrument has one
 */
public record InstrumentScore(String instrument, BigDecimal value, @Nullable Integer max, String band,
        @Nullable BigDecimal limit) {

    public static InstrumentScore of(String instrument, int value, int max, String band, @Nullable Integer limit) {
        return new InstrumentScore(instrument, BigDecimal.valueOf(value), max, band,
                limit == null ? null : BigDecimal.valueOf(limit));
    }
}
