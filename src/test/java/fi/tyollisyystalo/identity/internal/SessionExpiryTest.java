package fi.tyollisyystalo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionExpiryTest {

    private final SessionExpiry expiry = new SessionExpiry(Duration.ofHours(12));

    private static MockHttpSession sessionCreatedAgo(Duration age) {
        long created = System.currentTimeMillis() - age.toMillis();
        return new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return created;
            }
        };
    }

    @Test
    void a_session_older_than_the_absolute_lifetime_is_ended_and_the_user_sent_to_log_in() throws Exception {
        MockHttpSession session = sessionCreatedAgo(Duration.ofHours(12).plusMinutes(1));
        var request = new MockHttpServletRequest("GET", "/my-page");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        expiry.doFilter(request, response, chain);
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void a_younger_session_goes_on() throws Exception {
        MockHttpSession session = sessionCreatedAgo(Duration.ofHours(11));
        var request = new MockHttpServletRequest("GET", "/my-page");
        request.setSession(session);
        var chain = new MockFilterChain();
        expiry.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void an_expired_background_request_gets_401_not_a_redirect() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(sessionCreatedAgo(Duration.ofHours(13)));
        var response = new MockHttpServletResponse();
        expiry.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(401);
    }
}
