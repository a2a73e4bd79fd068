package fi.tyollisyystalo.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.IntegrationTest;

/**
 * A read-only transaction is read-only for Hibernate (no flush) and not sent to the server: MariaDB's driver would
 * otherwise make two round trips per read-only transaction (session read only, and back), each a wait under load
 * (issue #14, docs/benchmarks.md "Load: 200 residents").
 */
@IntegrationTest
class ConnectionSettingsIT {

    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_read_only_transaction_leaves_the_server_session_as_it_is() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Integer serverReadOnly = readOnly.execute(s -> jdbc.queryForObject("SELECT @@session.transaction_read_only",
                Integer.class));
        assertThat(serverReadOnly).isZero();
    }
}
