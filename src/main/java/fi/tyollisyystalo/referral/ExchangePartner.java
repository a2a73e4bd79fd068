package fi.tyollisyystalo.referral;

import java.util.Optional;

/**
 * Organisations the work-ability team may exchange information with when the resident consents, one consent
 * each ({@code ConsentKind.INFO_EXCHANGE}, the subject is {@link #id()}). Ids are stored: never renumber.
 */
public enum ExchangePartner {
    KELA(1), EMPLOYMENT_SERVICES(2), SOCIAL_SERVICES(3), HEALTH_CARE(4);

    /** The version of the consent text the resident is shown in the contact form. */
    public static final String CONSENT_VERSION = "2026-12-1";

    private final long id;

    ExchangePartner(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }

    public static Optional<ExchangePartner> byId(long id) {
        for (ExchangePartner p : values()) {
            if (p.id == id) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
