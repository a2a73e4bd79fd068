package fi.tyollisyystalo.casework;

/**
 * How long the client has been unemployed when their case starts, recorded by the coordinator (the statistics
 * break clients down by it). Long-term unemployed: at least 12 months.
 */
public enum UnemploymentDuration {
    UNDER_3_MONTHS, MONTHS_3_TO_12, YEARS_1_TO_3, OVER_3_YEARS,
    /** Not unemployed (for example on sick leave or rehabilitation from work). */
    NOT_UNEMPLOYED,
    UNKNOWN;

    /** Unemployed for 12 months or more. */
    public boolean longTerm() {
        return this == YEARS_1_TO_3 || this == OVER_3_YEARS;
    }
}
