package org.mxdr.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached from any other failure, whatever layer wrapped it, so
 * that callers get 503 "try again shortly" rather than a 500 or a wrong "sign in first".
 */
public final class DatabaseFailures {
    /** Wrappers that only say "no connection": the pool's and Hibernate's. */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.ResourceException");

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || CONNECTION_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Lock waits that timed out, by whatever layer wrapped them. */
    private static final Set<String> LOCK_TIMEOUTS = Set.of(
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "org.hibernate.PessimisticLockException",
            "org.hibernate.exception.LockTimeoutException",
            "org.hibernate.exception.LockAcquisitionException");

    /**
     * A row lock that another transaction held for longer than the database waits (PostgreSQL's
     * lock_not_available 55P03, H2's timeout HYT00): the holder is doing the same work, so a caller
     * that can leave the row to it goes on with the next one.
     */
    public static boolean isLockTimeout(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 50; t = t.getCause(), depth++) {
            if (LOCK_TIMEOUTS.contains(t.getClass().getName())
                    || t instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || "HYT00".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** SQL states 08xxx (connection exception) and 57P01-57P03 (the server shutting down or starting). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
