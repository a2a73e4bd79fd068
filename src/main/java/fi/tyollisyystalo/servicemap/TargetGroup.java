package fi.tyollisyystalo.servicemap;

/** Who a service is meant for. */
public enum TargetGroup {
    ALL_ADULTS, UNEMPLOYED, LONG_TERM_UNEMPLOYED, YOUTH, IMMIGRANTS, PEOPLE_WITH_DISABILITIES, MENTAL_HEALTH_CLIENTS,
    SUBSTANCE_USERS, FAMILIES, PROFESSIONALS
}
