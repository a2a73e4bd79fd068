package fi.tyollisyystalo.servicemap.internal.ptv;

import java.util.List;

/**
 * What one PTV import did, service by service. Reasons and notes are codes (translated where they are
 * shown, {@code ptv.skip.<reason>} / {@code ptv.note.<kind>}) with the PTV value that caused them as detail.
 * A queued service is also counted as created, updated or unchanged: it is imported as a draft. A change
 * to a published service is not applied: it is in {@code forReview}, waiting for an editor.
 */
public record ImportReport(List<Entry> created, List<Entry> updated, List<Entry> unchanged, List<Skipped> skipped,
        List<Entry> queuedUnmapped, List<Note> notes, int organisationsCreated, List<Entry> forReview) {

    public record Entry(String ptvId, String name) {
    }

    public record Skipped(String ptvId, String name, SkipReason reason, String detail) {
    }

    public record Note(String ptvId, NoteKind kind, String detail) {
    }

    public enum SkipReason {
        /** PTV's publishing status is not Published (Deleted = archived, Draft, Modified…). */
        NOT_PUBLISHED,
        /** Limited to municipalities none of which is in our region. */
        OUTSIDE_REGION,
        /** Every service class is marked outside our scope in the mapping table. */
        OUT_OF_SCOPE,
        /** No organisation given. */
        NO_ORGANISATION,
        /** The service could not be stored; detail has the error. */
        FAILED
    }

    public enum NoteKind {
        /** PTV's OverMidnight (Special) hours have no equivalent in our opening hours; left out. */
        OVER_MIDNIGHT_IGNORED,
        /** Daily hours that end after midnight were cut at 23:59. */
        HOURS_CUT_AT_MIDNIGHT,
        /** A period of exceptional hours longer than we keep; only its start was taken. */
        EXCEPTION_PERIOD_SHORTENED,
        /** An hours entry of a type we do not know. */
        UNKNOWN_HOURS_TYPE,
        /** The service refers to a channel that is not in the channels file. */
        CHANNEL_NOT_FOUND,
        /** A channel that is not published in PTV was left out. */
        CHANNEL_NOT_PUBLISHED,
        /** A channel of a type we do not know was left out. */
        CHANNEL_TYPE_UNKNOWN,
        /** A service we had imported is no longer published in PTV: our copy was set back to draft. */
        WITHDRAWN,
        /** A web address that is not http(s) (e.g. javascript:) was left out; detail has the value. */
        LINK_REJECTED,
        /** A phone number that a tel: link cannot call was left out; detail has the value. */
        PHONE_REJECTED
    }

    /** The notes about values that were left out because they are not safe or usable links. */
    public List<Note> rejected() {
        return notes.stream().filter(n -> n.kind() == NoteKind.LINK_REJECTED || n.kind() == NoteKind.PHONE_REJECTED)
                .toList();
    }

    public int createdCount() {
        return created.size();
    }

    public int updatedCount() {
        return updated.size();
    }

    public int unchangedCount() {
        return unchanged.size();
    }

    public int forReviewCount() {
        return forReview.size();
    }

    public int skippedCount() {
        return skipped.size();
    }

    public int queuedCount() {
        return queuedUnmapped.size();
    }

    /** One line for the log. */
    public String summary() {
        return ("created %d, updated %d, for review %d, unchanged %d, skipped %d, queued unmapped %d, notes %d,"
                + " new organisations %d").formatted(createdCount(), updatedCount(), forReviewCount(), unchangedCount(),
                        skippedCount(), queuedCount(), notes.size(), organisationsCreated);
    }
}
