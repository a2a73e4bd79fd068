package fi.tyollisyystalo.identity;

/** Who the consent lets in: the work-ability team, or one organisation (the service provider as a whole). */
public enum ConsentScope {
    TEAM, ORGANISATION
}
