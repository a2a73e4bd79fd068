package fi.tyollisyystalo.identity.internal;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.ClassUtils;

/**
 * Starts NAV's mock-oauth2-server in-process before the application context, so that the OIDC client
 * can read the issuers' discovery documents. It issues tokens for two issuers, {@code suomifi}
 * (residents) and {@code staff}, through the same authorization-code redirect flow a production IdP
 * uses, with a login page listing the demo people. Never under the {@code prod} profile.
 */
public class DevIdentityProvider implements EnvironmentPostProcessor {

    static final String ENABLED = "tyollisyystalo.dev-idp.enabled";
    private static final Object LOCK = new Object();
    private static volatile String baseUrl;

    private final Log log;

    public DevIdentityProvider(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DevIdentityProvider.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("Refusing to start: the dev identity provider ("
                    + ENABLED + ") must never be enabled under the prod profile");
        }
        if (!ClassUtils.isPresent("no.nav.security.mock.oauth2.MockOAuth2Server", getClass().getClassLoader())) {
            throw new IllegalStateException(ENABLED + " is true but mock-oauth2-server is not on the class path "
                    + "(it is left out of the production jar): configure real issuers instead");
        }
        String url = start(env);
        env.getPropertySources().addFirst(new MapPropertySource("devIdentityProvider", Map.of(
                "spring.security.oauth2.client.provider.suomifi.issuer-uri", url + "/suomifi",
                "spring.security.oauth2.client.provider.staff.issuer-uri", url + "/staff",
                "tyollisyystalo.dev-idp.base-url", url)));
    }

    private String start(ConfigurableEnvironment env) {
        synchronized (LOCK) {
            if (baseUrl == null) {
                int port = env.getProperty("tyollisyystalo.dev-idp.port", Integer.class, 9080);
                String loginPage = DevLoginPage.write(
                        env.getProperty("tyollisyystalo.identity.resident.hetu-claim", "hetu"),
                        env.getProperty("tyollisyystalo.identity.staff.roles-claim", "roles"));
                baseUrl = MockServerLauncher.start(port, loginPage);
                log.info("Dev identity provider (mock-oauth2-server) listening at " + baseUrl
                        + " with issuers /suomifi and /staff");
            }
            return baseUrl;
        }
    }
}
