package fi.tyollisyystalo.referral;

/** How the resident wants the team to reach them first. */
public enum ContactChannel {
    PHONE, MESSAGE
}
