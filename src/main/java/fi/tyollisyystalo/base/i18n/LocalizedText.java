package fi.tyollisyystalo.base.i18n;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A text in Finnish, Swedish and English; Finnish is always there, the others may be missing. */
public record LocalizedText(String fi, @Nullable String sv, @Nullable String en) {

    public static final LocalizedText EMPTY = new LocalizedText("", null, null);

    /** A text as it is shown, and the language it is really in (which a page must mark when it differs). */
    public record Picked(String text, Locale language) {

        /** True when the text is not in the language that was asked for. */
        public boolean isFallbackFrom(Locale wanted) {
            return !text.isEmpty() && !language.getLanguage().equals(Languages.supported(wanted).getLanguage());
        }
    }

    /**
     * The text in the given language; when it is missing, in Finnish, then Swedish, then English, with
     * the language it turned out to be in.
     */
    public Picked pick(Locale locale) {
        Locale wanted = Languages.supported(locale);
        String text = value(wanted);
        if (present(text)) {
            return new Picked(text, wanted);
        }
        for (Locale fallback : Languages.SUPPORTED) {
            String other = value(fallback);
            if (present(other)) {
                return new Picked(other, fallback);
            }
        }
        return new Picked("", wanted);
    }

    /** The text in the given language, falling back to Finnish, then Swedish, then English. */
    public String in(Locale locale) {
        return pick(locale).text();
    }

    /** True when the text exists in this language itself (not through fallback). */
    public boolean has(Locale locale) {
        return present(value(Languages.supported(locale)));
    }

    public boolean isBlank() {
        return !present(fi) && !present(sv) && !present(en);
    }

    private @Nullable String value(Locale supported) {
        return switch (supported.getLanguage()) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
    }

    private static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
