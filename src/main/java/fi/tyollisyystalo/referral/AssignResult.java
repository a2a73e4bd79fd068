package fi.tyollisyystalo.referral;

/**
 * How taking a request went: taken, or someone was quicker (their name is told).
 */
public record AssignResult(boolean assigned, String assigneeName) {
}
