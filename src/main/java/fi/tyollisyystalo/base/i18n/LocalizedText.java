package fi.tyollisyystalo.base.i18n;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A text in Finnish, Swedish and English; Finnish is always there, the others may be missing. */
public record LocalizedText(String fi, @Nullable String sv, @Nullable String en) {

    public static final LocalizedText EMPTY = new LocalizedText("", null, null);

    /** The text in the given language, falling back to Finnish (then Swedish) when it is missing. */
    public String in(Locale locale) {
        String wanted = switch (Languages.supported(locale).getLanguage()) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        return !fi.isBlank() ? fi : sv != null ? sv : "";
    }

    /** True when the text exists in this language itself (not through fallback). */
    public boolean has(Locale locale) {
        String v = switch (Languages.supported(locale).getLanguage()) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return v != null && !v.isBlank();
    }

    public boolean isBlank() {
        return fi.isBlank() && (sv == null || sv.isBlank()) && (en == null || en.isBlank());
    }
}
