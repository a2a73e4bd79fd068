package fi.tyollisyystalo.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.ProfileUpdate;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;

/**
 * Notices go out through the outbox by SMTP to the in-process mail server: to consenting people only, in
 * their language, without personal data, and exactly once also when the mail server was down.
 */
@IntegrationTest
class NotificationOutboxIT {

    @Autowired ApplicationContext context;
    @Autowired Notices notices;
    @Autowired PersonService persons;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void sameSecurityContextAsTheApplication() {
        TestLogins.useStrategyOf(context);
    }

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
        if (!GreenMailLauncher.running()) {
            GreenMailLauncher.restart();
        }
    }

    private long consentingResident(String hetu, String given, String language, String email) {
        long id = TestLogins.resident(context, hetu, given, "Ilmoitus");
        persons.updateMyProfile(new ProfileUpdate(language, email, null, true));
        TestLogins.anonymous();
        return id;
    }

    private int queue(long personId, NoticeKind kind) {
        return SystemActor.call(() -> transactions.execute(status -> notices.notify(personId, kind)));
    }

    private static List<DevMailServer.DevMail> mailsTo(String address) {
        return DevMailServer.received().stream().filter(m -> m.to().contains(address)).toList();
    }

    private String status(long personId) {
        return jdbc.queryForObject("SELECT MAX(status) FROM notification_outbox WHERE person_id = ?", String.class,
                personId);
    }

    @Test
    void a_consenting_resident_gets_one_mail_in_their_language_that_names_nothing_personal() {
        long id = consentingResident("110388-941K", "Saga", "sv", "saga.notice@example.fi");
        assertThat(queue(id, NoticeKind.NEW_MESSAGE)).isEqualTo(1);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("saga.notice@example.fi").size() == 1);
        DevMailServer.DevMail mail = mailsTo("saga.notice@example.fi").getFirst();
        assertThat(mail.subject()).isEqualTo("Du har ett nytt meddelande");
        assertThat(mail.body()).contains("Logga in").contains("http://localhost:8080")
                .doesNotContain("Saga").doesNotContain("Ilmoitus").doesNotContain("110388");
        // the mail server has the mail a moment before the sender's transaction commits the row as sent
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(id)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE object_type = 'NOTICE'"
                + " AND subject_person_id = ? AND actor_id = ?", Integer.class, id, SystemActor.NAME)).isEqualTo(1);
    }

    @Test
    void nothing_is_queued_for_someone_who_has_not_consented() {
        long id = TestLogins.resident(context, "120489-942A", "Ville", "Eisuostumusta");
        TestLogins.anonymous();
        assertThat(queue(id, NoticeKind.APPOINTMENT_CHANGED)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE person_id = ?", Integer.class,
                id)).isZero();
    }

    @Test
    void after_a_mail_server_outage_each_notice_arrives_exactly_once_and_a_withdrawn_consent_stops_one() {
        long waiting = consentingResident("130590-9432", "Olli", "fi", "olli.outage@example.fi");
        long withdrawing = consentingResident("140691-944T", "Wilma", "en", "wilma.outage@example.fi");
        GreenMailLauncher.stop();
        try {
            queue(waiting, NoticeKind.APPOINTMENT_CHANGED);
            queue(withdrawing, NoticeKind.NEW_MESSAGE);
            // the job tried and failed at least twice while the server was down
            Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> jdbc.queryForObject(
                    "SELECT MIN(attempts) FROM notification_outbox WHERE person_id IN (?, ?)", Integer.class,
                    waiting, withdrawing) >= 2);
            assertThat(status(waiting)).isEqualTo("PENDING");
            assertThat(jdbc.queryForObject("SELECT last_error FROM notification_outbox WHERE person_id = ?",
                    String.class, waiting)).isNotBlank();
            // Wilma withdraws her consent (removes her address) before the server is back
            TestLogins.resident(context, "140691-944T", "Wilma", "Ilmoitus");
            persons.updateMyProfile(new ProfileUpdate("en", null, null, false));
            TestLogins.anonymous();
        } finally {
            GreenMailLauncher.restart();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(status(waiting)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "SKIPPED".equals(status(withdrawing)));
        Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> mailsTo("olli.outage@example.fi").size() == 1);
        assertThat(mailsTo("olli.outage@example.fi").getFirst().subject()).isEqualTo("Ajanvaraukseesi tuli muutos");
        assertThat(mailsTo("wilma.outage@example.fi")).isEmpty();
    }
}
