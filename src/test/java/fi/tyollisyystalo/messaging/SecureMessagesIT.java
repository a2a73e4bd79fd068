package fi.tyollisyystalo.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.jobs.Jobs;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.ProfileUpdate;
import fi.tyollisyystalo.identity.internal.TestLogins;

/** Secure messages against the real database: who reaches which thread, read status, drafts, audit, notice. */
@IntegrationTest
class SecureMessagesIT {

    private static final String ANNA = "110788-9514";
    private static final String BERTIL = "120788-952T";

    @Autowired ApplicationContext context;
    @Autowired SecureMessages messages;
    @Autowired PersonService persons;
    @Autowired Jobs jobs;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void sameSecurityContextAsTheApplication() {
        TestLogins.useStrategyOf(context);
    }

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    private long anna() {
        return TestLogins.resident(context, ANNA, "Anna", "Viestinen");
    }

    private void bertil() {
        TestLogins.resident(context, BERTIL, "Bertil", "Vieras");
    }

    private static void coordinator() {
        TestLogins.staff("coordinator-msg", "Kaisa Koordinaattori", "COORDINATOR");
    }

    @Test
    void another_resident_gets_the_same_not_found_as_for_a_missing_thread_or_attachment() throws IOException {
        anna();
        long thread = messages.startByResident("Kysymys", "Hei, tarvitsen apua.");
        long message = messages.replyAsResident(thread, "Liitteenä todistus.", List.of(new NewAttachment("t.png", AttachmentFilterTest.png())));
        long attachment = jdbc.queryForObject("SELECT id FROM message_attachment WHERE message_id = ?", Long.class,
                message);
        assertThat(messages.myAttachment(attachment).mediaType()).isEqualTo("image/png");

        bertil();
        assertThat(messages.myThreads()).noneMatch(t -> t.id() == thread);
        long missing = thread + 1_000_000;
        for (long id : new long[] {thread, missing}) {
            assertThatThrownBy(() -> messages.openMyThread(id)).isInstanceOf(MessageNotFoundException.class);
            assertThatThrownBy(() -> messages.replyAsResident(id, "x", List.of()))
                    .isInstanceOf(MessageNotFoundException.class);
            assertThatThrownBy(() -> messages.saveMyDraft(id, "x")).isInstanceOf(MessageNotFoundException.class);
            assertThatThrownBy(() -> messages.myDraft(id)).isInstanceOf(MessageNotFoundException.class);
        }
        assertThatThrownBy(() -> messages.myAttachment(attachment)).isInstanceOf(MessageNotFoundException.class);
        assertThatThrownBy(() -> messages.myAttachment(attachment + 1_000_000))
                .isInstanceOf(MessageNotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE thread_id = ?", Integer.class, thread))
                .isEqualTo(2);
    }

    @Test
    void editors_managers_partners_and_administrators_cannot_read_threads() {
        long person = anna();
        long thread = messages.startByResident("Aihe", "Viesti");
        assertThatThrownBy(() -> messages.teamInbox(0, 10, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.openTeamThread(thread)).isInstanceOf(AccessDeniedException.class);
        for (String role : new String[] {"SERVICE_EDITOR", "MANAGER", "PROFESSIONAL", "ADMIN"}) {
            TestLogins.staff("other-" + role, "Muu " + role, role);
            assertThatThrownBy(() -> messages.teamInbox(0, 10, false)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> messages.openTeamThread(thread)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> messages.replyAsTeam(thread, "x", List.of())).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> messages.startByTeam(person, "x", "y")).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> messages.teamAttachment(1)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> messages.openMyThread(thread)).as(role).isInstanceOf(AccessDeniedException.class);
        }
        for (String role : new String[] {"NURSE", "DOCTOR", "SOCIAL_COUNSELLOR"}) {
            TestLogins.staff("team-" + role, "Tiimi " + role, role);
            assertThat(messages.openTeamThread(thread).messages()).hasSize(1);
        }
    }

    @Test
    void read_status_and_whose_turn_it_is_on_both_sides_and_the_notice_cancelled_by_reading() {
        anna();
        long thread = messages.startByResident("Työkyky", "Hei 😀 שלום مرحبا — rivit\nkaksi");
        assertThat(mine(thread).state()).isEqualTo(ThreadState.WAITING_FOR_TEAM);
        assertThat(mine(thread).unread()).isFalse();

        coordinator();
        ThreadSummary inInbox = messages.teamInbox(0, 100, true).stream().filter(t -> t.id() == thread).findFirst()
                .orElseThrow();
        assertThat(inInbox.unread()).isTrue();
        assertThat(inInbox.clientName()).isEqualTo("Anna Viestinen");
        MessageThread opened = messages.openTeamThread(thread);
        assertThat(opened.messages().getFirst().body()).isEqualTo("Hei 😀 שלום مرحبا — rivit\nkaksi");
        assertThat(messages.teamInbox(0, 100, false).stream().filter(t -> t.id() == thread).findFirst().orElseThrow()
                .unread()).isFalse();
        messages.replyAsTeam(thread, "Kiitos viestistä. Soitanko huomenna?", List.of());
        assertThat(jobs.isScheduled(SecureMessages.UNREAD_NOTICE_JOB, String.valueOf(thread))).isTrue();

        anna();
        ThreadSummary waiting = mine(thread);
        assertThat(waiting.state()).isEqualTo(ThreadState.WAITING_FOR_RESIDENT);
        assertThat(waiting.unread()).isTrue();
        assertThat(messages.myUnreadCount()).isPositive();
        MessageThread read = messages.openMyThread(thread);
        assertThat(read.messages()).extracting(Message::side).containsExactly(Side.RESIDENT, Side.TEAM);
        assertThat(read.messages().get(1).authorName()).isEqualTo("Kaisa Koordinaattori");
        assertThat(mine(thread).unread()).isFalse();
        assertThat(jobs.isScheduled(SecureMessages.UNREAD_NOTICE_JOB, String.valueOf(thread))).isFalse();
        // waiting-for-the-team threads come first when asked
        messages.replyAsResident(thread, "Huomenna sopii.", List.of());
        coordinator();
        assertThat(messages.teamInbox(0, 1, true).getContent().getFirst().state()).isEqualTo(ThreadState.WAITING_FOR_TEAM);
    }

    @Test
    void the_team_writes_and_an_unread_message_brings_one_notice_without_content() {
        long person = TestLogins.resident(context, "130788-953F", "Cecilia", "Ilmoitus");
        persons.updateMyProfile(new ProfileUpdate("fi", "cecilia@example.fi", null, true));
        coordinator();
        long thread = messages.startByTeam(person, "Tapaaminen", "Hei, sopisiko tapaaminen ensi viikolla?");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification_outbox WHERE person_id = ? AND kind = 'NEW_MESSAGE'", Integer.class,
                person) == 1);
        assertThat(jobs.isScheduled(SecureMessages.UNREAD_NOTICE_JOB, String.valueOf(thread))).isFalse();
    }

    @Test
    void a_thread_read_in_time_brings_no_notice() {
        long person = TestLogins.resident(context, "140788-9545", "Daniel", "Lukija");
        persons.updateMyProfile(new ProfileUpdate("fi", "daniel@example.fi", null, true));
        coordinator();
        long thread = messages.startByTeam(person, "Aika", "Hei Daniel.");
        TestLogins.resident(context, "140788-9545", "Daniel", "Lukija");
        messages.openMyThread(thread);
        fi.tyollisyystalo.base.security.SystemActor.run(() -> messages.sendUnreadNotice(thread));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE person_id = ?"
                + " AND kind = 'NEW_MESSAGE'", Integer.class, person)).isZero();
    }

    @Test
    void a_draft_survives_logging_out_each_author_has_their_own_and_sending_clears_it() {
        anna();
        long thread = messages.startByResident("Luonnos", "Ensimmäinen viesti");
        messages.saveMyDraft(thread, "Puolivalmis vastaus 😀");
        TestLogins.anonymous();
        anna();
        assertThat(messages.myDraft(thread)).get().extracting(Draft::body).isEqualTo("Puolivalmis vastaus 😀");

        coordinator();
        assertThat(messages.teamDraft(thread)).isEmpty();
        messages.saveTeamDraft(thread, "Tiimin luonnos");
        TestLogins.staff("nurse-msg", "Hanna Hoitaja", "NURSE");
        assertThat(messages.teamDraft(thread)).isEmpty();
        coordinator();
        assertThat(messages.teamDraft(thread)).get().extracting(Draft::body).isEqualTo("Tiimin luonnos");

        anna();
        messages.replyAsResident(thread, "Valmis vastaus", List.of());
        assertThat(messages.myDraft(thread)).isEmpty();
        // text over the message limit is still kept as a draft, so nothing typed is lost
        String tooLong = "x".repeat(MessageLimits.BODY_MAX + 1);
        messages.saveMyDraft(thread, tooLong);
        assertThat(messages.myDraft(thread)).get().extracting(Draft::body).isEqualTo(tooLong);
        assertThatThrownBy(() -> messages.replyAsResident(thread, tooLong, List.of()))
                .isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.reason()).isEqualTo("TOO_LONG"));
        assertThat(messages.replyAsResident(thread, "y".repeat(MessageLimits.BODY_MAX), List.of())).isPositive();
    }

    @Test
    void bad_subjects_bodies_and_files_are_refused_with_a_reason_and_nothing_is_stored() {
        anna();
        assertThatThrownBy(() -> messages.startByResident("  ", "x")).isInstanceOfSatisfying(MessageRejected.class,
                e -> assertThat(e.messageKey()).isEqualTo("messages.error.subject.blank"));
        assertThatThrownBy(() -> messages.startByResident("a".repeat(201), "x"))
                .isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.reason()).isEqualTo("TOO_LONG"));
        assertThatThrownBy(() -> messages.startByResident("Aihe", " \n ")).isInstanceOfSatisfying(MessageRejected.class,
                e -> assertThat(e.messageKey()).isEqualTo("messages.error.body.blank"));
        long thread = messages.startByResident("<script>alert(1)</script>", "' OR '1'='1'; DROP TABLE person; --");
        assertThat(messages.openMyThread(thread).subject()).isEqualTo("<script>alert(1)</script>");
        byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, thirtyMegabytes, 0, 8);
        assertThatThrownBy(() -> messages.replyAsResident(thread, "Iso liite",
                List.of(new NewAttachment("iso.pdf", thirtyMegabytes))))
                .isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.reason()).isEqualTo("TOO_LARGE"));
        assertThatThrownBy(() -> messages.replyAsResident(thread, "SVG", List.of(new NewAttachment("kuva.png",
                "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(MessageRejected.class, e -> assertThat(e.reason()).isEqualTo("TYPE"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE thread_id = ?", Integer.class, thread))
                .isEqualTo(1);
    }

    @Test
    void every_staff_read_and_write_is_audited_and_shown_to_the_resident() throws IOException {
        long person = anna();
        long thread = messages.startByResident("Loki", "Katsotteko?");
        long message = messages.replyAsResident(thread, "Kuva", List.of(new NewAttachment("IMG.JPG", AttachmentFilterTest.jpeg())));
        long attachment = jdbc.queryForObject("SELECT id FROM message_attachment WHERE message_id = ?", Long.class,
                message);
        coordinator();
        messages.teamInbox(0, 10, false);
        messages.openTeamThread(thread);
        AttachmentDownload file = messages.teamAttachment(attachment);
        assertThat(file.fileName()).isEqualTo("IMG.jpg");
        messages.saveTeamDraft(thread, "Luonnos");
        messages.replyAsTeam(thread, "Vastaus", List.of());
        for (String[] row : new String[][] {{"READ", "MESSAGE_THREAD"}, {"READ", "MESSAGE_ATTACHMENT"},
            {"UPDATE", "MESSAGE_DRAFT"}, {"CREATE", "MESSAGE"}}) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = 'coordinator-msg'"
                    + " AND action = ? AND object_type = ? AND subject_person_id = ? AND purpose = 'MESSAGES'",
                    Integer.class, row[0], row[1], person)).as(row[0] + " " + row[1]).isPositive();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = 'coordinator-msg'"
                + " AND action = 'SEARCH' AND object_type = 'MESSAGE_THREAD' AND purpose = 'MESSAGES'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_type = 'RESIDENT'"
                + " AND object_type = 'MESSAGE' AND action = 'CREATE' AND subject_person_id = ?", Integer.class, person))
                .isPositive();

        anna();
        assertThat(persons.whoHasSeenMyData(PageRequest.of(0, 50)).getContent())
                .anySatisfy(a -> {
                    assertThat(a.objectType()).isEqualTo("MESSAGE_THREAD");
                    assertThat(a.purpose()).isEqualTo("MESSAGES");
                    assertThat(a.staffName()).isEqualTo("Kaisa Koordinaattori");
                });
    }

    private ThreadSummary mine(long thread) {
        return messages.myThreads().stream().filter(t -> t.id() == thread).findFirst().orElseThrow();
    }
}
