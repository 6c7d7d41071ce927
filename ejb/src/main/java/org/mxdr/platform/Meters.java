package org.mxdr.platform;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.health.Vitals;

/**
 * The product's own meters, in the server's Micrometer registry and so on its Prometheus endpoint
 * (wildfly-config/observability.cli: {@code /prometheus} on the management port), beside the
 * server's own (the datasources' pools among them). Names as Prometheus shows them:
 * <ul>
 * <li>{@code mxdr_api_requests_seconds} (count, sum, max) by {@code method}, {@code endpoint} (the
 * resource's path template) and {@code status};</li>
 * <li>{@code mxdr_access_decisions_total} of the experts' access rule by {@code outcome}
 * ({@code allowed}, {@code denied}) and {@code reason};</li>
 * <li>{@code mxdr_outbox_backlog} (mail waiting) and {@code mxdr_outbox_oldest_age_seconds};</li>
 * <li>{@code mxdr_job_runs_seconds} (count, sum, max) by {@code job} and {@code outcome}
 * ({@code done}, {@code failed});</li>
 * <li>{@code mxdr_reporting_store_up} by {@code region}: 1 up, 0 down, -1 not used yet on this node.</li>
 * </ul>
 */
@ApplicationScoped
public class Meters {

    @Inject
    MeterRegistry registry;

    @Inject
    Vitals vitals;

    @PostConstruct
    void gauges() {
        Gauge.builder("mxdr.outbox.backlog", vitals, Vitals::outboxBacklog)
                .description("Mail in the outbox not sent yet, as the outbox's last pass counted it").register(registry);
        Gauge.builder("mxdr.outbox.oldest.age", vitals, Vitals::outboxOldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest mail not sent yet").register(registry);
        for (Region region : Region.values()) {
            Gauge.builder("mxdr.reporting.store.up", vitals, v -> v.storeUp(region.name())).tag("region", region.name())
                    .description("Whether the region's reporting store answered when last used: 1 up, 0 down, -1 not used yet")
                    .register(registry);
        }
    }

    /** One API request answered. */
    public void request(String method, String endpoint, int status, long nanos) {
        Timer.builder("mxdr.api.requests").description("API requests by endpoint and status")
                .tags("method", method, "endpoint", endpoint, "status", Integer.toString(status))
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** One decision of the experts' access rule that a request depended on. */
    public void accessDecision(boolean allowed, String reason) {
        Counter.builder("mxdr.access.decisions").description("The experts' access decisions by outcome and reason")
                .tags("outcome", allowed ? "allowed" : "denied", "reason", reason)
                .register(registry).increment();
    }

    /** Runs one pass of a scheduled job, timed and counted by outcome; a failure is thrown on. */
    public <T> T job(String job, Supplier<T> pass) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            T result = pass.get();
            outcome = "done";
            return result;
        } finally {
            Timer.builder("mxdr.job.runs").description("Runs of the scheduled jobs and their durations")
                    .tags("job", job, "outcome", outcome).register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    public void job(String job, Runnable pass) {
        job(job, () -> {
            pass.run();
            return null;
        });
    }
}
