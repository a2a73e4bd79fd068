package fi.tyollisyystalo.base.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a failure of a backing service (database, search engine) from a fault of our own. */
public final class Unavailable {

    /** Seconds a client is asked to wait (Retry-After) while a backing service is down. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private Unavailable() {
    }

    /**
     * True when the cause is a database or another backing service (the search engine) that cannot be
     * reached: a refused or timed-out connection (SQL state class 08), or Spring's translation of one. That
     * includes a connection lost in the middle of a transaction: the pool closes it at the failed statement, the
     * rollback then fails on it, and Spring reports the rollback's failure instead of the statement's. A rollback
     * or commit that fails in the driver means the connection is gone; MariaDB itself refuses neither.
     */
    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")
                    || t instanceof org.hibernate.TransactionException && t.getCause() instanceof java.sql.SQLException
                    || t instanceof java.net.ConnectException || t instanceof java.net.NoRouteToHostException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
