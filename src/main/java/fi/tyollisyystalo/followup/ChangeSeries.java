package fi.tyollisyystalo.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.servicemap.Domain;

/**
 * The measurements of one person in time order: the baseline (their latest comparable health check before the
 * first follow-up, when there is one) and then each answered follow-up.
 */
public record ChangeSeries(List<ChangePoint> points) {

    /** The measures in the order the chart shows them: the work-ability score (null), then each domain. */
    public static final List<@Nullable Domain> MEASURES;

    static {
        List<@Nullable Domain> m = new ArrayList<>();
        m.add(null);
        m.addAll(List.of(Domain.values()));
        MEASURES = java.util.Collections.unmodifiableList(m);
    }

    public ChangeSeries {
        points = List.copyOf(points);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** One measure's values in time order ({@code null} where a point lacks it). */
    public List<@Nullable Integer> values(@Nullable Domain measure) {
        return points.stream().map(p -> p.value(measure)).toList();
    }

    /** The change of a measure from its first value to its last, or null with fewer than two values. */
    public @Nullable Integer change(@Nullable Domain measure) {
        List<Integer> known = values(measure).stream().filter(Objects::nonNull).map(Integer.class::cast).toList();
        return known.size() < 2 ? null : known.getLast() - known.getFirst();
    }
}
