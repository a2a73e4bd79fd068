package fi.tyollisyystalo.identity;

/**
 * Addresses of identity's pages for other modules' links. The views' {@code @Route}s use these
 * constants, so a path is written once; paths are without the leading slash.
 */
public final class IdentityPages {

    /** The resident's My page. */
    public static final String MY_PAGE = "my-page";
    /** Staff's client search. */
    public static final String CLIENT_SEARCH = "staff/clients";

    private IdentityPages() {
    }
}
