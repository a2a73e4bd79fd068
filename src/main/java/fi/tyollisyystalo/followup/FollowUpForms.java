package fi.tyollisyystalo.followup;

/** The follow-up forms' ids (the versions are data: {@code followup/questionnaires/*.json}). */
public final class FollowUpForms {

    /** The short form answered before each interim evaluation of a case. */
    public static final String INTERIM = "followup-interim";

    /** The forms whose answers go on the chart of change: they ask the work-ability score and the domains. */
    public static final java.util.Set<String> CHARTED = java.util.Set.of(INTERIM);

    private FollowUpForms() {
    }
}
