package fi.tyollisyystalo.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * Professionals refer and consult; the team sees who made contact after a referral; no code is stored. Each
 * names the kind of organisation it came from (required, stored, listed, counted) and publishes
 * {@link ProfessionalRequestMade} with whom it names and the recording team member's team.
 */
@IntegrationTest
@RecordApplicationEvents
class ProfessionalRequestsIT {

    private static final String REFERRED = "270996-960D";

    @Autowired ApplicationContext context;
    @Autowired ProfessionalRequests professional;
    @Autowired ContactForms forms;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

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
        assertThatThrownBy(() -> professional.consult(SourceOrganisation.KELA, "Kela", "Mitä tehdä? 010101-123N",
                null, false))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("professional.error.hetuInText"));
        assertThatThrownBy(() -> professional.consult(SourceOrganisation.KELA, "Kela", "Kysymys", null, true))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class,
                        p -> assertThat(p.field()).isEqualTo("byPhone"));
        assertThatThrownBy(() -> professional.refer("010101-1234", SourceOrganisation.KELA, "Kela", "Uupunut"))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("professional.error.hetu"));
        assertThatThrownBy(() -> professional.refer(REFERRED, SourceOrganisation.KELA, " ", "Uupunut"))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class,
                        p -> assertThat(p.field()).isEqualTo("organisation"));
        long consultation = professional.consult(SourceOrganisation.KELA, "Kela",
                "Miten ohjaan nuoren, jolla on uupumusta?", null, false);
        long referral = professional.refer(REFERRED, SourceOrganisation.EMPLOYMENT_SERVICES, "TE-palvelut",
                "Työkyky heikentynyt");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM professional_request WHERE body LIKE ? OR person_key = ?",
                Integer.class, "%" + REFERRED + "%", REFERRED)).as("the code is not stored").isZero();
        assertThatThrownBy(() -> professional.list(ProfessionalRequestKind.REFERRAL))
                .as("a partner's professional does not read the team's list").isInstanceOf(AccessDeniedException.class);

        TestLogins.staff("it-editor", "Eero Editori", Roles.SERVICE_EDITOR);
        assertThatThrownBy(() -> professional.refer(REFERRED, SourceOrganisation.OTHER, "X", "Y")).isInstanceOf(AccessDeniedException.class);

        TestLogins.staff("it-coord", "Kaija Koordinaattori", Roles.COORDINATOR);
        assertThat(professional.list(ProfessionalRequestKind.REFERRAL)).filteredOn(i -> i.id() == referral)
                .singleElement().satisfies(i -> assertThat(i.contactMade()).isFalse());
        long kelaBefore = professional.countsByOrganisation().getOrDefault(SourceOrganisation.KELA, java.util.Map.of())
                .getOrDefault(ProfessionalRequestKind.CONSULTATION, 0L);
        long phoned = professional.consult(SourceOrganisation.KELA, "Kela", "Puhelimessa kysyttiin ryhmistä", null,
                true);
        professional.answer(consultation, "Ohjaa hänet terveystarkastukseen.");
        assertThat(professional.list(ProfessionalRequestKind.CONSULTATION)).filteredOn(i -> i.id() == consultation)
                .singleElement().satisfies(i -> assertThat(i.answer()).isEqualTo("Ohjaa hänet terveystarkastukseen."));
        assertThat(professional.list(ProfessionalRequestKind.CONSULTATION)).filteredOn(i -> i.id() == phoned)
                .singleElement().satisfies(i -> assertThat(i.byPhone()).isTrue());
        assertThat(professional.countsByOrganisation().get(SourceOrganisation.KELA))
                .containsEntry(ProfessionalRequestKind.CONSULTATION, kelaBefore + 1);

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

    @Test
    void the_kind_of_organisation_is_required_stored_listed_and_published_with_whom_and_which_team() {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(System.nanoTime() % 10_000);
        String named = Hetu.of(born, 931).value();
        String consenting = Hetu.of(born, 933).value();
        String neverSignedIn = Hetu.of(born, 935).value();
        long namedId = TestLogins.resident(context, named, "Noora", "Nimetty");
        long consentingId = TestLogins.resident(context, consenting, "Kalle", "Luvallinen");
        TestLogins.staffInDirectory(context, "it-pro-src", "Paula Partneri", "kumppani", Roles.PROFESSIONAL);
        TestLogins.staffInDirectory(context, "it-coord-src", "Kalle Koordinaattori", "tiimi-etela", Roles.COORDINATOR);

        // a professional must say what kind of organisation they are from; the name stays free text
        TestLogins.staff("it-pro-src", "Paula Partneri", Roles.PROFESSIONAL);
        assertThatThrownBy(() -> professional.refer(named, null, "Sosiaalitoimi", "Uupunut"))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("source");
                    assertThat(p.messageKey()).isEqualTo("professional.error.required.source");
                });
        assertThatThrownBy(() -> professional.consult(null, "Sosiaalitoimi", "Kysymys", null, false))
                .isInstanceOfSatisfying(ProfessionalRequestProblem.class, p -> assertThat(p.field()).isEqualTo("source"));
        assertThat(events.stream(ProfessionalRequestMade.class)).as("nothing refused is published").isEmpty();

        long referral = professional.refer(named, SourceOrganisation.SOCIAL_SERVICES, "Sosiaalitoimi", "Uupunut");
        long anonymous = professional.consult(SourceOrganisation.NGO, "Mielenterveysyhdistys", "Mihin ohjaan?", null,
                false);
        long unknown = professional.consult(SourceOrganisation.HEALTH_CARE, "Työterveys", "Luvalla kysyn", neverSignedIn,
                false);
        // a team member records a consultation that came by phone, with the client's consent
        TestLogins.staff("it-coord-src", "Kalle Koordinaattori", Roles.COORDINATOR);
        long phoned = professional.consult(SourceOrganisation.EMPLOYMENT_SERVICES, "Työllisyyspalvelut", "Soitti",
                consenting, true);

        assertThat(jdbc.queryForObject("SELECT source_organisation FROM professional_request WHERE id = ?",
                String.class, referral)).isEqualTo("SOCIAL_SERVICES");
        assertThat(events.stream(ProfessionalRequestMade.class)).extracting(ProfessionalRequestMade::requestId,
                ProfessionalRequestMade::kind, ProfessionalRequestMade::source, ProfessionalRequestMade::byPhone,
                ProfessionalRequestMade::personId, ProfessionalRequestMade::teamCode).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(referral, ProfessionalRequestKind.REFERRAL,
                                SourceOrganisation.SOCIAL_SERVICES, false, namedId, null),
                        org.assertj.core.groups.Tuple.tuple(anonymous, ProfessionalRequestKind.CONSULTATION,
                                SourceOrganisation.NGO, false, null, null),
                        org.assertj.core.groups.Tuple.tuple(unknown, ProfessionalRequestKind.CONSULTATION,
                                SourceOrganisation.HEALTH_CARE, false, null, null),
                        org.assertj.core.groups.Tuple.tuple(phoned, ProfessionalRequestKind.CONSULTATION,
                                SourceOrganisation.EMPLOYMENT_SERVICES, true, consentingId, "tiimi-etela"));
        assertThat(professional.list(ProfessionalRequestKind.REFERRAL)).filteredOn(i -> i.id() == referral)
                .singleElement().satisfies(i -> {
                    assertThat(i.source()).isEqualTo(SourceOrganisation.SOCIAL_SERVICES);
                    assertThat(i.organisation()).isEqualTo("Sosiaalitoimi");
                });
        assertThat(professional.countsByOrganisation().get(SourceOrganisation.NGO))
                .containsKey(ProfessionalRequestKind.CONSULTATION);
    }
}
