package fi.tyollisyystalo.healthcheck;

import fi.tyollisyystalo.questionnaire.AnswerError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.servicemap.Domain;

/** The health check services on the real database: autosave, resume, submit, consent, audit, and who may see what. */
@IntegrationTest
class HealthCheckServiceIT {

    @Autowired ApplicationContext context;
    @Autowired ResidentHealthChecks service;
    @Autowired HealthCheckSharing sharing;
    @Autowired HealthCheckRecommendations recommender;
    @Autowired PersonService persons;
    @Autowired JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void sameSecurityContextAsTheApplication() {
        TestLogins.useStrategyOf(context);
    }

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    private void answerAll(long id, Map<String, String> answers) {
        answers.forEach((q, v) -> service.saveAnswer(id, q, v));
    }

    @Test
    void answers_are_saved_as_typed_and_the_check_resumes_where_it_was_left() {
        TestLogins.resident(context, "120580-931E", "Raili", "Rauhala");
        DraftCheck draft = service.startOrResume();
        assertThat(service.saveAnswer(draft.id(), "municipality", "405")).isEmpty();
        assertThat(service.continueFrom(draft.id(), "background")).extracting(AnswerError::questionId)
                .containsExactly("sex");
        service.saveAnswer(draft.id(), "sex", "FEMALE");
        assertThat(service.continueFrom(draft.id(), "background")).isEmpty();
        assertThat(service.saveAnswer(draft.id(), "height", "300")).get()
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("hc.error.range"));
        String longText = "sana ".repeat(2_000);
        assertThat(service.saveAnswer(draft.id(), "wishes_text", longText)).get()
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("hc.error.text.long"));

        // another device, later: the same draft, at the page last answered, with every answer as typed
        DraftCheck resumed = service.startOrResume();
        assertThat(resumed.id()).isEqualTo(draft.id());
        assertThat(resumed.currentSection()).isEqualTo("wishes");
        assertThat(resumed.answers()).containsEntry("height", "300").containsEntry("wishes_text", longText)
                .containsEntry("municipality", "405");
        assertThatThrownBy(() -> service.submit(draft.id())).isInstanceOf(AnswersIncompleteException.class)
                .satisfies(e -> assertThat(((AnswersIncompleteException) e).errors())
                        .extracting(AnswerError::questionId).contains("height", "wishes_text", "was"));
        assertThat(service.myDraft(draft.id()).answers()).containsEntry("height", "300");
    }

    @Test
    void submitting_scores_by_the_answers_and_my_page_shows_the_change_since_the_previous_check() {
        long me = TestLogins.resident(context, "030392-942F", "Oskari", "Oksanen");
        Map<String, String> answers = SampleAnswers.withFindings();
        DraftCheck first = service.startOrResume();
        answerAll(first.id(), answers);
        SubmittedCheck submitted = service.submit(first.id());
        assertThat(submitted.result().workAbility()).isEqualTo(5);
        assertThat(submitted.result().offerCoordinator()).isTrue();
        assertThat(submitted.result().instruments()).extracting(InstrumentScore::instrument)
                .contains("AUDIT_C", "FINDRISC", "BMI");
        assertThat(jdbc.queryForObject("select age_at_submission from health_check where id = ?", Integer.class,
                first.id())).isEqualTo(34);

        DraftCheck second = service.startOrResume();
        assertThat(second.id()).isNotEqualTo(first.id());
        answers.put("was", "7");
        answers.put("domain_MIND", "6");
        answerAll(second.id(), answers);
        service.submit(second.id());

        var checks = service.myChecks();
        assertThat(checks).hasSize(2);
        assertThat(checks.getFirst().workAbility()).isEqualTo(7);
        assertThat(checks.getFirst().workAbilityChange()).isEqualTo(2);
        assertThat(checks.getLast().workAbilityChange()).isNull();
        assertThat(service.myResult(first.id()).result().workAbility()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_person_id = ?"
                + " and object_type = 'HEALTH_CHECK'", Integer.class, me)).isGreaterThan(answers.size());
    }

    @Test
    void resident_cannot_open_another_residents_health_check() {
        TestLogins.resident(context, "171275-953R", "Veera", "Vastaaja");
        DraftCheck victims = service.startOrResume();
        answerAll(victims.id(), SampleAnswers.healthy());
        assertThat(service.startOrResume().id()).as("the same draft is resumed").isEqualTo(victims.id());
        long resultId = service.submit(victims.id()).id();
        DraftCheck victimsDraft = service.startOrResume();

        TestLogins.resident(context, "250899-9647", "Kalle", "Kurkistaja");
        assertThatThrownBy(() -> service.myResult(resultId)).isInstanceOf(HealthCheckNotFoundException.class);
        assertThatThrownBy(() -> service.myDraft(victimsDraft.id())).isInstanceOf(HealthCheckNotFoundException.class);
        assertThatThrownBy(() -> service.saveAnswer(victimsDraft.id(), "was", "0"))
                .isInstanceOf(HealthCheckNotFoundException.class);
        assertThatThrownBy(() -> service.submit(victimsDraft.id())).isInstanceOf(HealthCheckNotFoundException.class);
        assertThat(service.myChecks()).isEmpty();

        TestLogins.staff("editor-1", "Eetu Editori", "SERVICE_EDITOR");
        assertThatThrownBy(() -> sharing.sharedChecks()).isInstanceOf(AccessDeniedException.class);
        TestLogins.anonymous();
        assertThatThrownBy(() -> service.myChecks()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void staff_open_a_result_only_while_the_consent_is_in_force_and_the_resident_sees_each_opening() {
        long me = TestLogins.resident(context, "080866-9753", "Sirpa", "Suostuja");
        DraftCheck draft = service.startOrResume();
        answerAll(draft.id(), SampleAnswers.withFindings());
        long id = service.submit(draft.id()).id();

        TestLogins.staff("coordinator-1", "Kaisa Koordinaattori", "COORDINATOR");
        assertThat(sharing.sharedChecks()).extracting(SharedCheck::id).doesNotContain(id);
        assertThatThrownBy(() -> sharing.sharedResult(id)).isInstanceOf(HealthCheckNotFoundException.class);

        TestLogins.resident(context, "080866-9753", "Sirpa", "Suostuja");
        ShareConsent consent = sharing.shareWithTeam(id);
        assertThat(consent.active()).isTrue();
        assertThat(consent.version()).isEqualTo(HealthCheckSharing.SHARE_CONSENT_VERSION);

        TestLogins.staff("coordinator-1", "Kaisa Koordinaattori", "COORDINATOR");
        assertThat(sharing.sharedChecks()).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> {
                    assertThat(c.clientName()).isEqualTo("Sirpa Suostuja");
                    assertThat(c.contactWished()).isTrue();
                });
        SubmittedCheck opened = sharing.sharedResult(id);
        assertThat(opened.answers()).containsEntry("wishes", "WORK,MONEY");

        TestLogins.resident(context, "080866-9753", "Sirpa", "Suostuja");
        assertThat(persons.whoHasSeenMyData(PageRequest.of(0, 20)).getContent())
                .anySatisfy(a -> {
                    assertThat(a.staffName()).isEqualTo("Kaisa Koordinaattori");
                    assertThat(a.objectType()).isEqualTo(ResidentHealthChecks.OBJECT);
                    assertThat(a.action()).isEqualTo("READ");
                    assertThat(a.purpose()).isEqualTo(Purpose.SHARED_HEALTH_CHECK.name());
                });
        sharing.stopSharing(id);
        assertThat(sharing.myShareConsent(id).active()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from consent where person_id = ?"
                + " and kind = 'HEALTH_CHECK_SHARE' and withdrawn_at is not null", Integer.class, me)).isEqualTo(1);

        TestLogins.staff("coordinator-1", "Kaisa Koordinaattori", "COORDINATOR");
        assertThatThrownBy(() -> sharing.sharedResult(id)).isInstanceOf(HealthCheckNotFoundException.class);
        assertThat(sharing.sharedChecks()).extracting(SharedCheck::id).doesNotContain(id);
        // the refused attempt is on record, with the same not-found the staff member saw
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'HEALTH_CHECK'"
                + " and object_id = ? and action = 'DENIED' and actor_id = 'coordinator-1' and subject_person_id = ?",
                Integer.class, String.valueOf(id), me)).isPositive();
    }

    @Test
    void sharing_one_result_shares_that_result_only_and_staff_get_not_found_for_the_others() {
        long me = TestLogins.resident(context, "101170-9800", "Olli", "Osittain");
        DraftCheck older = service.startOrResume();
        answerAll(older.id(), SampleAnswers.withFindings());
        long olderId = service.submit(older.id()).id();
        DraftCheck newer = service.startOrResume();
        answerAll(newer.id(), SampleAnswers.healthy());
        long newerId = service.submit(newer.id()).id();

        sharing.shareWithTeam(newerId);
        assertThat(sharing.myShareConsent(newerId).active()).isTrue();
        assertThat(sharing.myShareConsent(olderId).active()).as("the older result with the alcohol flag").isFalse();
        assertThat(service.myChecks()).filteredOn(CheckSummary::shared).extracting(CheckSummary::id)
                .containsExactly(newerId);
        assertThat(jdbc.queryForObject("select subject_id from consent where person_id = ?"
                + " and kind = 'HEALTH_CHECK_SHARE'", Long.class, me)).isEqualTo(newerId);

        TestLogins.staff("coordinator-1", "Kaisa Koordinaattori", "COORDINATOR");
        assertThat(sharing.sharedChecks()).extracting(SharedCheck::id).contains(newerId).doesNotContain(olderId);
        assertThat(sharing.sharedResult(newerId).id()).isEqualTo(newerId);
        assertThatThrownBy(() -> sharing.sharedResult(olderId)).isInstanceOf(HealthCheckNotFoundException.class)
                .hasMessage(new HealthCheckNotFoundException(olderId).getMessage());
        long missing = olderId + 1_000_000;
        assertThatThrownBy(() -> sharing.sharedResult(missing)).isInstanceOf(HealthCheckNotFoundException.class);

        // a resident can't share or read the consent of someone else's result
        TestLogins.resident(context, "250899-9647", "Kalle", "Kurkistaja");
        assertThatThrownBy(() -> sharing.shareWithTeam(olderId)).isInstanceOf(HealthCheckNotFoundException.class);
        assertThatThrownBy(() -> sharing.myShareConsent(newerId)).isInstanceOf(HealthCheckNotFoundException.class);

        TestLogins.resident(context, "101170-9800", "Olli", "Osittain");
        sharing.shareWithTeam(olderId);
        sharing.stopSharing(newerId);
        TestLogins.staff("coordinator-1", "Kaisa Koordinaattori", "COORDINATOR");
        assertThat(sharing.sharedChecks()).extracting(SharedCheck::id).contains(olderId).doesNotContain(newerId);
        assertThatThrownBy(() -> sharing.sharedResult(newerId)).isInstanceOf(HealthCheckNotFoundException.class);
    }

    private static final java.util.regex.Pattern SMOKING = java.util.regex.Pattern.compile("tupak|nikotiin");
    private static final java.util.regex.Pattern MENTAL = java.util.regex.Pattern.compile("mielenterv|psykiatr");

    private static String text(Recommendation r) {
        return (r.service().name().fi() + " " + r.service().summary().fi()).toLowerCase();
    }

    private java.util.List<Recommendation> recommendationsFor(Map<String, String> answers) {
        HealthCheckResult result = fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer.score(
                service.currentQuestionnaire(), java.util.Set.of(), answers, 40);
        var recommendations = recommender.recommendations(result, Languages.FINNISH);
        assertThat(recommendations).allSatisfy(r -> assertThat(r.flag() != null || result.domains().stream()
                .anyMatch(d -> d.domain() == r.domain() && d.ratedWeak()))
                .as("%s is for a flag or a domain the resident rated 5 or less", r.service().name().fi()).isTrue());
        return recommendations;
    }

    @Test
    void recommendations_never_contradict_the_answers() {
        TestLogins.resident(context, "120580-931E", "Raili", "Rauhala");
        // a non-smoker with a BMI of 33 who rates body and mind 8 and screens negative for mood: no smoking
        // cessation, no mental-health services, even though body is marked by the weight
        Map<String, String> heavy = SampleAnswers.healthy();
        heavy.put("weight", "95");
        heavy.put("domain_BODY", "8");
        heavy.put("domain_MIND", "8");
        var forHeavy = recommendationsFor(heavy);
        assertThat(forHeavy).isNotEmpty().noneMatch(r -> SMOKING.matcher(text(r)).find())
                .noneMatch(r -> MENTAL.matcher(text(r)).find());

        // risky drinking with mind rated 8 and PHQ-2 0: alcohol services, but no mental-health rehabilitation
        Map<String, String> drinking = SampleAnswers.healthy();
        drinking.putAll(Map.of("auditc_1", "4", "auditc_2", "3", "auditc_3", "3", "phq2_1", "0", "phq2_2", "0"));
        var forDrinking = recommendationsFor(drinking);
        assertThat(forDrinking).anyMatch(r -> r.flag() != null && r.flag().code().equals("AUDIT_C_RISK"))
                .noneMatch(r -> SMOKING.matcher(text(r)).find())
                .noneMatch(r -> MENTAL.matcher(text(r)).find() && !text(r).contains("päih"));

        // nothing to act on: nothing suggested
        assertThat(recommendationsFor(SampleAnswers.healthy())).isEmpty();

        // a daily smoker who rates mind 3 gets smoking cessation and services for the mind
        Map<String, String> smoker = SampleAnswers.healthy();
        smoker.put("smoking", "DAILY");
        smoker.put("domain_MIND", "3");
        var forSmoker = recommendationsFor(smoker);
        assertThat(forSmoker).anyMatch(r -> r.flag() != null && r.flag().code().equals("SMOKING_DAILY"))
                .anyMatch(r -> r.domain() == Domain.MIND);
    }

    @Test
    void recommendations_are_published_services_for_the_weak_domains_in_the_residents_municipality_first() {
        TestLogins.resident(context, "120580-931E", "Raili", "Rauhala");
        HealthCheckResult result = new HealthCheckResult(1, 8,
                java.util.List.of(new DomainScore(Domain.MIND, 3, true), new DomainScore(Domain.WORK, 8, false)),
                java.util.List.of(), java.util.List.of(new Flag("AUDIT_C_RISK", Severity.ATTENTION, Domain.MIND)),
                java.util.Set.of(Domain.MIND), false, "153", java.util.List.of(), java.util.List.of());
        var recommendations = recommender.recommendations(result, Languages.FINNISH);
        assertThat(recommendations).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(recommendations).allSatisfy(r -> assertThat(r.local()).isTrue());
        assertThat(recommendations.getFirst().reasonKey()).isEqualTo("hc.flag.AUDIT_C_RISK.title");
        assertThat(recommendations.getFirst().flag()).isNotNull();
        assertThat(recommendations.getFirst().service().name().fi().toLowerCase()).containsAnyOf("päihde", "alkoholi");
        assertThat(recommendations).filteredOn(r -> r.reasonKey().equals("domain.MIND"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.service().domains()).contains(Domain.MIND));
        assertThat(recommendations).extracting(r -> r.service().id()).doesNotHaveDuplicates();
        assertThat(recommendations).allSatisfy(r -> assertThat(r.ways()).as("ways into " + r.service().id())
                .isNotEmpty());
    }
}
