package fi.tyollisyystalo.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One client's case as staff see it: the client, status, when it opened, the responsible worker, the segment's
 * two axes (and the segment), how long the client had been unemployed at the start (null until recorded), the
 * step of the six-step path (1 identify the need … 6 goal reached), and the outcome once recorded. {@code version} guards every change against another editor's.
 */
public record ClientCase(long id, long personId, String clientName, CaseStatus status, LocalDate openedOn,
        String responsibleName, Segment.@Nullable Coping coping, Segment.@Nullable Need need,
        @Nullable UnemploymentDuration unemployment, int pathStep,
        @Nullable Outcome outcome, @Nullable String outcomeNote, long version) {

    public @Nullable Segment segment() {
        return Segment.of(coping, need);
    }
}
