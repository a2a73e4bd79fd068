package fi.tyollisyystalo.servicemap;

import java.util.List;

/**
 * What a PTV import did, for the editor: counts, changes to published services waiting for review,
 * skipped services with a reason code, values left out as unsafe links, the new queue.
 */
public record PtvImportResult(int created, int updated, int unchanged, List<Skipped> skipped,
        List<String> queuedUnmapped, int openQueue, List<String> forReview, List<Rejected> rejected) {

    /** A service that was not imported; {@code reason} is a code translated as ptv.skip.REASON. */
    public record Skipped(String ptvId, String name, String reason) {
    }

    /** A value left out of a service; {@code kind} is LINK_REJECTED or PHONE_REJECTED (ptv.rejected.KIND). */
    public record Rejected(String ptvId, String name, String kind, String value) {
    }
}
