package fi.tyollisyystalo.identity;

import java.time.Instant;

/** One line of "who has seen my data": a staff member, their role, what they did with what, and when. */
public record DataAccess(Instant at, String staffName, String staffRole, String objectType, String action,
        String purpose) {
}
