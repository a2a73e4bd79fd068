package fi.tyollisyystalo.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.identity.internal.TestLogins;

/** A resident who asks to be contacted in the health check lands on the team's worklist, once. */
@IntegrationTest
class ContactRequestIT {

    @Autowired ApplicationContext context;
    @Autowired ResidentHealthChecks healthChecks;
    @Autowired ContactRequestService requests;
    @Autowired fi.tyollisyystalo.healthcheck.HealthCheckSharing sharing;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void sameSecurityContextAsTheApplication() {
        TestLogins.useStrategyOf(context);
    }

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    private long submitted(String hetu, String given, boolean contactWish) {
        TestLogins.resident(context, hetu, given, "Yhteys");
        DraftCheck draft = healthChecks.startOrResume();
        Map<String, String> answers = new HashMap<>(SampleAnswers.withFindings());
        answers.put("contact_wish", contactWish ? "YES" : "NO");
        answers.forEach((q, v) -> healthChecks.saveAnswer(draft.id(), q, v));
        healthChecks.submit(draft.id());
        return draft.id();
    }

    private int requestsFor(long healthCheckId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contact_request WHERE health_check_id = ?", Integer.class,
                healthCheckId);
    }

    @Test
    void a_health_check_with_the_contact_wish_appears_on_the_worklist_within_seconds() {
        long wished = submitted("010190-9134", "Outi", true);
        long notWished = submitted("020290-9271", "Pekka", false);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> requestsFor(wished) == 1);
        assertThat(requestsFor(notWished)).isZero();
        // the event publication completed: nothing is left to redeliver
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND listener_id LIKE '%HealthCheckContactListener%'", Integer.class) == 0);

        TestLogins.staff("coordinator-1", "Kaisa Koordinaattori", "COORDINATOR");
        List<ContactRequestItem> list = requests.worklist();
        assertThat(list).anySatisfy(item -> {
            assertThat(item.clientName()).isEqualTo("Outi Yhteys");
            assertThat(item.source()).isEqualTo(ContactSource.HEALTH_CHECK);
            assertThat(item.dueAt()).isAfter(item.receivedAt());
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE object_type = 'CONTACT_REQUEST'"
                + " AND action = 'SEARCH' AND actor_id = 'coordinator-1'", Integer.class)).isPositive();
        // the system opened the request and says so in the audit log, as the service and never as a person
        assertThat(jdbc.queryForObject("SELECT actor_type FROM audit_event WHERE object_type = 'CONTACT_REQUEST'"
                + " AND action = 'CREATE' ORDER BY id DESC LIMIT 1", String.class)).isEqualTo("SYSTEM");
    }

    @Test
    void the_worklist_shows_urgency_hints_only_while_the_health_check_is_shared() {
        long id = submitted("040490-944F", "Sakari", true);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> requestsFor(id) == 1);
        TestLogins.staff("coordinator-2", "Kaisa Koordinaattori", "COORDINATOR");
        assertThat(hintFor(id)).as("not shared: no hint").isNull();

        TestLogins.resident(context, "040490-944F", "Sakari", "Yhteys");
        sharing.shareWithTeam(id);
        TestLogins.staff("coordinator-2", "Kaisa Koordinaattori", "COORDINATOR");
        fi.tyollisyystalo.healthcheck.UrgencyHint hint = hintFor(id);
        assertThat(hint).isNotNull();
        assertThat(hint.workAbility()).isNotNull();
        assertThat(hint.attentionFlags()).as("the sample answers have findings").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE object_type = 'HEALTH_CHECK'"
                + " AND object_id = ? AND actor_id = 'coordinator-2'", Integer.class, String.valueOf(id))).isPositive();

        TestLogins.resident(context, "040490-944F", "Sakari", "Yhteys");
        sharing.stopSharing(id);
        TestLogins.staff("coordinator-2", "Kaisa Koordinaattori", "COORDINATOR");
        assertThat(hintFor(id)).as("withdrawn: gone at once").isNull();
    }

    private fi.tyollisyystalo.healthcheck.@org.jspecify.annotations.Nullable UrgencyHint hintFor(long checkId) {
        return requests.worklist(WorklistFilter.ALL_OPEN, 0, 10_000).stream()
                .filter(i -> i.sharedHealthCheck() != null && i.sharedHealthCheck() == checkId)
                .map(ContactRequestItem::urgency).findFirst().orElse(null);
    }

    @Test
    void the_same_health_check_delivered_twice_opens_one_request() {
        long id = submitted("030390-935R", "Riikka", false);
        long personId = jdbc.queryForObject("SELECT person_id FROM health_check WHERE id = ?", Long.class, id);
        long first = SystemActor.call(() -> requests.openFromHealthCheck(id, personId));
        long second = SystemActor.call(() -> requests.openFromHealthCheck(id, personId));
        assertThat(second).isEqualTo(first);
        assertThat(requestsFor(id)).isEqualTo(1);
    }

    @Test
    void a_resident_sees_their_own_requests_with_the_answer_target_and_nobody_elses() {
        long id = submitted("050591-931S", "Venla", true);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> requestsFor(id) == 1);
        TestLogins.resident(context, "050591-931S", "Venla", "Yhteys");
        List<MyContactRequest> mine = requests.myRequests();
        assertThat(mine).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(ContactSource.HEALTH_CHECK);
            assertThat(r.dueAt()).isEqualTo(fi.tyollisyystalo.base.time.WorkingDays.due(r.receivedAt(), 3));
        });
        TestLogins.resident(context, "060692-932H", "Ville", "Vieras");
        assertThat(requests.myRequests()).isEmpty();
        TestLogins.staff("coordinator-1", "Kaisa Koordinaattori", "COORDINATOR");
        assertThatThrownBy(requests::myRequests).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_system_opens_requests_and_only_team_staff_read_the_worklist() {
        TestLogins.resident(context, "040490-9301", "Sami", "Uteliainen");
        assertThatThrownBy(() -> requests.openFromHealthCheck(1, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(requests::worklist).isInstanceOf(AccessDeniedException.class);
        TestLogins.staff("editor-1", "Eeva Editori", "SERVICE_EDITOR");
        assertThatThrownBy(requests::worklist).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.openFromHealthCheck(1, 1)).isInstanceOf(AccessDeniedException.class);
    }
}
