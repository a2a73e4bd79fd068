package fi.tyollisyystalo.followup;

import java.util.List;
import java.util.Set;

/**
 * The follow-up forms' ids and the question ids the statistics read (the versions are data:
 * {@code followup/questionnaires/*.json}). Scales are whole numbers; choices are codes; free text never leaves the
 * follow-up module ({@link FollowUpAnswered} carries only numbers and codes).
 */
public final class FollowUpForms {

    /** The short form answered before each interim evaluation of a case. */
    public static final String INTERIM = "followup-interim";

    /**
     * The outcome questionnaire (PROM), at the start and about six months later: {@code was} and
     * {@code domain_<DOMAIN>} (0–10, as in the health check), {@link #EMPLOYMENT} (a code of
     * {@link #EMPLOYMENT_CODES}), and 3X10D's ten items {@code x3_<item>} (0–10) only while its switch is on.
     */
    public static final String PROM = "prom";

    /** The client-experience questionnaire (PREM): the five items of {@link #PREM_ITEMS} (1–5) and free text. */
    public static final String PREM = "prem";

    /** The partner professionals' (stakeholder) survey: the three items of {@link #STAKEHOLDER_ITEMS} (1–5). */
    public static final String STAKEHOLDER = "stakeholder";

    /** PROM: the employment situation, a code of {@link #EMPLOYMENT_CODES}. */
    public static final String EMPLOYMENT = "employment";
    public static final List<String> EMPLOYMENT_CODES = List.of("EMPLOYED_OPEN", "EMPLOYED_SUBSIDISED",
            "ENTREPRENEUR", "STUDYING", "REHABILITATION_OR_WORK_TRIAL", "REHABILITATIVE_WORK", "UNEMPLOYED",
            "SICK_LEAVE", "PENSION", "OTHER");

    /**
     * PREM's five statements (North Savo's evaluation), each 1–5 where 4 and 5 are the positive answers:
     * {@code prem_coping} 1 much worse … 3 the same … 5 much better after the visit or service; the others
     * 1 strongly disagree … 5 strongly agree.
     */
    public static final List<String> PREM_ITEMS = List.of("prem_coping", "prem_useful", "prem_together",
            "prem_understood", "prem_continues");

    /** The stakeholder survey's three statements, 1 strongly disagree … 5 strongly agree. */
    public static final List<String> STAKEHOLDER_ITEMS = List.of("sh_recommend", "sh_effective", "sh_cooperation");

    /** The lowest answer counted as positive on a 1–5 item. */
    public static final int POSITIVE_FROM = 4;

    /** The forms whose answers go on the chart of change: they ask the work-ability score and the domains. */
    public static final Set<String> CHARTED = Set.of(INTERIM, PROM);

    private FollowUpForms() {
    }
}
