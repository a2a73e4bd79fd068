package fi.tyollisyystalo.casework;

/**
 * The kind of an organisation in the client's network (the team's own categories, counted by the statistics):
 * the municipal employment services, the state's TE office (as long as a client still has one), Kela, social
 * services, mental-health and substance services, other health care, rehabilitation, education, NGOs (the
 * third sector), a private service provider, criminal sanctions, and any other. Stored by name: never rename.
 * Texts: {@code case.network.category.<NAME>}.
 */
public enum NetworkCategory {
    EMPLOYMENT_SERVICES, TE_OFFICE, KELA, SOCIAL_SERVICES, MENTAL_HEALTH_SUBSTANCE, HEALTH_CARE, REHABILITATION,
    EDUCATION, NGO, PRIVATE_PROVIDER, CRIMINAL_SANCTIONS, OTHER
}
