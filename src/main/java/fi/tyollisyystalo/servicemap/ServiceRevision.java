package fi.tyollisyystalo.servicemap;

import java.time.Instant;

/** A line of a service's edit history. */
public record ServiceRevision(Instant at, String editorName, String action) {
}
