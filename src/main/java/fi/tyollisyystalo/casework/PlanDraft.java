package fi.tyollisyystalo.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What staff write into a goal or an action (new, or a new version of one). */
public record PlanDraft(ItemKind kind, @Nullable Long goalId, String title, String detail, Party party,
        @Nullable LocalDate dueOn, ItemStatus status, boolean agreed) {
}
