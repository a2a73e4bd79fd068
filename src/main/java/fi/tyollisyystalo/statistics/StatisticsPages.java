package fi.tyollisyystalo.statistics;

/** The statistics' page addresses, written once. */
public final class StatisticsPages {

    public static final String DASHBOARD = "staff/statistics";

    private StatisticsPages() {
    }
}
