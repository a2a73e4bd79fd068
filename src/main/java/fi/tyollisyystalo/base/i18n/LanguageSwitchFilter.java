package fi.tyollisyystalo.base.i18n;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switcher's links are plain links ({@code ?lang=sv}) so that they work with any
 * browser and keyboard: this filter remembers the choice in a cookie for a year and redirects back
 * to the same page without the parameter.
 */
@Component
class LanguageSwitchFilter extends OncePerRequestFilter {

    /** The open API has a search-language parameter of the same name; it is not the page language. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/api/") || uri.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String lang = request.getParameter("lang");
        if (lang == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Locale> chosen = Languages.fromTag(lang);
        if (chosen.isPresent()) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LanguagePreference.COOKIE,
                    chosen.get().getLanguage()).path("/").maxAge(Duration.ofDays(365)).sameSite("Lax")
                    .httpOnly(true).secure(request.isSecure()).build().toString());
        }
        String target = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang").build().toUriString();
        response.sendRedirect(target.startsWith("/") ? target : "/");
    }
}
