package org.mxdr.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness names the mail outbox's backlog and the age of its oldest mail, as the outbox's last
 * pass saw them. It stays UP whatever they are: a mail server that is down delays the mail of every
 * node alike and fails no request, so taking the nodes out of the load balancer would only add an
 * outage. Alert on {@code mxdr_outbox_oldest_age_seconds} instead.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    Vitals vitals;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox").up()
                .withData("backlog", vitals.outboxBacklog())
                .withData("oldestAgeSeconds", vitals.outboxOldestAgeSeconds()).build();
    }
}
