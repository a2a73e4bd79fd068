package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.math.BigDecimal;

import fi.tyollisyystalo.healthcheck.InstrumentScore;

/**
 * FINDRISC, the Finnish type 2 diabetes risk score (Lindström &amp; Tuomilehto 2003; Diabetesliitto),
 * 0–26 points. Bands: under 7 low, 7–11 slightly elevated, 12–14 moderate, 15–20 high, over 20 very
 * high. Waist limits are sex-specific; when sex is not told the women's (stricter) limits apply.
 */
public final class Findrisc {

    public static final String CODE = "FINDRISC";

    /** Diabetes among relatives, as the form asks it. */
    public enum Family {
        NONE, SECOND_DEGREE, FIRST_DEGREE
    }

    /** The answers FINDRISC needs; BMI comes from height and weight. */
    public record Input(int age, BigDecimal bmi, int waistCm, Sex sex, boolean active30MinDaily,
            boolean vegetablesDaily, boolean bloodPressureMedication, boolean highGlucoseEver, Family family) {
    }

    private Findrisc() {
    }

    public static InstrumentScore score(Input in) {
        int points = agePoints(in.age()) + bmiPoints(in.bmi()) + waistPoints(in.waistCm(), in.sex())
                + (in.active30MinDaily() ? 0 : 2)
                + (in.vegetablesDaily() ? 0 : 1)
                + (in.bloodPressureMedication() ? 2 : 0)
                + (in.highGlucoseEver() ? 5 : 0)
                + switch (in.family()) {
                    case NONE -> 0;
                    case SECOND_DEGREE -> 3;
                    case FIRST_DEGREE -> 5;
                };
        return InstrumentScore.of(CODE, points, 26, band(points), 12);
    }

    static int agePoints(int age) {
        if (age < 45) {
            return 0;
        }
        if (age <= 54) {
            return 2;
        }
        return age <= 64 ? 3 : 4;
    }

    static int bmiPoints(BigDecimal bmi) {
        if (bmi.compareTo(BigDecimal.valueOf(25)) < 0) {
            return 0;
        }
        return bmi.compareTo(BigDecimal.valueOf(30)) <= 0 ? 1 : 3;
    }

    static int waistPoints(int waistCm, Sex sex) {
        int lower = sex == Sex.MALE ? 94 : 80;
        int upper = sex == Sex.MALE ? 102 : 88;
        if (waistCm < lower) {
            return 0;
        }
        return waistCm <= upper ? 3 : 4;
    }

    public static String band(int points) {
        if (points < 7) {
            return "LOW";
        }
        if (points <= 11) {
            return "SLIGHTLY_ELEVATED";
        }
        if (points <= 14) {
            return "MODERATE";
        }
        return points <= 20 ? "HIGH" : "VERY_HIGH";
    }
}
