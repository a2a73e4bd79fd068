package fi.tyollisyystalo.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;

/** Professionals refer and consult; the team sees who made contact after a referral; no code is stored. */
@IntegrationTest
class ProfessionalRequestsIT {

    private static final String REFERRED = "270996-960D";

    @Autowired ApplicationContext context;
    @Autowired ProfessionalRequests professional;
    @Autowired ContactForms forms;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void sameSecurityContextAsTheApplication() {
        TestLogins.useStrategyOf(context);
    }

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    @Test
    void a_code_in_a_consultation_is_refused_and_a_referral_keeps_only_a_pseudonym() {
        assertThat(Hetu.appearsIn("Asiakas 010101-123N tarvitsee apua")).isTrue();
        assertThat(Hetu.appearsIn("puhelin 040 1234567, asiakasnro 123456-7890")).as("no valid check").isFalse();
        assertThat(Hetu.appearsIn("lower case 010101a123n")).isTrue();

        TestLogins.staff("it-pro", "Pirjo Partneri", Roles.PROFESSIONAL);
        assertThatThrownBy(() -> professional.consult("Kela", "Mitä tehdä? 010101-123N", null, false))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("professional.error.hetuInText"));
        assertThatThrownBy(() -> professional.consult("Kela", "Kysymys", null, true))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class,
                        p -> assertThat(p.field()).isEqualTo("byPhone"));
        assertThatThrownBy(() -> professional.refer("010101-1234", "Kela", "Uupunut"))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("professional.error.hetu"));
        assertThatThrownBy(() -> professional.refer(REFERRED, " ", "Uupunut"))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class,
                        p -> assertThat(p.field()).isEqualTo("organisation"));
        long consultation = professional.consult("Kela", "Miten ohjaan nuoren, jolla on uupumusta?", null, false);
        long referral = professional.refer(REFERRED, "TE-palvelut", "Työkyky heikentynyt");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM professional_request WHERE body LIKE ? OR person_key = ?",
                Integer.class, "%" + REFERRED + "%", REFERRED)).as("the code is not stored").isZero();
        assertThatThrownBy(() -> professional.list(ProfessionalRequestKind.REFERRAL))
                .as("a partner's professional does not read the team's list").isInstanceOf(AccessDeniedException.class);

        TestLogins.staff("it-editor", "Eero Editori", Roles.SERVICE_EDITOR);
        assertThatThrownBy(() -> professional.refer(REFERRED, "X", "Y")).isInstanceOf(AccessDeniedException.class);

        TestLogins.staff("it-coord", "Kaija Koordinaattori", Roles.COORDINATOR);
        assertThat(professional.list(ProfessionalRequestKind.REFERRAL)).filteredOn(i -> i.id() == referral)
                .singleElement().satisfies(i -> assertThat(i.contactMade()).isFalse());
        long phoned = professional.consult("Kela", "Puhelimessa kysyttiin ryhmistä", null, true);
        professional.answer(consultation, "Ohjaa hänet terveystarkastukseen.");
        assertThat(professional.list(ProfessionalRequestKind.CONSULTATION)).filteredOn(i -> i.id() == consultation)
                .singleElement().satisfies(i -> assertThat(i.answer()).isEqualTo("Ohjaa hänet terveystarkastukseen."));
        assertThat(professional.list(ProfessionalRequestKind.CONSULTATION)).filteredOn(i -> i.id() == phoned)
                .singleElement().satisfies(i -> assertThat(i.byPhone()).isTrue());
        assertThat(professional.countsByOrganisation().get("Kela")).containsEntry(ProfessionalRequestKind.CONSULTATION, 2L);

        // the referred resident contacts the team themself: the referral says so
        TestLogins.resident(context, REFERRED, "Rauni", "Ohjattu");
        ContactDraft draft = forms.startOrResume();
        forms.saveAnswer(draft.id(), ContactQuestion.WORRY, "Ohjattiin tänne");
        forms.saveAnswer(draft.id(), ContactQuestion.CHANNEL, "MESSAGE");
        forms.saveAnswer(draft.id(), ContactQuestion.SOURCE, "EMPLOYMENT_SERVICES");
        forms.submit(draft.id());
        TestLogins.staff("it-coord", "Kaija Koordinaattori", Roles.COORDINATOR);
        assertThat(professional.list(ProfessionalRequestKind.REFERRAL)).filteredOn(i -> i.id() == referral)
                .singleElement().satisfies(i -> assertThat(i.contactMade()).isTrue());
    }
}
