package fi.tyollisyystalo.servicemap;

/** Only published services are shown to the public and in search. */
public enum PublishingStatus {
    DRAFT, PUBLISHED
}
