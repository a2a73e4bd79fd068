package fi.tyollisyystalo.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When the interim evaluations of a case come due: 1, 3, 6 and 9 months after it opened, and the final one at
 * 12 months. A month end clamps to the shorter month: a case opened on 31 January 2027 is due on 28 February,
 * 30 April, 31 July and 31 October 2027 and 31 January 2028.
 */
public final class EvaluationDates {

    /** The months after opening; the last is the final evaluation. */
    public static final List<Integer> MONTHS = List.of(1, 3, 6, 9, 12);

    private EvaluationDates() {
    }

    /** Kind (M1, M3, M6, M9, M12) → due date, in order. */
    public static Map<String, LocalDate> of(LocalDate openedOn) {
        Map<String, LocalDate> due = new LinkedHashMap<>();
        for (int m : MONTHS) {
            due.put("M" + m, openedOn.plusMonths(m));
        }
        return due;
    }
}
