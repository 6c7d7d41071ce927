package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aLostConnectionIsUnavailableHoweverDeeplyWrapped() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertTrue(DatabaseFailures.isUnavailable(new IllegalStateException("boom", new RuntimeException(refused))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLTransientConnectionException("pool timed out")));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("terminating connection due to administrator command", "57P01")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalArgumentException("bad")));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("no state")));
    }

    @Test
    void aLockWaitThatTimedOutIsToldOnBothDatabasesAndThroughJpa() {
        var postgres = new SQLException("canceling statement due to lock timeout", "55P03");
        var h2 = new SQLException("Timeout trying to lock table \"TENANT\"", "HYT00", 50200);
        assertTrue(DatabaseFailures.isLockTimeout(new RuntimeException("rolled back", new IllegalStateException(postgres))));
        assertTrue(DatabaseFailures.isLockTimeout(new RuntimeException(h2)));
        assertTrue(DatabaseFailures.isLockTimeout(new jakarta.persistence.PessimisticLockException("held")));
        assertFalse(DatabaseFailures.isLockTimeout(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isLockTimeout(new SQLException("Connection refused", "08001")));
        assertFalse(DatabaseFailures.isLockTimeout(new IllegalStateException("no cause")));
    }
}
