package fi.tyollisyystalo.base.ui;

/**
 * Addresses of the site's own pages (front page, contact, privacy, accessibility) for links from
 * features, and of the two entry points the layouts link to, which identity's views serve (the login
 * page and the staff desk). The views' {@code @Route}s use these constants. Paths are without the
 * leading slash.
 */
public final class SitePages {

    public static final String FRONT = "";
    public static final String CONTACT = "contact";
    /** The contact form to the work-ability coordinator (served by referral; here for links from features it depends on). */
    public static final String COORDINATOR_CONTACT = "contact-coordinator";
    public static final String PRIVACY = "privacy";
    public static final String ACCESSIBILITY = "accessibility";
    public static final String LOGIN = "login";
    public static final String STAFF_DESK = "staff";

    private SitePages() {
    }
}
