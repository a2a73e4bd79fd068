package fi.tyollisyystalo.healthcheck.ui;

import fi.tyollisyystalo.healthcheck.HealthCheckPages;

/** Addresses of the pages inside an unfinished health check; the public ones are {@link HealthCheckPages}. */
final class HealthCheckRoutes {

    private HealthCheckRoutes() {
    }

    static String step(long checkId, String sectionId) {
        return HealthCheckPages.START + "/" + checkId + "/step/" + sectionId;
    }

    static String check(long checkId) {
        return HealthCheckPages.START + "/" + checkId + "/check";
    }
}
