package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * FINDRISC, the Finnish type 2 diabetes risk score (Lindström &amp; Tuomilehto 2003; Diabetesliitto),
 * 0–26 points. Bands: under 7 low, 7–11 slightly elevated, 12–14 moderate, 15–20 high, over 20 very
 * high. Waist limits are sex-specific; when sex is not told the women's (stricter) limits apply.
 * Someone with diagnosed diabetes is not screened; the result notes the diagnosis instead.
 */
public final class Findrisc implements Instrument {

    public static final String CODE = "FINDRISC";
    static final Flag DIABETES_KNOWN = new Flag("DIABETES_KNOWN", Severity.INFO, Domain.BODY);
    static final Flag SLIGHT = new Flag("FINDRISC_SLIGHT", Severity.INFO, Domain.BODY);
    static final Flag MODERATE = new Flag("FINDRISC_MODERATE", Severity.ATTENTION, Domain.BODY);
    static final Flag HIGH = new Flag("FINDRISC_HIGH", Severity.HIGH, Domain.BODY);

    /** Diabetes among relatives, as the form asks it. */
    public enum Family {
        NONE, SECOND_DEGREE, FIRST_DEGREE
    }

    /** The answers FINDRISC needs; BMI comes from height and weight. */
    public record Input(int age, BigDecimal bmi, int waistCm, Sex sex, boolean active30MinDaily,
            boolean vegetablesDaily, boolean bloodPressureMedication, boolean highGlucoseEver, Family family) {
    }

    Findrisc() {
    }

    public static InstrumentScore score(Input in) {
        int points = points(in);
        return InstrumentScore.of(CODE, points, 26, band(points), 12);
    }

    private static int points(Input in) {
        return agePoints(in.age()) + bmiPoints(in.bmi()) + waistPoints(in.waistCm(), in.sex())
                + (in.active30MinDaily() ? 0 : 2)
                + (in.vegetablesDaily() ? 0 : 1)
                + (in.bloodPressureMedication() ? 2 : 0)
                + (in.highGlucoseEver() ? 5 : 0)
                + switch (in.family()) {
                    case NONE -> 0;
                    case SECOND_DEGREE -> 3;
                    case FIRST_DEGREE -> 5;
                };
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

    /** The flag for a band: slightly elevated is noted, moderate needs attention, high or very high more. */
    static List<Flag> flags(String band) {
        return switch (band) {
            case "SLIGHTLY_ELEVATED" -> List.of(SLIGHT);
            case "MODERATE" -> List.of(MODERATE);
            case "HIGH", "VERY_HIGH" -> List.of(HIGH);
            default -> List.of();
        };
    }

    @Override
    public Optional<InstrumentResult> assess(Respondent respondent) {
        if (respondent.is("has_diabetes", "YES")) {
            return Optional.of(InstrumentResult.flagged(CODE, List.of(DIABETES_KNOWN)));
        }
        BigDecimal bmi = Bmi.of(respondent);
        BigDecimal waist = respondent.decimal("waist");
        if (bmi == null || waist == null || !respondent.answered("diabetes_family", "activity", "vegetables",
                "bp_medication", "high_glucose")) {
            return Optional.empty();
        }
        Input in = new Input(respondent.age(), bmi, waist.setScale(0, RoundingMode.HALF_UP).intValue(),
                respondent.sex(), respondent.is("activity", "YES"), respondent.is("vegetables", "DAILY"),
                respondent.is("bp_medication", "YES"), respondent.is("high_glucose", "YES"),
                Family.valueOf(respondent.answers().get("diabetes_family")));
        InstrumentScore score = score(in);
        return Optional.of(InstrumentResult.scored(score, flags(score.band())));
    }
}
