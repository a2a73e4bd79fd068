package fi.tyollisyystalo.servicemap;

/** Who provides a service. */
public enum OrganisationType {
    WELLBEING_COUNTY, MUNICIPALITY, KELA, EMPLOYMENT_SERVICES, NGO, PRIVATE, SELF_HELP
}
