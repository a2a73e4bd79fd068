package fi.tyollisyystalo.healthcheck;

/**
 * Addresses of the health check's pages for other modules' links. The views' {@code @Route}s use
 * these constants, so a path is written once; paths are without the leading slash.
 */
public final class HealthCheckPages {

    /** Where a resident starts a health check. */
    public static final String START = "health-check";
    /** Takes the resident to their unfinished check, or starts a new one. */
    public static final String CONTINUE = START + "/continue";
    /** Prefix of a resident's own result; see {@link #result(long)}. */
    public static final String RESULTS = START + "/result";
    /** Staff's list of health checks residents shared with the team. */
    public static final String SHARED = "staff/health-checks";

    private HealthCheckPages() {
    }

    /** The resident's own result of check {@code checkId}. */
    public static String result(long checkId) {
        return RESULTS + "/" + checkId;
    }

    /** A shared check as staff read it. */
    public static String shared(long checkId) {
        return SHARED + "/" + checkId;
    }
}
