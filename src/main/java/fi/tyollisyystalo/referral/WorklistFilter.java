package fi.tyollisyystalo.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the worklist shows: one state (or every open request when null), only those past their answer target,
 * only the requests the signed-in staff member took, one source. It lives in the page's address (so a view can
 * be bookmarked) and can be saved as the team member's default.
 */
public record WorklistFilter(@Nullable ContactStatus status, boolean overdueOnly, boolean mineOnly,
        @Nullable ContactSource source) {

    public static final WorklistFilter ALL_OPEN = new WorklistFilter(null, false, false, null);

    /** The address's query parameters of this filter (empty for every open request). */
    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (status != null) {
            q.put("status", status.name());
        }
        if (overdueOnly) {
            q.put("overdue", "yes");
        }
        if (mineOnly) {
            q.put("mine", "yes");
        }
        if (source != null) {
            q.put("source", source.name());
        }
        return q;
    }

    /** The filter in an address; a value that is not one of ours is ignored, never an error. */
    public static WorklistFilter fromQuery(Map<String, List<String>> query) {
        return new WorklistFilter(enumOf(ContactStatus.class, first(query, "status")),
                "yes".equals(first(query, "overdue")), "yes".equals(first(query, "mine")),
                enumOf(ContactSource.class, first(query, "source")));
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }
}
