package fi.tyollisyystalo.notification.internal;

import java.util.List;
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
 * Starts GreenMail, an SMTP server in the same JVM, for the embedded default run and the tests, and points
 * {@code spring.mail.*} at it: a newcomer sees the notices on the development mailbox page
 * ({@code /dev/mailbox}) without installing a mail server. Never under the {@code prod} profile; in
 * docker-compose, Mailpit takes its place.
 */
public class DevMailServer implements EnvironmentPostProcessor {

    public static final String ENABLED = "tyollisyystalo.dev-mail.enabled";
    private static final Object LOCK = new Object();
    private static volatile int port;

    private final Log log;

    public DevMailServer(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DevMailServer.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("Refusing to start: the development mail server (" + ENABLED
                    + ") must never be enabled under the prod profile");
        }
        if (!ClassUtils.isPresent("com.icegreen.greenmail.util.GreenMail", getClass().getClassLoader())) {
            throw new IllegalStateException(ENABLED + " is true but GreenMail is not on the class path "
                    + "(it is left out of the production jar): configure spring.mail.host instead");
        }
        synchronized (LOCK) {
            if (port == 0) {
                port = GreenMailLauncher.start(env.getProperty("tyollisyystalo.dev-mail.port", Integer.class, 3025));
                log.info("Development mail server (GreenMail) listening on localhost:" + port
                        + "; mails are shown at /dev/mailbox");
            }
        }
        env.getPropertySources().addFirst(new MapPropertySource("devMailServer", Map.of(
                "spring.mail.host", "localhost",
                "spring.mail.port", String.valueOf(port),
                "spring.mail.properties.mail.smtp.connectiontimeout", "3000",
                "spring.mail.properties.mail.smtp.timeout", "3000")));
    }

    /** Whether the development mail server runs in this JVM. */
    public static boolean running() {
        return port != 0 && ClassUtils.isPresent("com.icegreen.greenmail.util.GreenMail",
                DevMailServer.class.getClassLoader()) && GreenMailLauncher.running();
    }

    /** The mails the development server received, newest first; empty when it does not run. */
    public static List<DevMail> received() {
        return port == 0 ? List.of() : GreenMailLauncher.received();
    }

    /** A mail as the development mailbox shows it. */
    public record DevMail(java.time.Instant receivedAt, String to, String subject, String body) {
    }
}
