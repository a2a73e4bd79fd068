package fi.tyollisyystalo.referral;

/** Where a contact request stands; the worklist shows NEW first. */
public enum ContactStatus {
    NEW
}
