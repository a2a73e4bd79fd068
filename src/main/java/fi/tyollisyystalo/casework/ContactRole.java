package fi.tyollisyystalo.casework;

/**
 * What the contact person at a network organisation is to the client: that organisation's responsible worker,
 * the named health or social care contact person, or another contact. Texts: {@code case.network.role.<NAME>}.
 */
public enum ContactRole {
    RESPONSIBLE_WORKER, CARE_CONTACT, CONTACT
}
