package fi.tyollisyystalo.casework;

import java.time.Instant;

/** A note of the team on a case (e.g. a meeting summary); shared ones show on the client's own plan page. */
public record CaseNote(long id, String authorName, String body, boolean sharedWithClient, Instant writtenAt) {
}
