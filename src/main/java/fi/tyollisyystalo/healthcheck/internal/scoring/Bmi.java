package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fi.tyollisyystalo.healthcheck.InstrumentScore;

/**
 * Body mass index, weight / height², with one decimal, and the WHO adult classes: under 18.5
 * underweight, 18.5–24.9 normal, 25–29.9 overweight, 30–34.9 obesity class I, 35–39.9 class II,
 * 40 or more class III.
 */
public final class Bmi {

    public static final String CODE = "BMI";

    private Bmi() {
    }

    public static BigDecimal of(BigDecimal heightCm, BigDecimal weightKg) {
        if (heightCm.signum() <= 0 || weightKg.signum() <= 0) {
            throw new IllegalArgumentException("height and weight must be positive");
        }
        BigDecimal metres = heightCm.movePointLeft(2);
        return weightKg.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
    }

    public static InstrumentScore score(BigDecimal heightCm, BigDecimal weightKg) {
        BigDecimal bmi = of(heightCm, weightKg);
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
}
