package fi.tyollisyystalo.referral;

/** A professional refers a resident to the team, or asks the team for advice (a consultation). */
public enum ProfessionalRequestKind {
    REFERRAL, CONSULTATION
}
