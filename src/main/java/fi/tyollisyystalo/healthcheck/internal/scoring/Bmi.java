package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * Body mass index, weight / height², with one decimal, and the WHO adult classes: under 18.5
 * underweight, 18.5–24.9 normal, 25–29.9 overweight, 30–34.9 obesity class I, 35–39.9 class II,
 * 40 or more class III. Obesity (30 or more) and underweight are flagged.
 */
public final class Bmi implements Instrument {

    public static final String CODE = "BMI";
    static final Flag OBESITY = new Flag("BMI_OBESITY", Severity.ATTENTION, Domain.BODY);
    static final Flag UNDERWEIGHT = new Flag("BMI_UNDERWEIGHT", Severity.ATTENTION, Domain.BODY);

    Bmi() {
    }

    public static BigDecimal of(BigDecimal heightCm, BigDecimal weightKg) {
        if (heightCm.signum() <= 0 || weightKg.signum() <= 0) {
            throw new IllegalArgumentException("height and weight must be positive");
        }
        BigDecimal metres = heightCm.movePointLeft(2);
        return weightKg.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
    }

    /** The BMI from the answers, or null when height or weight is missing. */
    static @Nullable BigDecimal of(Respondent respondent) {
        BigDecimal height = respondent.decimal("height");
        BigDecimal weight = respondent.decimal("weight");
        return height == null || weight == null ? null : of(height, weight);
    }

    public static InstrumentScore score(BigDecimal heightCm, BigDecimal weightKg) {
        return score(of(heightCm, weightKg));
    }

    private static InstrumentScore score(BigDecimal bmi) {
        return new InstrumentScore(CODE, bmi, null, band(bmi), null);
    }

    public static String band(BigDecimal bmi) {
        double v = bmi.doubleValue();
        if (v < 18.5) {
            return "UNDERWEIGHT";
        }
        if (v < 25) {
            return "NORMAL_WEIGHT";
        }
        if (v < 30) {
            return "OVERWEIGHT";
        }
        if (v < 35) {
            return "OBESITY_1";
        }
        return v < 40 ? "OBESITY_2" : "OBESITY_3";
    }

    @Override
    public Optional<InstrumentResult> assess(Respondent respondent) {
        BigDecimal bmi = of(respondent);
        if (bmi == null) {
            return Optional.empty();
        }
        List<Flag> flags = bmi.doubleValue() >= 30 ? List.of(OBESITY)
                : bmi.doubleValue() < 18.5 ? List.of(UNDERWEIGHT) : List.of();
        return Optional.of(InstrumentResult.scored(score(bmi), flags));
    }
}
