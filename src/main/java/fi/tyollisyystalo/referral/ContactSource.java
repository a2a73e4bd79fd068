package fi.tyollisyystalo.referral;

/** How a contact request reached the team; the statistics count contacts by it. */
public enum ContactSource {
    /** The resident ticked "I want the coordinator to contact me" in the health check. */
    HEALTH_CHECK,
    /** The resident found the way here by themself. */
    SELF,
    /** Employment services (TE services / the municipality's employment services) guided the resident here. */
    EMPLOYMENT_SERVICES,
    SOCIAL_SERVICES,
    HEALTH_CARE,
    /** Kela, the Social Insurance Institution of Finland. */
    KELA,
    /** A non-governmental organisation (järjestö). */
    NGO,
    OTHER;

    /** The answers a resident chooses from in the contact form ("how did you come here"). */
    public static java.util.List<ContactSource> chosenInForm() {
        return java.util.List.of(SELF, EMPLOYMENT_SERVICES, SOCIAL_SERVICES, HEALTH_CARE, KELA, NGO, OTHER);
    }
}
