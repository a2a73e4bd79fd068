package fi.tyollisyystalo.base.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the service: Finnish first (the default), then Swedish and English. */
public final class Languages {

    public static final Locale FINNISH = Locale.of("fi");
    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(FINNISH, SWEDISH, ENGLISH);

    private Languages() {
    }

    /** The supported language matching a language tag such as "sv" or "sv-FI", if any. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The supported language for any locale, Finnish when there is no match. */
    public static Locale supported(Locale locale) {
        return locale == null ? FINNISH : fromTag(locale.getLanguage()).orElse(FINNISH);
    }
}
