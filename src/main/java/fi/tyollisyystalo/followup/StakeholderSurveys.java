package fi.tyollisyystalo.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.ManagerOnly;
import fi.tyollisyystalo.base.security.NetworkPartner;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.followup.internal.FollowUpFormRegistry;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.StaffDirectory;
import fi.tyollisyystalo.identity.StaffMember;
import fi.tyollisyystalo.questionnaire.AnswerError;
import fi.tyollisyystalo.questionnaire.AnswerValidator;
import fi.tyollisyystalo.questionnaire.Questionnaire;

/**
 * The partner professionals' (stakeholder) survey. A team's manager opens a round for their team ({@code
 * stakeholder-round-days}, 28 days); the partner professionals named in that team's clients' networks see it open
 * and answer it once. Anonymous: who answered is kept apart from the answers (no id in common, only the day), the
 * manager sees how many answered, and {@link StakeholderSurveyAnswered} carries the round, the team and the
 * numbers, never who nor the free text. No personal data, so nothing to audit.
 */
@Service
public class StakeholderSurveys {

    private final JdbcTemplate jdbc;
    private final FollowUpFormRegistry forms;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final StakeholderTeams partnerTeams;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int roundDays;

    StakeholderSurveys(JdbcTemplate jdbc, FollowUpFormRegistry forms, CurrentUser currentUser, StaffDirectory staff,
            StakeholderTeams partnerTeams, ApplicationEventPublisher events, Clock clock,
            @Value("${tyollisyystalo.follow-up.stakeholder-round-days:28}") int roundDays) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.currentUser = currentUser;
        this.staff = staff;
        this.partnerTeams = partnerTeams;
        this.events = events;
        this.clock = clock;
        this.roundDays = roundDays;
    }

    // --- the manager --------------------------------------------------------------------------------------

    /** The signed-in manager's team's code, or empty when they have no team. */
    @Transactional(readOnly = true)
    @ManagerOnly
    public Optional<String> myTeam() {
        String me = currentUser.get().orElseThrow().subject();
        return staff.team(me).stream().filter(m -> m.subject().equals(me)).map(StaffMember::teamCode)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Opens a round for the signed-in manager's team, from today; while one is open, returns that one instead.
     * Empty when the manager has no team.
     */
    @Transactional
    @ManagerOnly
    public Optional<Long> openRound() {
        Optional<String> team = myTeam();
        if (team.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = HelsinkiTime.today(clock);
        // one open round per team: the team's rows are locked while we look
        List<Long> open = jdbc.queryForList("SELECT id FROM stakeholder_round WHERE team_code = ? AND closes_on >= ?"
                + " AND opened_on <= ? ORDER BY id FOR UPDATE", Long.class, team.get(), today, today);
        if (!open.isEmpty()) {
            return Optional.of(open.getFirst());
        }
        Questionnaire form = forms.current(FollowUpForms.STAKEHOLDER).orElseThrow(
                () -> new IllegalStateException("No stakeholder survey form is published"));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO stakeholder_round (team_code, form_id, form_version, opened_on,"
                    + " closes_on) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, team.get());
            ps.setString(2, form.id());
            ps.setInt(3, form.version());
            ps.setObject(4, today);
            ps.setObject(5, today.plusDays(roundDays - 1L));
            return ps;
        }, key);
        return Optional.of(key.getKey().longValue());
    }

    /** The rounds of the signed-in manager's team, newest first, each with how many have answered. */
    @Transactional(readOnly = true)
    @ManagerOnly
    public List<StakeholderRound> myTeamRounds() {
        return myTeam().map(team -> rounds("r.team_code = ?", team)).orElse(List.of());
    }

    // --- the partner professional ---------------------------------------------------------------------------

    /** The rounds open today for the signed-in partner professional that they have not answered yet. */
    @Transactional(readOnly = true)
    @NetworkPartner
    public List<StakeholderRound> openForMe() {
        Set<String> teams = partnerTeams.teamsOfSignedInPartner();
        if (teams.isEmpty()) {
            return List.of();
        }
        LocalDate today = HelsinkiTime.today(clock);
        List<Object> args = new ArrayList<>(teams);
        args.add(today);
        args.add(today);
        args.add(currentUser.get().orElseThrow().subject());
        return rounds("r.team_code IN (" + String.join(",", Collections.nCopies(teams.size(), "?")) + ") AND"
                + " r.opened_on <= ? AND r.closes_on >= ? AND NOT EXISTS (SELECT 1 FROM stakeholder_respondent s"
                + " WHERE s.round_id = r.id AND s.staff_subject = ?)", args.toArray());
    }

    /** The form of a round open for the signed-in partner professional; otherwise not found. */
    @Transactional(readOnly = true)
    @NetworkPartner
    public Questionnaire form(long roundId) {
        StakeholderRound round = openRoundForMe(roundId);
        return forms.version(FollowUpForms.STAKEHOLDER, round.formVersion()).orElseThrow();
    }

    /**
     * The partner professional answers a round once: nothing is stored while an answer is wrong (the errors say
     * which); a second answer changes nothing ({@link AnswerResult.Status#ALREADY_ANSWERED}). A round not open to
     * them is not found.
     */
    @Transactional
    @NetworkPartner
    public AnswerResult answer(long roundId, Map<String, String> given) {
        String me = currentUser.get().orElseThrow().subject();
        Integer answered = jdbc.queryForObject("SELECT COUNT(*) FROM stakeholder_respondent WHERE round_id = ? AND"
                + " staff_subject = ?", Integer.class, roundId, me);
        if (answered != null && answered > 0) {
            return new AnswerResult(AnswerResult.Status.ALREADY_ANSWERED, List.of());
        }
        StakeholderRound round = openRoundForMe(roundId);
        Questionnaire form = forms.version(FollowUpForms.STAKEHOLDER, round.formVersion()).orElseThrow();
        List<AnswerError> errors = AnswerValidator.validateAll(form, Set.of(), given);
        if (!errors.isEmpty()) {
            return new AnswerResult(AnswerResult.Status.INVALID, errors);
        }
        LocalDate today = HelsinkiTime.today(clock);
        try {
            jdbc.update("INSERT INTO stakeholder_respondent (round_id, staff_subject, answered_on) VALUES (?, ?, ?)",
                    roundId, me, today);
        } catch (DuplicateKeyException raced) {
            return new AnswerResult(AnswerResult.Status.ALREADY_ANSWERED, List.of());
        }
        String response = UUID.randomUUID().toString();
        GivenAnswers answers = GivenAnswers.of(form, Set.of(), given);
        Map<String, String> stored = answers.stored();
        Map<String, String> choices = answers.choices();
        jdbc.batchUpdate("INSERT INTO stakeholder_response (response_id, round_id, question_id, answer)"
                + " VALUES (?, ?, ?, ?)", stored.entrySet().stream()
                        .map(e -> new Object[] {response, roundId, e.getKey(), e.getValue()}).toList());
        // the day only, as in the table of who answered
        Instant day = today.atStartOfDay(HelsinkiTime.ZONE).toInstant();
        events.publishEvent(new StakeholderSurveyAnswered(roundId, form.id(), form.version(), round.teamCode(),
                choices, day));
        return new AnswerResult(AnswerResult.Status.SAVED, List.of());
    }

    // --- the work -------------------------------------------------------------------------------------------

    private StakeholderRound openRoundForMe(long roundId) {
        return openForMe().stream().filter(r -> r.id() == roundId).findFirst()
                .orElseThrow(() -> new StakeholderRoundNotFoundException(roundId));
    }

    private List<StakeholderRound> rounds(String where, Object... args) {
        return jdbc.query("SELECT r.*, (SELECT COUNT(*) FROM stakeholder_respondent s WHERE s.round_id = r.id)"
                + " AS answers FROM stakeholder_round r WHERE " + where + " ORDER BY r.opened_on DESC, r.id DESC",
                StakeholderSurveys::round, args);
    }

    private static StakeholderRound round(ResultSet rs, int n) throws SQLException {
        return new StakeholderRound(rs.getLong("id"), rs.getString("team_code"), rs.getInt("form_version"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                rs.getInt("answers"));
    }
}
