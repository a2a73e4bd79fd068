package fi.tyollisyystalo.healthcheck.ui;

/** Addresses of the health check pages, in one place. */
final class HealthCheckRoutes {

    static final String START = "health-check";

    private HealthCheckRoutes() {
    }

    static String step(long checkId, String sectionId) {
        return "health-check/" + checkId + "/step/" + sectionId;
    }

    static String check(long checkId) {
        return "health-check/" + checkId + "/check";
    }

    static String result(long checkId) {
        return "health-check/result/" + checkId;
    }

    static String shared(long checkId) {
        return "staff/health-checks/" + checkId;
    }
}
