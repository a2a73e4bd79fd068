package fi.tyollisyystalo.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.base.time.WorkingDays;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * The contact form from draft to the worklist, and the team's handling: answers kept as typed and explained,
 * one wins when two take a request, every step recorded, only the team reads, a resident only their own.
 */
@IntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class ContactFormIT {

    @Autowired org.springframework.test.context.event.ApplicationEvents events;
    @Autowired ApplicationContext context;
    @Autowired ContactForms forms;
    @Autowired ContactRequestService requests;
    @Autowired JdbcTemplate jdbc;
    @Autowired fi.tyollisyystalo.identity.Consents consents;
    @Autowired fi.tyollisyystalo.identity.PersonService persons;

    @BeforeEach
    void sameSecurityContextAsTheApplication() {
        TestLogins.useStrategyOf(context);
        jdbc.update("INSERT IGNORE INTO team (code, name_fi, name_sv, name_en) VALUES ('it-team', 'IT', 'IT', 'IT')");
        for (String s : List.of("it-coord-a", "it-coord-b")) {
            jdbc.update("INSERT IGNORE INTO staff_member (subject, display_name, roles, team_code, first_login_at,"
                    + " last_login_at) VALUES (?, ?, 'COORDINATOR', 'it-team', NOW(6), NOW(6))", s,
                    s.equals("it-coord-a") ? "Aino Testaaja" : "Bertta Testaaja");
        }
    }

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    private SentContact send(String hetu, String given, String worry) {
        TestLogins.resident(context, hetu, given, "Lomake");
        ContactDraft draft = forms.startOrResume();
        forms.saveAnswer(draft.id(), ContactQuestion.WORRY, worry);
        forms.saveAnswer(draft.id(), ContactQuestion.CHANNEL, "PHONE");
        forms.saveAnswer(draft.id(), ContactQuestion.PHONE, "040 123 4567");
        forms.saveAnswer(draft.id(), ContactQuestion.LANGUAGE, "sv");
        forms.saveAnswer(draft.id(), ContactQuestion.SOURCE, "KELA");
        forms.saveAnswer(draft.id(), ContactQuestion.EXCHANGE, "KELA,EMPLOYMENT_SERVICES");
        return forms.submit(draft.id());
    }

    @Test
    void answers_are_kept_as_typed_explained_and_the_form_resumes_where_it_was() {
        TestLogins.resident(context, "210390-953X", "Rasmus", "Lomake");
        ContactDraft draft = forms.startOrResume();
        assertThat(draft.answer(ContactQuestion.INTERPRETER)).isEqualTo("NO");
        assertThat(draft.answer(ContactQuestion.LANGUAGE)).as("from the profile").isEqualTo("fi");
        assertThat(forms.continueFrom(draft.id(), ContactStep.SITUATION)).extracting(ContactProblem::messageKey)
                .containsExactly("contactform.q.worry.required");

        String tooLong = "ä".repeat(4_001);
        assertThat(forms.saveAnswer(draft.id(), ContactQuestion.WORRY, tooLong)).get()
                .extracting(ContactProblem::messageKey).isEqualTo("contactform.error.tooLong");
        assertThat(forms.myDraft(draft.id()).answer(ContactQuestion.WORRY)).as("kept as typed").isEqualTo(tooLong);
        assertThat(forms.saveAnswer(draft.id(), ContactQuestion.PHONE, "soita <b>heti</b>")).get()
                .extracting(ContactProblem::messageKey).isEqualTo("contactform.error.phone");
        assertThat(forms.saveAnswer(draft.id(), ContactQuestion.CHANNEL, "FAX")).get()
                .extracting(ContactProblem::messageKey).isEqualTo("contactform.error.choice");
        String text = "<script>alert(1)</script> 😊 مرحبا \u202Egnp.exe";
        assertThat(forms.saveAnswer(draft.id(), ContactQuestion.WORRY, text)).isEmpty();
        assertThat(forms.continueFrom(draft.id(), ContactStep.SITUATION)).isEmpty();
        // the next device continues on the page after the last one finished
        assertThat(forms.startOrResume().lastStep()).isEqualTo(ContactStep.REACH);
        assertThat(forms.myDraft(draft.id()).answer(ContactQuestion.WORRY)).isEqualTo(text);

        forms.saveAnswer(draft.id(), ContactQuestion.CHANNEL, "PHONE");
        forms.saveAnswer(draft.id(), ContactQuestion.PHONE, "");
        forms.saveAnswer(draft.id(), ContactQuestion.INTERPRETER, "YES");
        assertThat(forms.continueFrom(draft.id(), ContactStep.REACH)).extracting(ContactProblem::messageKey)
                .containsExactlyInAnyOrder("contactform.q.phone.required",
                        "contactform.q.interpreter_language.required");
        assertThatThrownBy(() -> forms.submit(draft.id())).isInstanceOf(ContactFormIncompleteException.class);
    }

    @Test
    void a_sent_form_is_a_request_with_its_answer_target_and_a_resident_sees_only_their_own() {
        SentContact sent = send("220491-955P", "Saara", "Jaksaminen");
        Instant received = sent.receivedAt();
        assertThat(sent.dueAt()).isEqualTo(WorkingDays.due(received, 3));
        assertThat(forms.myDraft()).as("the draft is gone once sent").isEmpty();
        assertThat(forms.mySent(sent.requestId()).requestId()).isEqualTo(sent.requestId());
        assertThat(consents.mine()).filteredOn(c -> c.kind() == fi.tyollisyystalo.identity.ConsentKind.INFO_EXCHANGE)
                .extracting(c -> c.subjectId()).containsExactlyInAnyOrder(ExchangePartner.KELA.id(),
                        ExchangePartner.EMPLOYMENT_SERVICES.id());
        consents.withdraw(fi.tyollisyystalo.identity.ConsentKind.INFO_EXCHANGE, ExchangePartner.KELA.id());
        Map<String, Object> row = jdbc.queryForMap("SELECT source, channel, language, status FROM contact_request"
                + " WHERE id = ?", sent.requestId());
        assertThat(row).containsEntry("source", "KELA").containsEntry("channel", "PHONE")
                .containsEntry("language", "sv").containsEntry("status", "NEW");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE object_type = 'CONTACT_REQUEST'"
                + " AND object_id = ? AND action = 'CREATE'", Integer.class, String.valueOf(sent.requestId())))
                .isEqualTo(1);

        TestLogins.resident(context, "230592-956E", "Toinen", "Asukas");
        assertThatThrownBy(() -> forms.mySent(sent.requestId())).isInstanceOf(ContactRequestNotFoundException.class);
        ContactDraft mine = forms.startOrResume();
        TestLogins.resident(context, "220491-955P", "Saara", "Lomake");
        assertThatThrownBy(() -> forms.myDraft(mine.id())).isInstanceOf(ContactRequestNotFoundException.class);
        assertThatThrownBy(() -> forms.saveAnswer(mine.id(), ContactQuestion.WORRY, "x"))
                .isInstanceOf(ContactRequestNotFoundException.class);

        TestLogins.staff("it-coord-a", "Aino Testaaja", Roles.COORDINATOR);
        assertThat(requests.request(sent.requestId()).exchangePartners()).as("only the consents in force")
                .containsExactly(ExchangePartner.EMPLOYMENT_SERVICES);
        TestLogins.resident(context, "220491-955P", "Saara", "Lomake");
        assertThat(persons.whoHasSeenMyData(org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
                .as("the coordinator's read is in who has seen my data")
                .anySatisfy(a -> assertThat(a.objectType()).isEqualTo(ContactRequestService.OBJECT));
        for (String role : List.of(Roles.PROFESSIONAL, Roles.SERVICE_EDITOR, Roles.MANAGER)) {
            TestLogins.staff("it-" + role, "Ei Tiimiä", role);
            assertThatThrownBy(() -> requests.request(sent.requestId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.count(WorklistFilter.ALL_OPEN)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void two_coordinators_taking_one_request_at_once_one_wins_and_the_other_is_told_who() throws Exception {
        long id = send("240693-9576", "Kalle", "Velat").requestId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AssignResult>> results = new ArrayList<>();
        for (String who : List.of("it-coord-a", "it-coord-b")) {
            results.add(pool.submit(() -> {
                TestLogins.staff(who, who.equals("it-coord-a") ? "Aino Testaaja" : "Bertta Testaaja", Roles.COORDINATOR);
                start.await();
                try {
                    return requests.take(id);
                } finally {
                    TestLogins.anonymous();
                }
            }));
        }
        start.countDown();
        List<AssignResult> done = new ArrayList<>();
        for (Future<AssignResult> f : results) {
            done.add(f.get());
        }
        pool.shutdown();
        assertThat(done).filteredOn(AssignResult::assigned).hasSize(1);
        AssignResult winner = done.stream().filter(AssignResult::assigned).findFirst().orElseThrow();
        AssignResult loser = done.stream().filter(r -> !r.assigned()).findFirst().orElseThrow();
        assertThat(loser.assigneeName()).isEqualTo(winner.assigneeName());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_request_step WHERE request_id = ? AND step = 'ASSIGNED'",
                Integer.class, id)).isEqualTo(1);

        // giving it on with a stale version is refused and says who has it now
        TestLogins.staff("it-coord-a", "Aino Testaaja", Roles.COORDINATOR);
        ContactRequestDetails read = requests.request(id);
        assertThat(requests.assign(id, read.version(), "it-coord-b").assigned()).isTrue();
        AssignResult stale = requests.assign(id, read.version(), "it-coord-a");
        assertThat(stale.assigned()).isFalse();
        assertThat(stale.assigneeName()).isEqualTo("Bertta Testaaja");
    }

    @Test
    void every_step_is_recorded_and_the_worklist_shows_the_teams_turn_first() {
        long phoned = send("250794-958X", "Pekka", "Terveys").requestId();
        long answered = send("260895-959N", "Liisa", "Raha").requestId();
        TestLogins.staff("it-coord-a", "Aino Testaaja", Roles.COORDINATOR);
        requests.take(phoned);
        requests.recordPhoneContact(phoned, "Sovittiin tapaaminen");
        requests.teamWrote(answered, RequestStep.ASKED_MORE);
        assertThat(requests.request(answered).status()).isEqualTo(ContactStatus.WAITING_FOR_RESIDENT);
        long personId = requests.request(answered).personId();
        SystemActor.run(() -> requests.residentAnswered(personId));
        ContactRequestDetails back = requests.request(answered);
        assertThat(back.status()).isEqualTo(ContactStatus.WAITING_FOR_TEAM);
        assertThat(back.history()).extracting(ContactRequestDetails.History::step).containsExactly(RequestStep.SENT,
                RequestStep.ASKED_MORE, RequestStep.RESIDENT_ANSWERED);

        List<ContactRequestItem> mine = requests.worklist(new WorklistFilter(null, false, true, null), 0, 50);
        assertThat(mine).extracting(ContactRequestItem::id).containsExactly(phoned);
        List<ContactRequestItem> all = requests.worklist(WorklistFilter.ALL_OPEN, 0, 10_000);
        assertThat(all.indexOf(all.stream().filter(i -> i.id() == answered).findFirst().orElseThrow()))
                .as("the team's turn before the ones in contact")
                .isLessThan(all.indexOf(all.stream().filter(i -> i.id() == phoned).findFirst().orElseThrow()));
        assertThat(requests.count(new WorklistFilter(ContactStatus.IN_CONTACT, false, false, null))).isPositive();

        requests.accept(phoned, "");
        requests.close(answered, CloseReason.NOT_NEEDED, "Pärjää nyt");
        assertThatThrownBy(() -> requests.recordPhoneContact(answered, "")).isInstanceOf(RequestClosedException.class);
        assertThat(requests.request(phoned).history()).extracting(ContactRequestDetails.History::step)
                .containsExactly(RequestStep.SENT, RequestStep.ASSIGNED, RequestStep.PHONE_CONTACT, RequestStep.ACCEPTED);
        assertThat(events.stream(ContactRequestAccepted.class)).extracting(ContactRequestAccepted::requestId)
                .containsExactly(phoned);
        assertThat(events.stream(ContactRequestStepTaken.class).filter(e -> e.requestId() == answered))
                .extracting(ContactRequestStepTaken::step).containsExactly(RequestStep.SENT, RequestStep.ASKED_MORE,
                        RequestStep.RESIDENT_ANSWERED, RequestStep.CLOSED);
        assertThat(requests.worklist(WorklistFilter.ALL_OPEN, 0, 10_000)).extracting(ContactRequestItem::id)
                .doesNotContain(phoned, answered);
    }

    @Test
    void a_filter_in_the_address_keeps_only_our_values() {
        assertThat(WorklistFilter.fromQuery(Map.of("status", List.of("<script>"), "source", List.of("KELA"),
                "mine", List.of("yes"), "overdue", List.of("' OR 1=1")))).isEqualTo(
                        new WorklistFilter(null, false, true, ContactSource.KELA));
        WorklistFilter f = new WorklistFilter(ContactStatus.NEW, true, false, ContactSource.NGO);
        assertThat(WorklistFilter.fromQuery(f.toQuery().entrySet().stream().collect(java.util.stream.Collectors
                .toMap(Map.Entry::getKey, e -> List.of(e.getValue()))))).isEqualTo(f);
    }
}
