package fi.tyollisyystalo.referral;

/**
 * The kind of organisation a professional's referral or consultation comes from (the statistics count
 * consultations by it). The professional chooses it in the form; the organisation's name stays free text.
 */
public enum SourceOrganisation {
    /** The municipality's employment services (työllisyyspalvelut, since 2025 also the former TE office's work). */
    EMPLOYMENT_SERVICES,
    /** The state's TE office or KEHA (where still separate). */
    TE_OFFICE,
    SOCIAL_SERVICES,
    /** Primary or occupational health care. */
    HEALTH_CARE,
    MENTAL_HEALTH_SUBSTANCE,
    /** Kela, the Social Insurance Institution of Finland. */
    KELA,
    REHABILITATION,
    EDUCATION,
    /** A non-governmental organisation (järjestö, third sector). */
    NGO,
    PRIVATE_PROVIDER,
    OTHER
}
