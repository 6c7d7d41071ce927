package org.mxdr.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
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
 * The server tags each with the deployment ({@code WF_DEPLOYMENT="mxdr.ear"}). Meters are made with
 * the registry's own methods, not with the meter builders: the server's per-deployment registry
 * (WildFly 39) shows only what its methods register, and refuses the builders' configuration.
 */
@ApplicationScoped
public class Meters {

    @Inject
    MeterRegistry registry;

    @Inject
    Vitals vitals;

    /** The meters made so far, by name and tag values: the registry finds a meter only by searching them all. */
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    @PostConstruct
    void gauges() {
        registry.gauge("mxdr.outbox.backlog", tags(), vitals, Vitals::outboxBacklog);
        registry.gauge("mxdr.outbox.oldest.age.seconds", tags(), vitals, Vitals::outboxOldestAgeSeconds);
        for (Region region : Region.values()) {
            registry.gauge("mxdr.reporting.store.up", tags("region", region.name()), vitals, v -> v.storeUp(region.name()));
        }
    }

    /** One API request answered. */
    public void request(String method, String endpoint, int status, long nanos) {
        timer("mxdr.api.requests", "method", method, "endpoint", endpoint, "status", Integer.toString(status))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** One decision of the experts' access rule that a request depended on. */
    public void accessDecision(boolean allowed, String reason) {
        counters.computeIfAbsent(List.of(allowed ? "allowed" : "denied", reason),
                key -> registry.counter("mxdr.access.decisions", tags("outcome", key.get(0), "reason", key.get(1)))).increment();
    }

    /** One breach of a service-level target told (mail, webhook, audit), by the incident's severity and the target. */
    public void slaBreach(String severity, String target) {
        counters.computeIfAbsent(List.of("sla", severity, target),
                key -> registry.counter("mxdr.sla.breaches", tags("severity", severity, "target", target))).increment();
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
            timer("mxdr.job.runs", "job", job, "outcome", outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(String name, String... tags) {
        List<String> key = new ArrayList<>(tags.length + 1);
        key.add(name);
        key.addAll(Arrays.asList(tags));
        return timers.computeIfAbsent(key, k -> registry.timer(name, tags(tags)));
    }

    /**
     * Tags as the {@code Iterable<Tag>} the registry's methods take: compiled against a newer
     * Micrometer, {@code Tags} itself would pick overloads the server's (1.15) lacks.
     */
    private static Iterable<Tag> tags(String... keysAndValues) {
        return Tags.of(keysAndValues);
    }

    public void job(String job, Runnable pass) {
        job(job, () -> {
            pass.run();
            return null;
        });
    }
}
