package fi.tyollisyystalo.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

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
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.casework.CaseNetwork;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ContactRole;
import fi.tyollisyystalo.casework.NetworkCategory;
import fi.tyollisyystalo.casework.NetworkDraft;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * The partner professionals' survey on the real database: a manager opens a round for their team (one open at a
 * time); the partner named in a network of that team's clients sees it and answers once, another team's partner
 * sees nothing; a wrong answer stores nothing; who answered is kept apart from the answers (nothing in common, the
 * day only); the event carries the numbers and never the words; the manager sees how many answered, not who.
 */
@IntegrationTest
@RecordApplicationEvents
class StakeholderSurveysIT {

    @Autowired ApplicationContext context;
    @Autowired Cases cases;
    @Autowired CaseNetwork network;
    @Autowired StakeholderSurveys surveys;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    private String suffix;

    @BeforeEach
    void setUp() {
        TestLogins.useStrategyOf(context);
        suffix = Long.toString(System.nanoTime());
        TestLogins.staffInDirectory(context, "kela-" + suffix, "Kaija Kela", null, Roles.PROFESSIONAL);
        TestLogins.staffInDirectory(context, "te-" + suffix, "Teemu Työllisyys", null, Roles.PROFESSIONAL);
        TestLogins.staffInDirectory(context, "coord-" + suffix, "Kaisa Koordinaattori", "team-" + suffix,
                Roles.COORDINATOR);
        TestLogins.staffInDirectory(context, "other-" + suffix, "Olli Muu", "other-" + suffix, Roles.COORDINATOR);
        TestLogins.staffInDirectory(context, "manager-" + suffix, "Marja Esihenkilö", "team-" + suffix,
                Roles.MANAGER);
        TestLogins.staffInDirectory(context, "nomanager-" + suffix, "Niilo Tiimitön", null, Roles.MANAGER);
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        TestLogins.anonymous();
    }

    private void as(String who, String role) {
        TestLogins.staff(who + "-" + suffix, who, role);
    }

    @Test
    void the_partners_of_the_teams_networks_answer_a_round_once_and_anonymously() {
        TestClock.set(Instant.parse("2027-03-01T08:00:00Z"));
        // a client of the team with Kela in the network; TE services are in another team's client's network
        long person = TestLogins.resident(context, Hetu.of(LocalDate.of(1980, 1, 1).plusDays(System.nanoTime()
                % 7_000), 901).value(), "Verkko", "Asiakas");
        long otherPerson = TestLogins.resident(context, Hetu.of(LocalDate.of(1981, 1, 1).plusDays(System.nanoTime()
                % 7_000), 902).value(), "Toinen", "Asiakas");
        as("coord", Roles.COORDINATOR);
        long caseId = cases.open(person);
        network.add(caseId, new NetworkDraft(NetworkCategory.KELA, "Kela", ContactRole.RESPONSIBLE_WORKER,
                "Kaija Kela", "", "kela-" + suffix));
        as("other", Roles.COORDINATOR);
        long otherCase = cases.open(otherPerson);
        network.add(otherCase, new NetworkDraft(NetworkCategory.EMPLOYMENT_SERVICES, "Työllisyyspalvelut",
                ContactRole.CONTACT, "Teemu", "", "te-" + suffix));

        // no round yet: nothing for the partner
        as("kela", Roles.PROFESSIONAL);
        assertThat(surveys.openForMe()).isEmpty();

        // the manager opens one for the team; opening again while it is open gives the same
        as("manager", Roles.MANAGER);
        assertThat(surveys.myTeam()).contains("team-" + suffix);
        long round = surveys.openRound().orElseThrow();
        assertThat(surveys.openRound()).contains(round);
        assertThat(surveys.myTeamRounds()).singleElement().satisfies(r -> {
            assertThat(r.openedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(r.closesOn()).isEqualTo(LocalDate.of(2027, 3, 28));
            assertThat(r.answers()).isZero();
        });
        // a manager without a team opens nothing; other roles may not
        as("nomanager", Roles.MANAGER);
        assertThat(surveys.openRound()).isEmpty();
        as("coord", Roles.COORDINATOR);
        assertThatThrownBy(() -> surveys.openRound()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.openForMe()).isInstanceOf(AccessDeniedException.class);

        // another team's partner sees nothing and reaches nothing
        as("te", Roles.PROFESSIONAL);
        assertThat(surveys.openForMe()).isEmpty();
        assertThatThrownBy(() -> surveys.form(round)).isInstanceOf(StakeholderRoundNotFoundException.class);
        assertThatThrownBy(() -> surveys.answer(round, valid())).isInstanceOf(StakeholderRoundNotFoundException.class);

        // the team's partner: a wrong answer stores nothing and says where
        as("kela", Roles.PROFESSIONAL);
        assertThat(surveys.openForMe()).extracting(StakeholderRound::id).containsExactly(round);
        assertThat(surveys.form(round).id()).isEqualTo(FollowUpForms.STAKEHOLDER);
        Map<String, String> wrong = valid();
        wrong.put("sh_effective", "6");
        wrong.remove("sh_cooperation");
        assertThat(surveys.answer(round, wrong).errors()).extracting(e -> e.questionId())
                .containsExactly("sh_effective", "sh_cooperation");
        assertThat(responses(round)).isZero();

        // answered once; the round is no longer open to them and a second answer changes nothing
        TestClock.set(Instant.parse("2027-03-02T13:37:00Z"));
        assertThat(surveys.answer(round, valid()).status()).isEqualTo(AnswerResult.Status.SAVED);
        assertThat(surveys.openForMe()).isEmpty();
        assertThat(surveys.answer(round, valid()).status()).isEqualTo(AnswerResult.Status.ALREADY_ANSWERED);
        assertThat(responses(round)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT answer FROM stakeholder_response WHERE round_id = ? ORDER BY question_id",
                String.class, round)).containsExactly("3", "4", "5", "Hyvä yhteistyö, <b>kiitos</b>!");

        // who answered is apart from the answers: the day only, nothing in common
        assertThat(jdbc.queryForList("SELECT answered_on FROM stakeholder_respondent WHERE round_id = ?",
                LocalDate.class, round)).containsExactly(LocalDate.of(2027, 3, 2));
        assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_NAME = 'stakeholder_response'", String.class))
                .containsExactlyInAnyOrder("response_id", "round_id", "question_id", "answer");
        assertThat(jdbc.queryForObject("SELECT response_id FROM stakeholder_response WHERE round_id = ? LIMIT 1",
                String.class, round)).doesNotContain("kela").hasSize(36);

        // the event: the round, the team and the numbers, never the words, at the day's start
        assertThat(events.stream(StakeholderSurveyAnswered.class).filter(e -> e.roundId() == round)).singleElement()
                .satisfies(e -> {
                    assertThat(e.teamCode()).isEqualTo("team-" + suffix);
                    assertThat(e.formId()).isEqualTo(FollowUpForms.STAKEHOLDER);
                    assertThat(e.choices()).containsOnly(Map.entry("sh_recommend", "5"),
                            Map.entry("sh_effective", "4"), Map.entry("sh_cooperation", "3"));
                    assertThat(e.answeredAt()).isEqualTo(Instant.parse("2027-03-01T22:00:00Z"));
                });

        // the manager sees how many answered
        as("manager", Roles.MANAGER);
        assertThat(surveys.myTeamRounds()).singleElement().satisfies(r -> assertThat(r.answers()).isEqualTo(1));

        // after the round closes, nobody answers it and the manager can open the next
        TestClock.set(Instant.parse("2027-03-29T08:00:00Z"));
        assertThat(surveys.openRound()).isPresent().get().isNotEqualTo(round);
        as("kela", Roles.PROFESSIONAL);
        assertThat(surveys.openForMe()).extracting(StakeholderRound::id).doesNotContain(round);
        assertThatThrownBy(() -> surveys.form(round)).isInstanceOf(StakeholderRoundNotFoundException.class);
    }

    private int responses(long round) {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT response_id) FROM stakeholder_response WHERE round_id = ?",
                Integer.class, round);
    }

    private static Map<String, String> valid() {
        Map<String, String> a = new HashMap<>();
        a.put("sh_recommend", "5");
        a.put("sh_effective", "4");
        a.put("sh_cooperation", "3");
        a.put("sh_text", "Hyvä yhteistyö, <b>kiitos</b>!");
        return a;
    }
}
