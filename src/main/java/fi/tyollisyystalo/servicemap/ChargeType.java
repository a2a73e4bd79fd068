package fi.tyollisyystalo.servicemap;

/** What using a service costs. */
public enum ChargeType {
    FREE, CHARGED, PARTLY_CHARGED
}
