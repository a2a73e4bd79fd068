package fi.tyollisyystalo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures the recorder waits out and tries again: only "no database connection for now". */
class FactRecorderConnectionTest {

    @Test
    void no_free_connection_is_waited_for_whether_the_transaction_reads_or_writes() {
        // a read-only transaction: the connection is asked for when the transaction begins
        assertThat(FactRecorder.noConnection(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        // a writing one: at its first statement, as Hibernate reports the pool's time-out
        assertThat(FactRecorder.noConnection(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    }

    @Test
    void other_failures_are_not() {
        assertThat(FactRecorder.noConnection(new DuplicateKeyException("Duplicate entry"))).isFalse();
        assertThat(FactRecorder.noConnection(new IllegalStateException("a bug of ours"))).isFalse();
    }
}
