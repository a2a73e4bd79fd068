package fi.tyollisyystalo.servicemap;

import java.util.List;

/** What a PTV import did, for the editor: counts, skipped services with a reason code, the new queue. */
public record PtvImportResult(int created, int updated, int unchanged, List<Skipped> skipped,
        List<String> queuedUnmapped, int openQueue) {

    /** A service that was not imported; {@code reason} is a code translated as ptv.skip.REASON. */
    public record Skipped(String ptvId, String name, String reason) {
    }
}
