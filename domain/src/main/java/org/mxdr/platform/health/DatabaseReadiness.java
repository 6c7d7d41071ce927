package org.mxdr.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness includes the database: a load balancer stops sending requests to a node that cannot
 * reach it. Lives in the EAR's lib because the server finds health checks only there.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        String problem = probe.problem();
        return HealthCheckResponse.named("database").status(problem == null)
                .withData("reachable", problem == null ? "yes" : problem).build();
    }
}
