package org.mxdr.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver as a tenant would run one: a real HTTP server in the test JVM that records
 * every request and answers with the status the test sets, or stalls (up to 30 s) to play a slow
 * receiver. It answers on 127.0.0.1, which the test server allows (MXDR_WEBHOOK_ALLOW_PRIVATE).
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived, and what the receiver answered. */
    record Received(String eventId, String signature, String body, int answered) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch unstall = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile boolean stall;

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/hook", this::handle);
        server.start();
    }

    static Receiver start() throws IOException {
        return new Receiver();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void answer(int status) {
        this.status = status;
    }

    /** From now on each request waits 30 seconds (or until closed) before it is answered. */
    void stall() {
        stall = true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (stall) {
                unstall.await(30, TimeUnit.SECONDS);
            }
            int answered = status;
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-MXDR-Event-Id"),
                    exchange.getRequestHeaders().getFirst("X-MXDR-Signature"), body, answered));
            exchange.sendResponseHeaders(answered, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /**
     * Waits until the requests received satisfy the condition, calling {@code nudge} (a sender pass)
     * between looks; fails after {@code within}.
     */
    List<Received> await(Predicate<List<Received>> condition, Duration within, Runnable nudge) {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            List<Received> now = received();
            if (condition.test(now)) {
                return now;
            }
            nudge.run();
            pause();
        }
        throw new AssertionError("the receiver did not get what was expected within " + within + "; it got " + received());
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        unstall.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
