package fi.tyollisyystalo.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.IntegrationTest;

/**
 * What a transaction costs in round trips to MariaDB, and that the savings change nothing a statement outside a
 * transaction relies on (issue #14, docs/benchmarks.md "Load: 200 residents").
 */
@IntegrationTest
class ConnectionSettingsIT {

    private static final String PROBE = "test_connection_probe";

    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @BeforeAll
    static void probeTable(@Autowired JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + PROBE + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                + "marker VARCHAR(40) NOT NULL)");
    }

    @AfterAll
    static void dropProbeTable(@Autowired JdbcTemplate jdbc) {
        jdbc.execute("DROP TABLE IF EXISTS " + PROBE);
    }

    @Test
    void a_read_only_transaction_leaves_the_server_session_as_it_is() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Integer serverReadOnly = readOnly.execute(s -> jdbc.queryForObject("SELECT @@session.transaction_read_only",
                Integer.class));
        assertThat(serverReadOnly).isZero();
    }

    /**
     * Each transaction reads its connection's id and how many SET statements that connection has received. Between
     * two transactions on the same pooled connection nothing may have been set: with auto-commit switched per
     * transaction there would be two (SET autocommit=1 after one, SET autocommit=0 before the next).
     */
    @Test
    void a_transaction_does_not_switch_auto_commit_on_and_off() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        List<long[]> seen = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            seen.add(tx.execute(s -> new long[] {
                    jdbc.queryForObject("SELECT CONNECTION_ID()", Long.class),
                    jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS "
                            + "WHERE VARIABLE_NAME = 'COM_SET_OPTION'", Long.class),
                    jdbc.queryForObject("SELECT @@session.autocommit", Long.class) }));
        }
        int compared = 0;
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[2]).as("auto-commit inside a transaction").isZero();
            if (seen.get(i)[0] == seen.get(i - 1)[0]) {
                assertThat(seen.get(i)[1] - seen.get(i - 1)[1]).as("SET statements between two transactions")
                        .isZero();
                compared++;
            }
        }
        assertThat(compared).as("transactions that reused the previous one's connection").isPositive();
    }

    @Test
    void a_statement_outside_a_transaction_is_committed_at_once() {
        String marker = UUID.randomUUID().toString();
        assertThat(jdbc.queryForObject("SELECT @@session.autocommit", Integer.class)).isOne();
        jdbc.update("INSERT INTO " + PROBE + " (marker) VALUES (?)", marker);
        // the connection went back to the pool, which would roll back anything not committed
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + PROBE + " WHERE marker = ?", Integer.class, marker))
                .isOne();
    }

    @Test
    void a_statement_inside_a_transaction_is_part_of_it() throws Exception {
        String marker = UUID.randomUUID().toString();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            jdbc.update("INSERT INTO " + PROBE + " (marker) VALUES (?)", marker);
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + PROBE + " WHERE marker = ?", Integer.class, marker))
                .isZero();
        // a plain connection from the DataSource bean, as db-scheduler and Flyway take one, commits each statement
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(
                "INSERT INTO " + PROBE + " (marker) VALUES (?)")) {
            assertThat(connection.getAutoCommit()).isTrue();
            insert.setString(1, marker);
            insert.executeUpdate();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + PROBE + " WHERE marker = ?", Integer.class, marker))
                .isOne();
    }
}
