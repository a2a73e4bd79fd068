package fi.tyollisyystalo.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.jobs.RecurringJob;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.followup.FollowUpPurpose;
import fi.tyollisyystalo.followup.FollowUps;

/**
 * Invites each client of an open case to the follow-up questionnaire {@code days-before} days before an interim
 * evaluation is due (and for one still due that is at most two weeks overdue), so their answers are there at the
 * meeting; and each client whose case opened {@code prom-follow-up-days} (182) days ago to the outcome
 * questionnaire again (PROM_FOLLOW_UP), also when the case has closed meanwhile (up to two weeks late, if the job
 * did not run). Runs as the recurring job {@value #JOB}; inviting is idempotent per evaluation and per case, so a
 * run that repeats or races another sends nothing twice.
 */
@Component
public class FollowUpInvitations {

    public static final String JOB = "casework-follow-up-invitations";
    private static final Logger log = LoggerFactory.getLogger(FollowUpInvitations.class);

    private final JdbcTemplate jdbc;
    private final FollowUps followUps;
    private final Clock clock;
    private final int daysBefore;
    private final int promFollowUpDays;

    FollowUpInvitations(JdbcTemplate jdbc, FollowUps followUps, Clock clock,
            @Value("${tyollisyystalo.casework.follow-up-days-before:7}") int daysBefore,
            @Value("${tyollisyystalo.casework.prom-follow-up-days:182}") int promFollowUpDays) {
        this.jdbc = jdbc;
        this.followUps = followUps;
        this.clock = clock;
        this.daysBefore = daysBefore;
        this.promFollowUpDays = promFollowUpDays;
    }

    /**
     * Invites for every evaluation coming due and every case at its six months; returns how many evaluations and
     * cases were looked at. Runs as the system.
     */
    public int inviteDue() {
        LocalDate today = HelsinkiTime.today(clock);
        List<long[]> due = jdbc.query("SELECT e.id, c.person_id FROM interim_evaluation e JOIN client_case c"
                + " ON c.id = e.case_id WHERE e.status = 'DUE' AND c.status = 'OPEN' AND e.due_on BETWEEN ? AND ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, today.minusDays(14), today.plusDays(daysBefore));
        invite(due, FollowUpForms.INTERIM, FollowUpPurpose.CASE_EVALUATION);
        LocalDate opened = today.minusDays(promFollowUpDays);
        List<long[]> sixMonths = jdbc.query("SELECT id, person_id FROM client_case WHERE opened_on BETWEEN ? AND ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, opened.minusDays(14), opened);
        invite(sixMonths, FollowUpForms.PROM, FollowUpPurpose.PROM_FOLLOW_UP);
        return due.size() + sixMonths.size();
    }

    /** Invites each (reference, person); one failure does not stop the others, the next run tries again. */
    private void invite(List<long[]> referencesAndPersons, String formId, FollowUpPurpose purpose) {
        for (long[] d : referencesAndPersons) {
            try {
                followUps.invite(d[1], formId, purpose, d[0]);
            } catch (RuntimeException e) {
                log.warn("Inviting to the follow-up {} of {} failed", purpose, d[0], e);
            }
        }
    }

    @Configuration
    static class Job {

        @Bean
        RecurringJob followUpInvitationJob(FollowUpInvitations invitations,
                @Value("${tyollisyystalo.casework.follow-up-check-interval:PT1H}") Duration pause) {
            return new RecurringJob(JOB, pause, invitations::inviteDue);
        }
    }
}
