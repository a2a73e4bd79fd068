package fi.tyollisyystalo.healthcheck.internal.scoring;

/**
 * Which reference limits apply where an instrument has sex-specific ones (AUDIT-C, FINDRISC waist).
 * OTHER (or not told) gets the stricter limits, and the result says so.
 */
public enum Sex {
    FEMALE, MALE, OTHER;

    public static Sex fromAnswer(String answer) {
        return switch (answer == null ? "" : answer) {
            case "FEMALE" -> FEMALE;
            case "MALE" -> MALE;
            default -> OTHER;
        };
    }
}
