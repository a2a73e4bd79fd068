package fi.tyollisyystalo.statistics.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.base.jobs.InParallel;

/**
 * Derives every derived table again from the log, table by table: each is built into a fresh copy in its own
 * transaction and swapped in with one {@code RENAME TABLE}, so a reader sees the old table or the new one, never a
 * half-built one, and no transaction holds locks on millions of rows.
 *
 * <p>The rule with the recordings (events arriving during a rebuild are not lost): the rebuild holds
 * {@code stat_rebuild_lock} exclusively from before its first read of the log until its last swap, in the caller's
 * transaction on a connection of its own. Every recording takes it shared first ({@link FactStore#holdOffRebuild}),
 * so the rebuild starts only when the recordings under way have committed (their events are in what it reads), and
 * a recording that comes during the rebuild rolls back at once, appending nothing, and is tried again after it
 * ({@code FactRecorder}); it then derives into the new tables.
 */
@Component
public class FactRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(FactRebuild.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate holding;
    private final TransactionTemplate eachTable;

    FactRebuild(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.holding = new TransactionTemplate(transactions);
        this.eachTable = new TransactionTemplate(transactions);
        eachTable.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // no recording writes while the rebuild holds its lock: nothing to guard against by locking the rows read
        eachTable.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Rebuilds every derived table; returns the number of events read from. */
    public long rebuild() {
        Long events = holding.execute(s -> {
            jdbc.queryForObject("SELECT id FROM stat_rebuild_lock WHERE id = 1 FOR UPDATE", Integer.class);
            // the clients' teams first: every other table reads them
            FactStore.DERIVATIONS.stream().filter(d -> d.lane() == FactStore.Lane.FIRST)
                    .forEach(d -> eachTable.executeWithoutResult(t -> build(d)));
            inLanes(FactStore.DERIVATIONS.stream().filter(d -> d.lane() != FactStore.Lane.FIRST).toList());
            return jdbc.queryForObject("SELECT COUNT(*) FROM stat_event", Long.class);
        });
        return events == null ? 0 : events;
    }

    /**
     * Builds the tables in their lanes at once, each lane its tables in order (a table after the ones it reads). The
     * database builds each table with one thread; two at once use both cores of a small server.
     */
    private void inLanes(List<FactStore.Derivation> tables) {
        Collection<List<FactStore.Derivation>> lanes = tables.stream()
                .collect(Collectors.groupingBy(FactStore.Derivation::lane, LinkedHashMap::new, Collectors.toList()))
                .values();
        InParallel.run(lanes.size(), lanes.stream().<Callable<Void>>map(lane -> () -> {
            lane.forEach(d -> eachTable.executeWithoutResult(t -> build(d)));
            return null;
        }).toList());
    }

    /** Builds the table into a fresh copy (left over ones of a failed rebuild dropped first) and swaps it in. */
    private void build(FactStore.Derivation d) {
        String fresh = d.table() + "_new";
        String old = d.table() + "_old";
        jdbc.execute("DROP TABLE IF EXISTS " + fresh + ", " + old);
        jdbc.execute("CREATE TABLE " + fresh + " LIKE " + d.table());
        long started = System.nanoTime();
        int rows = 0;
        for (String statement : d.statements()) {
            rows += jdbc.update(FactStore.into(statement, fresh));
        }
        long built = System.nanoTime();
        jdbc.execute("RENAME TABLE " + d.table() + " TO " + old + ", " + fresh + " TO " + d.table());
        jdbc.execute("DROP TABLE " + old);
        // the benchmark reads these lines (docs/benchmarks.md)
        LOG.info("Statistics rebuild: {} ({} rows) in {} ms, swapped in {} ms", d.table(), rows,
                (built - started) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
    }
}
