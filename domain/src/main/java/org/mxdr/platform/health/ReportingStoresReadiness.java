package org.mxdr.platform.health;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mxdr.onboarding.entity.Region;

/**
 * Readiness names each regional reporting store: up or down when this node last used it, unused
 * when it has not. It stays UP whatever they are: a store that is down fails no request (its facts
 * wait in the outbox), so taking the node out of the load balancer would only add an outage. Alert
 * on {@code mxdr_reporting_store_up} instead.
 */
@Readiness
@ApplicationScoped
public class ReportingStoresReadiness implements HealthCheck {

    @Inject
    Vitals vitals;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("reporting-stores").up();
        vitals.storeStates(Arrays.stream(Region.values()).map(Region::name).toList()).forEach(response::withData);
        return response.build();
    }
}
