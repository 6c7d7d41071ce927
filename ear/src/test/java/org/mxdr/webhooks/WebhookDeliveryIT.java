package org.mxdr.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Mailbox;

/**
 * Webhooks end to end, against receivers this test runs (real HTTP servers): incidents reported
 * through the API arrive signed with the endpoint's secret; a receiver that is down gets every
 * event once it is up, each id once; 24 hours of failures (test clock) disable the endpoint and
 * mail the tenant's admin; a receiver that stalls holds no request of the console.
 * <p>
 * Each test registers its own endpoint in a tenant of its own, so the tests do not see each
 * other's events.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookDeliveryIT {
    private static final String PW = Fixtures.PASSWORD;
    private static Mailbox mailbox;
    private static String platform;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private record Tenant(String id, String admin) {
        String path(String rest) {
            return "/tenants/" + id + rest;
        }
    }

    @BeforeAll
    static void start() {
        mailbox = Mailbox.ofTheRun();
        platform = Api.createUser("wh-platform-" + Fixtures.unique(), "platform", null);
    }

    @AfterEach
    void resetClock() {
        Api.send("DELETE", "/test/clock", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
    }

    private static Tenant tenant() {
        String id = Api.createTenant("Webhooks " + Fixtures.unique(), "COMMERCIAL", "EU");
        return new Tenant(id, Api.createUser("wh-admin-" + Fixtures.unique(), "tenant-admin", id));
    }

    /** Registers an endpoint for the incident events; answers {id, secret}. */
    private static JsonObject register(Tenant t, String url) {
        Reply r = Api.post(t.path("/webhooks"), t.admin(), PW, Json.createObjectBuilder().add("url", url)
                .add("events", Json.createArrayBuilder().add("incident.created").add("incident.updated")).build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static String report(Tenant t, String title) {
        Reply r = Api.post(t.path("/incidents"), platform, PW, Json.createObjectBuilder().add("externalId", "wh-" + Fixtures.unique())
                .add("title", title).add("severity", "HIGH").add("category", "Malware").add("tactic", "Execution")
                .add("devices", Json.createArrayBuilder()).add("users", Json.createArrayBuilder()).build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.field("externalId");
    }

    private static void pass() {
        Api.post("/test/webhooks/pass", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
    }

    private static void clockAt(Instant at) {
        assertEquals(204, Api.send("PUT", "/test/clock?at=" + at, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).status());
    }

    /** The receiver's own check, as the README tells a receiver to do it. */
    private static boolean verifies(String secret, String header, String body) throws Exception {
        Map<String, String> parts = java.util.Arrays.stream(header.split(",")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((parts.get("t") + "." + body).getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts.get("v1").getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anIncidentArrivesSignedWithTheEndpointsSecret() throws Exception {
        Tenant t = tenant();
        try (Receiver receiver = Receiver.start()) {
            JsonObject endpoint = register(t, receiver.url());
            String secret = endpoint.getString("secret");
            String externalId = report(t, "Ransomware note on FIN-7");

            Receiver.Received got = receiver.await(r -> !r.isEmpty(), Duration.ofSeconds(20), () -> { }).get(0);
            JsonObject body = got.json();
            assertEquals(got.eventId(), body.getString("id"), "X-MXDR-Event-Id is the event's id");
            assertEquals("incident.created", body.getString("type"));
            assertEquals(t.id(), body.getString("tenantId"));
            assertNotNull(Instant.parse(body.getString("occurredAt")));
            assertEquals(externalId, body.getJsonObject("data").getString("externalId"));
            assertEquals("HIGH", body.getJsonObject("data").getString("severity"));

            assertTrue(got.signature().matches("t=\\d+,v1=[0-9a-f]{64}"), got.signature());
            long t0 = Long.parseLong(got.signature().substring(2, got.signature().indexOf(',')));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - t0) < 120, "t is the time of sending");
            assertTrue(verifies(secret, got.signature(), got.body()), "verifies with the secret");
            assertFalse(verifies("whsec_" + "0".repeat(64), got.signature(), got.body()), "a wrong secret fails");
            assertFalse(verifies(secret, got.signature(), got.body().replace("HIGH", "LOW")), "a changed body fails");

            // the receiver answered before the sender wrote the answer down: wait for the record
            JsonObject d = null;
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < end && (d == null || !"DELIVERED".equals(d.getString("status")))) {
                Reply deliveries = Api.get(t.path("/webhooks/" + endpoint.getString("id") + "/deliveries"), t.admin(), PW);
                assertEquals(200, deliveries.status(), deliveries.toString());
                d = deliveries.json().getJsonArray("items").getJsonObject(0);
                if (!"DELIVERED".equals(d.getString("status"))) {
                    Mailbox.sleep(100);
                }
            }
            assertEquals("DELIVERED", d.getString("status"), d.toString());
            assertEquals("incident.created", d.getString("type"));
            assertEquals(200, d.getJsonArray("attempts").getJsonObject(0).getInt("statusCode"));
            assertNotNull(Instant.parse(d.getJsonArray("attempts").getJsonObject(0).getString("at")));
        }
    }

    @Test
    void aReceiverDownThenUpGetsEveryEventEachIdOnce() throws Exception {
        Tenant t = tenant();
        try (Receiver receiver = Receiver.start()) {
            receiver.answer(503);
            String endpointId = register(t, receiver.url()).getString("id");
            for (int i = 0; i < 3; i++) {
                report(t, "Beacon " + i);
            }
            List<Receiver.Received> failed = receiver.await(r -> r.stream().map(Receiver.Received::eventId).distinct().count() == 3,
                    Duration.ofSeconds(20), WebhookDeliveryIT::pass);
            Set<String> events = failed.stream().map(Receiver.Received::eventId).collect(Collectors.toSet());
            assertTrue(failed.stream().allMatch(r -> r.answered() == 503));

            receiver.answer(200);
            clockAt(Instant.now().plus(Duration.ofHours(1))); // past every backoff so far
            List<Receiver.Received> all = receiver.await(r -> r.stream().filter(x -> x.answered() == 200).count() >= 3,
                    Duration.ofSeconds(20), WebhookDeliveryIT::pass);
            pass(); // nothing is left to send: no second success for any id
            Map<String, Long> successes = receiver.received().stream().filter(r -> r.answered() == 200)
                    .collect(Collectors.groupingBy(Receiver.Received::eventId, Collectors.counting()));
            assertEquals(events, successes.keySet(), "every event arrived: " + all);
            assertTrue(successes.values().stream().allMatch(n -> n == 1), "each id once: " + successes);

            JsonObject page = Api.get(t.path("/webhooks/" + endpointId + "/deliveries?size=2"), t.admin(), PW).json();
            assertEquals(2, page.getJsonArray("items").size());
            JsonObject last = Api.get(t.path("/webhooks/" + endpointId + "/deliveries?size=2&cursor=" + page.getString("nextCursor")),
                    t.admin(), PW).json();
            assertEquals(1, last.getJsonArray("items").size());
            JsonObject one = last.getJsonArray("items").getJsonObject(0);
            assertEquals("DELIVERED", one.getString("status"));
            List<Integer> codes = one.getJsonArray("attempts").stream().map(a -> a.asJsonObject().getInt("statusCode")).toList();
            assertEquals(200, codes.get(0), "newest attempt first: " + codes);
            assertTrue(codes.contains(503), "the failed attempt is listed: " + codes);
        }
    }

    @Test
    void twentyFourHoursOfFailuresDisableTheEndpointAndMailTheAdmins() throws Exception {
        Tenant t = tenant();
        try (Receiver receiver = Receiver.start()) {
            receiver.answer(500);
            String endpointId = register(t, receiver.url()).getString("id");
            report(t, "Phishing wave");
            receiver.await(r -> !r.isEmpty(), Duration.ofSeconds(20), WebhookDeliveryIT::pass);
            assertTrue(Api.get(t.path("/webhooks/" + endpointId), t.admin(), PW).json().getBoolean("enabled"));

            clockAt(Instant.now().plus(Duration.ofHours(24)).plus(Duration.ofMinutes(5)));
            receiver.await(r -> r.size() >= 2, Duration.ofSeconds(20), WebhookDeliveryIT::pass);
            JsonObject endpoint = Api.get(t.path("/webhooks/" + endpointId), t.admin(), PW).json();
            assertFalse(endpoint.getBoolean("enabled"), endpoint.toString());
            assertNotNull(endpoint.getString("disabledAt"));
            assertFalse(endpoint.containsKey("secret"), "the secret is never answered again");

            MimeMessage mail = mailbox.await(t.admin() + "@example.org", 1, Duration.ofSeconds(60)).get(0);
            assertTrue(subject(mail).contains("disabled after 24 hours of failures"), subject(mail));

            String deliveryId = Api.get(t.path("/webhooks/" + endpointId + "/deliveries"), t.admin(), PW).json().getJsonArray("items")
                    .getJsonObject(0).getString("id");
            Reply refused = Api.post(t.path("/webhooks/" + endpointId + "/deliveries/" + deliveryId + "/redelivery"), t.admin(), PW, null);
            assertEquals(409, refused.status(), "a disabled endpoint gets nothing: " + refused);

            // the receiver is fixed: enabled again, the delivery sent by hand arrives
            receiver.answer(200);
            Reply enabled = Api.send("PUT", t.path("/webhooks/" + endpointId), t.admin(), PW, Api.json("enabled", true));
            assertTrue(enabled.json().getBoolean("enabled"), enabled.toString());
            assertEquals(202, Api.post(t.path("/webhooks/" + endpointId + "/deliveries/" + deliveryId + "/redelivery"), t.admin(), PW, null)
                    .status());
            receiver.await(r -> r.stream().anyMatch(x -> x.answered() == 200), Duration.ofSeconds(20), WebhookDeliveryIT::pass);
        }
    }

    @Test
    void aStalledReceiverHoldsNoRequestOfTheConsole() throws Exception {
        Tenant t = tenant();
        try (Receiver receiver = Receiver.start()) {
            receiver.stall();
            String endpointId = register(t, receiver.url()).getString("id");
            long started = System.nanoTime();
            report(t, "Slow receiver");
            report(t, "Slow receiver again");
            Duration intake = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(intake.compareTo(Duration.ofSeconds(5)) < 0, "intake does not wait for the receiver: " + intake);
            assertEquals(200, Api.get(t.path("/webhooks"), t.admin(), PW).status());

            // the attempt ends at the read timeout (2 s on the test server) and is kept for retry
            Function<Reply, Optional<JsonObject>> timedOut = r -> r.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                    .filter(d -> !d.getJsonArray("attempts").isEmpty()
                            && d.getJsonArray("attempts").getJsonObject(0).getString("error", "").contains("timeout")).findFirst();
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Reply deliveries = Api.get(t.path("/webhooks/" + endpointId + "/deliveries"), t.admin(), PW);
            while (timedOut.apply(deliveries).isEmpty() && System.nanoTime() < end) {
                Mailbox.sleep(250);
                deliveries = Api.get(t.path("/webhooks/" + endpointId + "/deliveries"), t.admin(), PW);
            }
            JsonObject d = timedOut.apply(deliveries).orElseThrow(() -> new AssertionError("no attempt timed out: " + receiver.received()));
            assertEquals("PENDING", d.getString("status"), "kept for the next attempt");
            assertFalse(d.getJsonArray("attempts").getJsonObject(0).containsKey("statusCode"), "no status code from a receiver that "
                    + "never answered: " + d);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
