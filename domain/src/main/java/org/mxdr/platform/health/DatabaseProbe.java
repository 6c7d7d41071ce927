package org.mxdr.platform.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asks the application's database for a live connection. Used by the readiness check, and by the
 * sign-in gate to tell "database down" (503) from "wrong password" (401).
 */
@ApplicationScoped
public class DatabaseProbe {
    private static final int VALID_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource database;

    public boolean reachable() {
        return problem() == null;
    }

    /** Null when a connection answers, else one line saying why not. */
    public String problem() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(VALID_SECONDS) ? null : "the connection did not answer within " + VALID_SECONDS + " s";
        } catch (SQLException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
        }
    }
}
