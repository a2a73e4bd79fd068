package fi.tyollisyystalo.base.ui;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The wellbeing services county (or other organisation) that provides this service: its name in
 * three languages and its contacts, shown in the footer, on the contact page and in the legal pages.
 */
@ConfigurationProperties(prefix = "tyollisyystalo.organisation")
public record Organisation(String nameFi, String nameSv, String nameEn, String phone, String email,
        String accessibilityEmail, String privacyEmail, String address) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }

    /** The phone number as a tel: link target, without spaces. */
    public String phoneHref() {
        return "tel:" + phone.replaceAll("[^+0-9]", "");
    }
}
