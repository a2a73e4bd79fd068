package fi.tyollisyystalo.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads plan items with who changed them last and their comments (two queries), for the casework services. */
final class PlanItems {

    private PlanItems() {
    }

    static List<PlanItem> where(JdbcTemplate jdbc, String where, Object arg) {
        List<PlanItem> bare = jdbc.query("SELECT i.*, (SELECT h.changed_by FROM plan_item_history h WHERE"
                + " h.item_id = i.id ORDER BY h.version DESC LIMIT 1) AS changed_by FROM plan_item i WHERE " + where
                + " ORDER BY i.id", (rs, n) -> item(rs, List.of()), arg);
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<PlanItem.Comment>> comments = new HashMap<>();
        jdbc.query("SELECT item_id, side, author_name, body, written_at FROM plan_comment WHERE item_id IN ("
                + bare.stream().map(i -> String.valueOf(i.id())).collect(Collectors.joining(",")) + ") ORDER BY id",
                rs -> {
                    comments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PlanItem.Comment(
                            rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, "written_at")));
                });
        return bare.stream().map(i -> new PlanItem(i.id(), i.kind(), i.goalId(), i.title(), i.detail(), i.party(),
                i.dueOn(), i.status(), i.agreed(), i.result(), i.decision(), i.version(), i.updatedAt(), i.updatedBy(),
                List.copyOf(comments.getOrDefault(i.id(), List.of())))).toList();
    }

    private static PlanItem item(ResultSet rs, List<PlanItem.Comment> comments) throws SQLException {
        Long goal = rs.getObject("goal_id", Long.class);
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        String by = rs.getString("changed_by");
        return new PlanItem(rs.getLong("id"), ItemKind.valueOf(rs.getString("kind")), goal, rs.getString("title"),
                rs.getString("detail"), Party.valueOf(rs.getString("party")), due,
                ItemStatus.valueOf(rs.getString("status")), rs.getBoolean("agreed"), rs.getString("result"),
                rs.getString("decision"), rs.getLong("version"),
                instant(rs, "updated_at"), by == null ? "" : by, comments);
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
