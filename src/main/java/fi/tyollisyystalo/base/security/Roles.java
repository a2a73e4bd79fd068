package fi.tyollisyystalo.base.security;

import java.util.List;

/** Role names (the shared vocabulary of every feature) used in {@code @RolesAllowed} and {@code hasRole(...)}; authorities carry the ROLE_ prefix. */
public final class Roles {

    public static final String RESIDENT = "RESIDENT";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String NURSE = "NURSE";
    public static final String DOCTOR = "DOCTOR";
    public static final String SOCIAL_COUNSELLOR = "SOCIAL_COUNSELLOR";
    public static final String SERVICE_EDITOR = "SERVICE_EDITOR";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";
    /**
     * A partner organisation's worker (employment services, social services, Kela, an NGO): uses the
     * professional mode of the service map, consults the team and refers clients. Of the team's client data
     * they read only the work-ability plan of a client who has opened it to their organisation.
     */
    public static final String PROFESSIONAL = "PROFESSIONAL";
    /** The service itself, for background work ({@link SystemActor}); never given to a login. */
    public static final String SYSTEM = "SYSTEM";

    /** Every staff role, in the order they are shown. */
    public static final List<String> STAFF_ROLES = List.of(COORDINATOR, NURSE, DOCTOR, SOCIAL_COUNSELLOR,
            SERVICE_EDITOR, MANAGER, ADMIN, PROFESSIONAL);

    /** Roles that work with clients and may look at client data for a reason. */
    public static final List<String> CLIENT_WORK_ROLES = List.of(COORDINATOR, NURSE, DOCTOR, SOCIAL_COUNSELLOR);

    private Roles() {
    }
}
