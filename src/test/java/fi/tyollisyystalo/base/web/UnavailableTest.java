package fi.tyollisyystalo.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures are a backing service out of reach (503, "try again later"), and which are our own fault. */
class UnavailableTest {

    @Test
    void a_rollback_on_a_lost_connection_is_the_database_out_of_reach() {
        // what Spring reports when the connection died during a transaction: the pool closed it at the failed
        // statement (its "closed" connection has no SQL state), and the rollback failed on it
        var rollback = new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(Unavailable.isCause(rollback)).isTrue();
        assertThat(Unavailable.isCause(new SQLException("Connection is closed", "08000"))).isTrue();
        assertThat(Unavailable.isCause(new SQLException("(conn=4) Socket error", "08S01"))).isTrue();
    }

    @Test
    void no_free_connection_is_the_database_out_of_reach_for_now_whether_the_transaction_reads_or_writes() {
        // a read-only transaction asks for its connection when it begins
        assertThat(Unavailable.isCause(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager", new java.sql.SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available")))).isTrue();
        // a writing one at its first statement, as Hibernate reports the pool's time-out (the statistics
        // recorder waits and tries again on both)
        assertThat(Unavailable.isCause(new org.hibernate.exception.JDBCConnectionException(
                "Unable to acquire JDBC Connection", new java.sql.SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available")))).isTrue();
    }

    @Test
    void a_wrong_statement_or_a_broken_constraint_is_not() {
        assertThat(Unavailable.isCause(new JpaSystemException(new RuntimeException("bad",
                new SQLException("You have an error in your SQL syntax", "42000"))))).isFalse();
        assertThat(Unavailable.isCause(new SQLException("Duplicate entry", "23000"))).isFalse();
        assertThat(Unavailable.isCause(new SQLException("no state"))).isFalse();
        assertThat(Unavailable.isCause(new IllegalStateException("a bug of ours"))).isFalse();
        assertThat(Unavailable.isCause(new org.springframework.dao.DuplicateKeyException("Duplicate entry")))
                .isFalse();
        assertThat(Unavailable.isCause(new JpaSystemException(new org.hibernate.TransactionException(
                "Transaction already active")))).isFalse();
    }
}
