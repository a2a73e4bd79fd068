package fi.tyollisyystalo.identity.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;

import fi.tyollisyystalo.base.ui.SitePages;

/**
 * Ends sessions: the browser's idle timer lands on {@code /session-expired}, and any session older
 * than the absolute lifetime (12 h by default) is ended at its next request. Both say why on the
 * login page.
 */
@Controller
class SessionExpiry extends OncePerRequestFilter {

    static final String EXPIRED_URL = "/" + SitePages.LOGIN + "?expired";

    private final Duration absoluteLifetime;

    SessionExpiry(@Value("${tyollisyystalo.session.absolute-lifetime:12h}") Duration absoluteLifetime) {
        this.absoluteLifetime = absoluteLifetime;
    }

    @GetMapping("/session-expired")
    String expired(HttpServletRequest request) {
        end(request);
        return "redirect:" + EXPIRED_URL;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > absoluteLifetime.toMillis()) {
            end(request);
            if ("GET".equals(request.getMethod())) {
                response.sendRedirect(EXPIRED_URL);
            } else {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
