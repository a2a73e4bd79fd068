package fi.tyollisyystalo.referral;

/**
 * Addresses of the referral feature's pages for other modules' links; the views' {@code @Route}s use these
 * constants. Paths are without the leading slash.
 */
public final class ReferralPages {

    /** The contact form's start page: what happens, when we answer, urgent help; open to everyone. */
    public static final String CONTACT_FORM = fi.tyollisyystalo.base.ui.SitePages.COORDINATOR_CONTACT;
    /** The team's worklist of contact requests. */
    public static final String WORKLIST = "staff/contact-requests";

    /** Where a professional refers a resident or consults the team. */
    public static final String REFER = "staff/refer";
    /** The team's list of referrals and consultations from professionals. */
    public static final String PROFESSIONAL_REQUESTS = "staff/professional-requests";

    private ReferralPages() {
    }

    public static String step(long draftId, ContactStep step) {
        return CONTACT_FORM + "/" + draftId + "/step/" + step.path();
    }

    public static String check(long draftId) {
        return CONTACT_FORM + "/" + draftId + "/check";
    }

    public static String sent(long requestId) {
        return CONTACT_FORM + "/sent/" + requestId;
    }

    public static String request(long requestId) {
        return WORKLIST + "/" + requestId;
    }
}
