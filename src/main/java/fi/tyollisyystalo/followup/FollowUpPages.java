package fi.tyollisyystalo.followup;

/** Addresses of the follow-up pages, for links from other modules; paths are without the leading slash. */
public final class FollowUpPages {

    /** The resident answers one follow-up; its id follows. */
    public static final String FORM = "follow-up";
    /** A partner professional answers a round of the stakeholder survey; the round's id follows. */
    public static final String STAKEHOLDER_FORM = "staff/survey";
    /** The manager's rounds of the stakeholder survey for their team. */
    public static final String STAKEHOLDER_ROUNDS = "staff/stakeholder-survey";

    private FollowUpPages() {
    }

    public static String form(long followUpId) {
        return FORM + "/" + followUpId;
    }

    public static String stakeholderForm(long roundId) {
        return STAKEHOLDER_FORM + "/" + roundId;
    }
}
