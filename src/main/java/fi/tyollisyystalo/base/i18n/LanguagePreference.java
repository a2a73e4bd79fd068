package fi.tyollisyystalo.base.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The visitor's language: the one they chose (a cookie), else the best match of the browser's
 * Accept-Language, else Finnish.
 */
public final class LanguagePreference {

    public static final String COOKIE = "tt_lang";

    private LanguagePreference() {
    }

    public static Locale resolve(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage).map(Languages::fromTag).flatMap(Optional::stream)
                .findFirst().orElse(Languages.FINNISH));
    }

    static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> Languages.fromTag(c.getValue()));
    }
}
