package fi.tyollisyystalo.followup;

/** Addresses of the follow-up pages, for links from other modules; paths are without the leading slash. */
public final class FollowUpPages {

    /** The resident answers one follow-up; its id follows. */
    public static final String FORM = "follow-up";

    private FollowUpPages() {
    }

    public static String form(long followUpId) {
        return FORM + "/" + followUpId;
    }
}
