package org.mxdr.webhooks.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.SchemaMigration;
import org.mxdr.platform.Settings;
import org.mxdr.webhooks.entity.WebhookSignature;
import org.mxdr.webhooks.entity.WebhookTarget;

/**
 * Sends due webhook deliveries: on a persistent timer (once across the nodes) and right after a
 * change queued some. Nothing here runs in a transaction or on a request thread: each delivery
 * is claimed, sent with connect and read timeouts on the container's managed threads, at most
 * {@code mxdr.webhook.concurrency} (default 8) at once, and its outcome recorded, each step in
 * its own short transaction. A receiver that takes 30 seconds costs one of those threads for the
 * read timeout ({@code mxdr.webhook.timeout.seconds}, default 10), then counts as a failure.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final int BATCH = 100;
    /** Batches per pass before the pass hands over to the next tick, so one pass never runs forever. */
    private static final int BATCHES_PER_PASS = 50;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private HttpClient http;
    private Semaphore slots;
    private Duration readTimeout;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    /** A pass stopped for want of a free slot; the next send to finish starts another. */
    private final AtomicBoolean backlog = new AtomicBoolean();

    @PostConstruct
    void start() {
        Duration connect = Duration.ofSeconds(Settings.get("webhook.connect.timeout.seconds").map(Long::parseLong).orElse(5L));
        readTimeout = Duration.ofSeconds(Settings.get("webhook.timeout.seconds").map(Long::parseLong).orElse(10L));
        slots = new Semaphore(Settings.get("webhook.concurrency").map(Integer::parseInt).orElse(8));
        // redirects are not followed: a redirect could lead to an address the URL check refused
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = true, info = "webhook deliveries")
    void tick() {
        deliverDue();
    }

    /** Called after a change that queued deliveries committed, so they need not wait for the next tick. */
    @Asynchronous
    public void soon() {
        deliverDue();
    }

    /** Sends what is due; a pass already running on this node picks up the rest. */
    public void deliverDue() {
        again.set(true);
        while (again.get() && busy.compareAndSet(false, true)) {
            try {
                again.set(false);
                pass();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhook pass failed; the next tick retries", e);
            } finally {
                busy.set(false);
            }
        }
    }

    /**
     * Claims what is due and hands each claimed delivery to a sending thread while a slot is free.
     * It never waits for a slot: with every slot taken it stops, and the send that frees a slot
     * starts the next pass, so neither a timer nor an asynchronous thread of the container is held
     * by a slow receiver, and later deliveries go out as soon as a slot frees.
     */
    private void pass() {
        for (int batch = 0; batch < BATCHES_PER_PASS; batch++) {
            List<String> due = deliveries.due(BATCH);
            for (String id : due) {
                if (!slots.tryAcquire()) {
                    backlog.set(true);
                    return;
                }
                Optional<WebhookDeliveries.Parcel> parcel = deliveries.claim(id);
                if (parcel.isEmpty()) {
                    slots.release();
                    continue;
                }
                try {
                    executor.execute(() -> sendInSlot(parcel.get()));
                } catch (RuntimeException rejected) {
                    slots.release();
                    throw rejected;
                }
            }
            if (due.size() < BATCH) {
                return;
            }
        }
        again.set(true);
    }

    private void sendInSlot(WebhookDeliveries.Parcel parcel) {
        try {
            send(parcel);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A webhook delivery failed unexpectedly; its claim lapses and it is retried", e);
        } finally {
            slots.release();
            if (backlog.compareAndSet(true, false)) {
                deliverDue();
            }
        }
    }

    /** One attempt; its outcome is recorded in a transaction of its own. */
    void send(WebhookDeliveries.Parcel parcel) {
        long started = System.nanoTime();
        try {
            URI uri = URI.create(parcel.url());
            // resolved again at each attempt: a name may point elsewhere than when it was registered
            WebhookTarget.requirePublic(uri.getHost(), allowPrivate(), WebhookTarget.DNS);
            long t = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "MXDR-Webhooks/1")
                    .header(WebhookSignature.EVENT_ID_HEADER, parcel.eventId())
                    .header(WebhookSignature.HEADER, WebhookSignature.header(parcel.secret(), t, parcel.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(parcel.body())).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            long ms = elapsedMs(started);
            if (status >= 200 && status < 300) {
                deliveries.delivered(parcel.deliveryId(), status, ms);
            } else {
                deliveries.failed(parcel.deliveryId(), status, "The receiver answered " + status + ".", ms);
            }
        } catch (HttpTimeoutException e) {
            deliveries.failed(parcel.deliveryId(), null, "No answer within the timeout: " + e.getMessage(), elapsedMs(started));
        } catch (IOException | BadInput | IllegalArgumentException e) {
            deliveries.failed(parcel.deliveryId(), null, e.getClass().getSimpleName() + ": " + e.getMessage(), elapsedMs(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean allowPrivate() {
        return Settings.flag("webhook.allow.private");
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
