package fi.tyollisyystalo.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxyFilterTest {

    @Test
    void nobody_is_trusted_by_default_and_forwarded_headers_are_dropped() throws Exception {
        TrustedProxyFilter filter = new TrustedProxyFilter("");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/services");
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("X-Forwarded-For", "203.0.113.9");
        request.addHeader("X-Forwarded-Host", "evil.example");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest().getRemoteAddr()).isEqualTo("10.0.0.5");
        assertThat(((jakarta.servlet.http.HttpServletRequest) chain.getRequest()).getHeader("X-Forwarded-For")).isNull();
        assertThat(chain.getRequest().getServerName()).isEqualTo("localhost");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_right_most_untrusted_hop() throws Exception {
        TrustedProxyFilter filter = new TrustedProxyFilter("10.0.0.0/8, 2001:db8::/32");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/services");
        request.setRemoteAddr("10.1.2.3");
        request.addHeader("X-Forwarded-For", "1.1.1.1, 198.51.100.7, 10.9.9.9");
        request.addHeader("X-Forwarded-Proto", "https");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest().getRemoteAddr()).isEqualTo("198.51.100.7");
        assertThat(chain.getRequest().getScheme()).isEqualTo("https");

        assertThat(filter.isTrusted("2001:db8:1::5")).isTrue();
        assertThat(filter.isTrusted("2001:db9::5")).isFalse();
        assertThat(filter.isTrusted("11.0.0.1")).isFalse();
        assertThat(filter.clientAddress("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(filter.clientAddress("10.1.2.3", List.of("unknown"))).isEqualTo("10.1.2.3");
        assertThat(filter.clientAddress("10.1.2.3", List.of("not-an-address, 10.0.0.2"))).isEqualTo("10.0.0.2");
    }

    @Test
    void a_bad_cidr_stops_the_start() {
        assertThatThrownBy(() -> new TrustedProxyFilter("proxy.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrustedProxyFilter("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
