package fi.tyollisyystalo.servicemap;

/**
 * Addresses of the service map's pages for other modules' links. The views' {@code @Route}s use
 * these constants, so a path is written once; paths are without the leading slash.
 */
public final class ServiceMapPages {

    /** The public service map (search). */
    public static final String SERVICES = "services";
    /** Staff's list of services to hand to a client. */
    public static final String SERVICE_LIST = "staff/service-list";
    /** The editors' list of services; {@link #editor(String)} opens one. */
    public static final String EDITOR = "staff/services";

    private ServiceMapPages() {
    }

    /** One service's public page. */
    public static String service(long serviceId) {
        return SERVICES + "/" + serviceId;
    }

    /** The map filtered to one domain of functioning ({@code Domain} name). */
    public static String domain(String domain) {
        return SERVICES + "?domain=" + domain;
    }

    /** The editor of service {@code idOrNew} (a service id, or {@code new}). */
    public static String editor(String idOrNew) {
        return EDITOR + "/" + idOrNew;
    }
}
