package fi.tyollisyystalo.statistics;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.jobs.InParallel;
import fi.tyollisyystalo.base.security.AdminOnly;
import fi.tyollisyystalo.base.security.ManagerOrAdmin;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.StaffDirectory;
import fi.tyollisyystalo.identity.Team;
import fi.tyollisyystalo.statistics.internal.Csv;
import fi.tyollisyystalo.statistics.internal.FactRebuild;
import fi.tyollisyystalo.statistics.internal.Figures;

/**
 * The managers' statistics: the figures of a period and a team from the recorded facts, already suppressed;
 * a figure's table as CSV, each export audited; and the administrator's rebuild of the derived facts.
 */
@Service
public class Statistics {

    private static final int FIGURES_AT_ONCE = 3;

    /** The audit log's object type of an export (its id is the figure's). */
    public static final String OBJECT_TABLE = "STATISTICS_TABLE";
    public static final String OBJECT_FACTS = "STATISTICS_FACTS";

    private final Figures figures;
    private final FactRebuild facts;
    private final StaffDirectory staff;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    Statistics(Figures figures, FactRebuild facts, StaffDirectory staff, AuditLog auditLog, CurrentUser currentUser) {
        this.figures = figures;
        this.facts = facts;
        this.staff = staff;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    /** The ids of the figures, in the order the dashboard shows them. */
    @ManagerOrAdmin
    public List<String> figureIds() {
        return Figures.IDS;
    }

    /** One figure of the period and team. */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public StatTable figure(String id, StatisticsQuery query) {
        return figures.table(id, query);
    }

    /**
     * Every figure of the period and team, in order: three at a time (each is one or two queries that the database
     * runs on one core; a small server has two), each on a connection of its own, read as committed when it runs.
     */
    @ManagerOrAdmin
    public List<StatTable> figures(StatisticsQuery query) {
        return InParallel.run(FIGURES_AT_ONCE, Figures.IDS.stream()
                .<Callable<StatTable>>map(id -> () -> figures.table(id, query)).toList());
    }

    /** The teams to choose from. */
    @ManagerOrAdmin
    public List<Team> teams() {
        return staff.teams();
    }

    /**
     * One figure's table as CSV, exactly the rows and texts of the screen (its texts in {@code locale}); the
     * export is written to the audit log with the figure, period and team.
     */
    @Transactional
    @ManagerOrAdmin
    public byte[] csv(String id, StatisticsQuery query, Locale locale, UnaryOperator<String> translate) {
        byte[] bytes = Csv.of(figures.table(id, query).text(locale, translate));
        auditLog.record(AuditEntry.by(currentUser.auditActor())
                .did(AuditAction.EXPORT, OBJECT_TABLE, id + " " + query.from() + "/" + query.to()
                        + (query.team() == null ? "" : " " + query.team()))
                .because(Purpose.STATISTICS));
        return bytes;
    }

    /**
     * Derives every fact again from the recorded events (docs/architecture.md says what it can and cannot do), table
     * by table; the events recorded meanwhile wait for it ({@link FactRebuild}).
     */
    @Transactional
    @AdminOnly
    public long rebuild() {
        long events = facts.rebuild();
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(AuditAction.UPDATE, OBJECT_FACTS, null)
                .because(Purpose.STATISTICS));
        return events;
    }
}
