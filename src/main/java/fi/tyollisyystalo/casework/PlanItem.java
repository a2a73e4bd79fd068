package fi.tyollisyystalo.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A goal or an action of the shared plan, with who is responsible, by when, where it stands, whether it is
 * agreed (then the client may change only its status and comment on it), the version it is at, the latest
 * change (who, in which role), and the comments. An assessment has its result and decision once recorded.
 */
public record PlanItem(long id, ItemKind kind, @Nullable Long goalId, String title, String detail, Party party,
        @Nullable LocalDate dueOn, ItemStatus status, boolean agreed, @Nullable String result,
        @Nullable String decision, long version, Instant updatedAt, String updatedBy, List<Comment> comments) {

    /** A comment by the client (RESIDENT) or the team (TEAM). */
    public record Comment(String side, String authorName, String body, Instant writtenAt) {
    }
}
