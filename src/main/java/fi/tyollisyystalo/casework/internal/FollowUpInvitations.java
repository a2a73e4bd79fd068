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
 * meeting. Runs as the recurring job {@value #JOB}; inviting is idempotent per evaluation, so a run that repeats
 * or races another sends nothing twice.
 */
@Component
public class FollowUpInvitations {

    public static final String JOB = "casework-follow-up-invitations";
    private static final Logger log = LoggerFactory.getLogger(FollowUpInvitations.class);

    private final JdbcTemplate jdbc;
    private final FollowUps followUps;
    private final Clock clock;
    private final int daysBefore;

    FollowUpInvitations(JdbcTemplate jdbc, FollowUps followUps, Clock clock,
            @Value("${tyollisyystalo.casework.follow-up-days-before:7}") int daysBefore) {
        this.jdbc = jdbc;
        this.followUps = followUps;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** Invites for every evaluation coming due; returns how many evaluations were looked at. Runs as the system. */
    public int inviteDue() {
        LocalDate today = HelsinkiTime.today(clock);
        List<long[]> due = jdbc.query("SELECT e.id, c.person_id FROM interim_evaluation e JOIN client_case c"
                + " ON c.id = e.case_id WHERE e.status = 'DUE' AND c.status = 'OPEN' AND e.due_on BETWEEN ? AND ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, today.minusDays(14), today.plusDays(daysBefore));
        for (long[] d : due) {
            try {
                followUps.invite(d[1], FollowUpForms.INTERIM, FollowUpPurpose.CASE_EVALUATION, d[0]);
            } catch (RuntimeException e) {
                // one failure must not stop the others; the next run tries again
                log.warn("Inviting to the follow-up of evaluation {} failed", d[0], e);
            }
        }
        return due.size();
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
