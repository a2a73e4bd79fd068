package fi.tyollisyystalo.healthcheck;

/**
 * No such health check for this user: it does not exist, belongs to someone else, or has no valid
 * consent to share. The three are not told apart, so ids can't be probed.
 */
public class HealthCheckNotFoundException extends RuntimeException {

    public HealthCheckNotFoundException(long id) {
        super("Health check " + id + " not found");
    }
}
