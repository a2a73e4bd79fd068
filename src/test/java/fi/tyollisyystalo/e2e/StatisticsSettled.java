package fi.tyollisyystalo.e2e;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Waits until the statistics' listener has recorded every event published so far. */
final class StatisticsSettled {

    private StatisticsSettled() {
    }

    static void await(ApplicationContext spring) {
        JdbcTemplate jdbc = spring.getBean(JdbcTemplate.class);
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND listener_id LIKE '%FactRecorder%'", Integer.class) == 0);
    }
}
