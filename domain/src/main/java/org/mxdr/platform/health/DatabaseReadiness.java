package org.mxdr.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness includes the database: a load balancer stops sending requests to a node that cannot
 * reach it. Lives in the EAR's lib because the server finds health checks only there. Also asked
 * by the sign-in gate to tell "database down" (503) from "wrong password" (401).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private static final int VALID_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        String problem = problem();
        return HealthCheckResponse.named("database").status(problem == null)
                .withData("reachable", problem == null ? "yes" : problem).build();
    }

    public boolean reachable() {
        return problem() == null;
    }

    /** Null when a connection answers, else one line saying why not. */
    private String problem() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(VALID_SECONDS) ? null : "the connection did not answer within " + VALID_SECONDS + " s";
        } catch (SQLException | RuntimeException e) {
            String why = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            LOG.fine(() -> "Database not reachable: " + why);
            return why;
        }
    }
}
