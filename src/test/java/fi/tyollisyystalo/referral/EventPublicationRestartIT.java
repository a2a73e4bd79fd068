package fi.tyollisyystalo.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.AsyncConfigurer;

import fi.tyollisyystalo.TyollisyystaloApplication;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * The application dies after a health check with the contact wish was saved and before its listener ran:
 * the event's publication stays in the log, and the next start delivers it — the resident lands on the
 * worklist once. The "crash" is an executor that drops the listener's task, as a dead JVM would.
 */
class EventPublicationRestartIT {

    private static final String HETU = "190796-951B";

    private static ConfigurableApplicationContext start(AsyncConfigurer async) {
        var app = new SpringApplicationBuilder(TyollisyystaloApplication.class).profiles("test")
                .properties("server.port=0", "tyollisyystalo.jobs.enabled=false");
        if (async != null) {
            app.initializers(context -> context.getBeanFactory().registerSingleton("crashingAsync", async));
        }
        return app.run();
    }

    @Test
    void an_event_left_undelivered_by_a_crash_is_delivered_after_restart_once() {
        AtomicInteger dropped = new AtomicInteger();
        AsyncConfigurer dies = new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return task -> dropped.incrementAndGet();
            }
        };
        long checkId;
        try (ConfigurableApplicationContext first = start(dies)) {
            TestLogins.useStrategyOf(first);
            ResidentHealthChecks checks = first.getBean(ResidentHealthChecks.class);
            TestLogins.resident(first, HETU, "Risto", "Restart");
            DraftCheck draft = checks.startOrResume();
            Map<String, String> answers = new HashMap<>(SampleAnswers.withFindings());
            answers.put("contact_wish", "YES");
            answers.forEach((q, v) -> checks.saveAnswer(draft.id(), q, v));
            checks.submit(draft.id());
            checkId = draft.id();
            TestLogins.anonymous();

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(dropped.get()).isPositive();
            assertThat(requests(jdbc, checkId)).isZero();
            assertThat(incomplete(jdbc, checkId)).isEqualTo(1);
        }

        try (ConfigurableApplicationContext second = start(null)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> requests(jdbc, checkId) == 1);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(jdbc, checkId) == 0);
            assertThat(requests(jdbc, checkId)).isEqualTo(1);
        }
    }

    private static int requests(JdbcTemplate jdbc, long checkId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contact_request WHERE health_check_id = ?", Integer.class,
                checkId);
    }

    private static int incomplete(JdbcTemplate jdbc, long checkId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND listener_id LIKE '%HealthCheckContactListener%' AND serialized_event LIKE ?", Integer.class,
                "%\"healthCheckId\":" + checkId + ",%");
    }
}
