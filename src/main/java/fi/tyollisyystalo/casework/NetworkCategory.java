package fi.tyollisyystalo.casework;

/**
 * The kind of an organisation in the client's network (the team's own categories, counted by the statistics).
 * Texts: {@code case.network.category.<NAME>}.
 */
public enum NetworkCategory {
    EMPLOYMENT_SERVICES, KELA, SOCIAL_SERVICES, MENTAL_HEALTH_SUBSTANCE, HEALTH_CARE, REHABILITATION, EDUCATION, NGO,
    CRIMINAL_SANCTIONS, OTHER
}
