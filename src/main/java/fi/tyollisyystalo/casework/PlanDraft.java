package fi.tyollisyystalo.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What staff write into a goal or an action (new, or a new version of one); an assessment also has its
 * {@code result} and the {@code decision} made on it (empty until known).
 */
public record PlanDraft(ItemKind kind, @Nullable Long goalId, String title, String detail, Party party,
        @Nullable LocalDate dueOn, ItemStatus status, boolean agreed, @Nullable String result,
        @Nullable String decision) {

    /** A goal or an action, which has no result or decision. */
    public PlanDraft(ItemKind kind, @Nullable Long goalId, String title, String detail, Party party,
            @Nullable LocalDate dueOn, ItemStatus status, boolean agreed) {
        this(kind, goalId, title, detail, party, dueOn, status, agreed, null, null);
    }
}
