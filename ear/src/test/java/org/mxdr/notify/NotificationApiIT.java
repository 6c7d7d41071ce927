package org.mxdr.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Mailbox;
import org.mxdr.testing.World;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Notification settings and incident notifications through REST API v1 as a client scripts them:
 * the role matrix of {@code /notification-settings}, its 400s naming the field and 409 on a stale
 * edit; the contacts' escalation fields; and the mail each incident-notification contact gets,
 * read from a real SMTP server: once per incident however often (and however concurrently) the
 * platform re-sends it, only for the severities the tenant chose.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationApiIT {
    private static final String PW = Fixtures.PASSWORD;
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static World world;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void world() {
        if (world == null) {
            world = World.create();
        }
    }

    @Test
    void theTenantsUsersReadTheSettingsAndOnlyItsAdminChangesThem() {
        String path = "/tenants/" + world.tenantA + "/notification-settings";
        assertEquals(401, Api.get(path, null, null).status());
        assertEquals(401, Api.send("PUT", path, null, null, Api.json()).status());
        Set<String> readers = Set.of("tenant-admin", "tenant-operator", "tenant-reader");
        for (Map.Entry<String, String> user : world.users.entrySet()) {
            Reply read = Api.get(path, user.getValue(), PW);
            assertEquals(readers.contains(user.getKey()) ? 200 : 403, read.status(), user.getKey() + " GET: " + read);
            if (!"tenant-admin".equals(user.getKey())) {
                Reply change = Api.send("PUT", path, user.getValue(), PW, Api.json("incidentSeverities", List.of("LOW")));
                assertEquals(403, change.status(), user.getKey() + " PUT: " + change);
            }
        }
        assertEquals(403, Api.get(path, world.otherTenantAdmin, PW).status(), "another tenant's admin");
        assertEquals(403, Api.send("PUT", path, world.otherTenantAdmin, PW, Api.json("monthlyReport", false)).status());

        JsonObject defaults = Api.get(path, world.user("tenant-reader"), PW).json();
        assertEquals(List.of("HIGH", "MEDIUM"), strings(defaults, "incidentSeverities"), "the defaults, unchanged by the refusals");
        assertTrue(defaults.getBoolean("monthlyReport"));
        assertEquals(15, defaults.getInt("escalationMinutes"));
    }

    @Test
    void theAdminsSaveNormalisesTheSeveritiesAndAnEditNamesTheVersionItRead() {
        String tenant = Api.createEligibleTenant("Settings " + Fixtures.unique(), "EU");
        String admin = Api.createUser("sadm-" + Fixtures.unique(), "tenant-admin", tenant);
        String path = "/tenants/" + tenant + "/notification-settings";
        Reply saved = Api.send("PUT", path, admin, PW,
                Api.json("incidentSeverities", List.of("low", "HIGH"), "monthlyReport", false, "escalationMinutes", 30));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(List.of("HIGH", "LOW"), strings(saved.json(), "incidentSeverities"));
        assertEquals(false, saved.json().getBoolean("monthlyReport"));
        long version = saved.json().getJsonNumber("version").longValue();

        // once saved, an edit names the version it read
        assertRefused(Api.send("PUT", path, admin, PW, Api.json("monthlyReport", true)), 400, "version");
        assertRefused(Api.send("PUT", path, admin, PW, Api.json("monthlyReport", true, "version", version + 7)), 409, "version");
        Reply again = Api.send("PUT", path, admin, PW, Api.json("monthlyReport", true, "version", version));
        assertEquals(200, again.status(), again.toString());
        assertEquals(List.of("HIGH", "LOW"), strings(again.json(), "incidentSeverities"), "an absent value keeps what is set");
        assertEquals(30, again.json().getInt("escalationMinutes"));
    }

    @Test
    void badValuesAreRefusedNamingTheirField() {
        String path = "/tenants/" + world.tenantA + "/notification-settings";
        String admin = world.user("tenant-admin");
        assertRefused(Api.send("PUT", path, admin, PW, Api.json("incidentSeverities", List.of("SEVERE"))), 400, "incidentSeverities");
        // raw input on purpose: a string for the array, one for the boolean
        assertRefused(Api.send("PUT", path, admin, PW, "{\"incidentSeverities\":\"HIGH\"}"), 400, "incidentSeverities");
        assertRefused(Api.send("PUT", path, admin, PW, "{\"monthlyReport\":\"yes\"}"), 400, "monthlyReport");
        assertRefused(Api.send("PUT", path, admin, PW, Api.json("escalationMinutes", 0)), 400, "escalationMinutes");
        assertRefused(Api.send("PUT", path, admin, PW, Api.json("escalationMinutes", 1441)), 400, "escalationMinutes");
        // raw input on purpose: a string for the number
        assertRefused(Api.send("PUT", path, admin, PW, "{\"escalationMinutes\":\"15\"}"), 400, "escalationMinutes");
        String contacts = "/tenants/" + world.tenantA + "/contacts";
        assertRefused(Api.post(contacts, admin, PW, contact("Desk", "tz", b -> b.add("timeZone", "Mars/Olympus"))), 400, "timeZone");
        assertRefused(Api.post(contacts, admin, PW, contact("Desk", "day", b -> b.add("workingDays", Json.createArrayBuilder().add("Funday")))),
                400, "workingDays");
        assertRefused(Api.post(contacts, admin, PW, contact("Desk", "from", b -> b.add("workingFrom", "9am"))), 400, "workingFrom");
        assertRefused(Api.post(contacts, admin, PW, contact("Desk", "order", b -> b.add("order", 0))), 400, "order");
        assertRefused(Api.post(contacts, admin, PW, contact("Desk", "order2", b -> b.add("order", "first"))), 400, "order");
    }

    @Test
    void aContactKeepsItsEscalationFields() {
        String tenant = Api.createEligibleTenant("Contacts " + Fixtures.unique(), "EU");
        String admin = Api.createUser("cadm-" + Fixtures.unique(), "tenant-admin", tenant);
        String u = Fixtures.unique();
        Reply first = Api.post("/tenants/" + tenant + "/contacts", admin, PW, soc("soc-" + u + "@example.org"));
        assertEquals(201, first.status(), first.toString());
        assertEquals(1, first.json().getInt("order"));
        assertEquals("Europe/London", first.field("timeZone"));
        assertEquals("08:00", first.field("workingFrom"));
        assertEquals(false, first.json().getBoolean("alwaysAvailable"));
        Reply second = Api.post("/tenants/" + tenant + "/contacts", admin, PW, nightDesk("night-" + u + "@example.org"));
        assertEquals(201, second.status(), second.toString());
        assertEquals(2, second.json().getInt("order"), "after the last by default");
        assertEquals(true, second.json().getBoolean("alwaysAvailable"));
        assertEquals(201, Api.post("/tenants/" + tenant + "/contacts", admin, PW, reviews("reviews-" + u + "@example.org")).status());
    }

    @Test
    void eachIncidentContactIsToldOnceOfAnIncidentThePlatformReSends() {
        Desk desk = incidentDesk();
        String reviews = "reviews-" + Fixtures.unique() + "@example.org";
        assertEquals(201, Api.post("/tenants/" + desk.tenant() + "/contacts", desk.admin(), PW, reviews(reviews)).status());
        mailbox().await(reviews, 1, MAIL_WAIT);
        String high = "ext-" + Fixtures.unique();
        assertEquals(201, report(desk.tenant(), high, "HIGH").status());
        assertEquals(200, report(desk.tenant(), high, "HIGH").status(), "the platform re-sends it");
        assertEquals(200, report(desk.tenant(), high, "HIGH").status());

        List<MimeMessage> toSoc = desk.afterMarker(3);
        assertEquals(1, mailbox().to(reviews).size(), "a service-review contact gets no incident notification");
        assertEquals(1, toSoc.stream().filter(m -> Mailbox.subject(m).startsWith("High-severity")).count(), subjects(toSoc));
        assertTrue(body(toSoc.stream().filter(m -> Mailbox.subject(m).startsWith("High-severity")).findFirst().orElseThrow())
                .contains("acknowledge.xhtml?token="), "a high-severity notification carries the acknowledge link");
    }

    @Test
    void twoReSendsOfANewIncidentAtOnceCreateItAndTellEachContactOnce() {
        Desk desk = incidentDesk();
        // two re-sends of a new incident at once: one creates it, the other finds it
        String raced = "ext-" + Fixtures.unique();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> sends = List.of(race(go, desk.tenant(), raced), race(go, desk.tenant(), raced));
        go.countDown();
        List<Integer> statuses = sends.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 201), statuses, "one intake created it");

        List<MimeMessage> toSoc = desk.afterMarker(3);
        assertEquals(1, toSoc.stream().filter(m -> Mailbox.subject(m).startsWith("High-severity")).count(), subjects(toSoc));
    }

    @Test
    void byDefaultALowIncidentTellsNobody() {
        Desk desk = incidentDesk();
        assertEquals(201, report(desk.tenant(), "ext-" + Fixtures.unique(), "LOW").status(), "LOW is not chosen by default");
        List<MimeMessage> toSoc = desk.afterMarker(2);
        assertEquals(0, toSoc.stream().filter(m -> Mailbox.subject(m).startsWith("Low-severity")).count(), subjects(toSoc));
    }

    @Test
    void aTenantThatChoosesLowOnlyIsToldOfLowIncidentsAndNotOfHighOnes() {
        Desk desk = incidentDesk();
        // the tenant chooses LOW only: a high one tells nobody, a low one everybody
        Reply chosen = Api.send("PUT", "/tenants/" + desk.tenant() + "/notification-settings", desk.admin(), PW,
                Api.json("incidentSeverities", List.of("LOW")));
        assertEquals(200, chosen.status(), chosen.toString());
        assertEquals(201, report(desk.tenant(), "ext-" + Fixtures.unique(), "HIGH").status());
        assertEquals(201, report(desk.tenant(), "ext-" + Fixtures.unique(), "LOW").status());
        mailbox().awaitSubject(desk.soc(), "Low-severity", MAIL_WAIT);
        mailbox().awaitSubject(desk.night(), "Low-severity", MAIL_WAIT);
        assertEquals(2, mailbox().to(desk.soc()).size(), subjects(mailbox().to(desk.soc())));
        assertEquals(2, mailbox().to(desk.night()).size(), subjects(mailbox().to(desk.night())));
        assertEquals(0, mailbox().to(desk.soc()).stream().filter(m -> Mailbox.subject(m).startsWith("High-severity")).count());
    }

    /** A tenant of one test, its admin, and two incident contacts (SOC in office hours, the night desk always) told they are contacts. */
    private record Desk(String tenant, String admin, String soc, String night) {
        /**
         * Reports a MEDIUM incident last and waits for its mail to both contacts: by then any other notification queued
         * before it has arrived too. Each got exactly {@code count} mails (the "you are a contact" mail included); SOC's.
         */
        List<MimeMessage> afterMarker(int count) {
            assertEquals(201, report(tenant, "ext-" + Fixtures.unique(), "MEDIUM").status());
            mailbox().awaitSubject(soc, "Medium-severity", MAIL_WAIT);
            mailbox().awaitSubject(night, "Medium-severity", MAIL_WAIT);
            assertEquals(count, mailbox().to(soc).size(), subjects(mailbox().to(soc)));
            assertEquals(count, mailbox().to(night).size(), subjects(mailbox().to(night)));
            return mailbox().to(soc);
        }
    }

    private static Desk incidentDesk() {
        String tenant = Api.createEligibleTenant("Notified " + Fixtures.unique(), "EU");
        String admin = Api.createUser("nadm-" + Fixtures.unique(), "tenant-admin", tenant);
        String u = Fixtures.unique();
        mailbox();
        Desk desk = new Desk(tenant, admin, "soc-" + u + "@example.org", "night-" + u + "@example.org");
        assertEquals(201, Api.post("/tenants/" + tenant + "/contacts", admin, PW, soc(desk.soc())).status());
        assertEquals(201, Api.post("/tenants/" + tenant + "/contacts", admin, PW, nightDesk(desk.night())).status());
        // each contact got its "you are a contact" mail; from here on each incident adds one per incident contact
        mailbox().await(desk.soc(), 1, MAIL_WAIT);
        mailbox().await(desk.night(), 1, MAIL_WAIT);
        return desk;
    }

    /** The run's mail server; other tests' mail arrives too, so every count is of one recipient's mail. */
    private static Mailbox mailbox() {
        return Mailbox.ofTheRun();
    }

    private static String soc(String email) {
        return Json.createObjectBuilder().add("name", "SOC").add("email", email)
                .add("incidentNotification", true).add("order", 1).add("timeZone", "Europe/London")
                .add("workingDays", Json.createArrayBuilder().add("MON").add("TUE").add("WED").add("THU").add("FRI"))
                .add("workingFrom", "08:00").add("workingTo", "18:00").build().toString();
    }

    private static String nightDesk(String email) {
        return Json.createObjectBuilder().add("name", "Night desk").add("email", email)
                .add("incidentNotification", true).add("alwaysAvailable", true).build().toString();
    }

    private static String reviews(String email) {
        return Json.createObjectBuilder().add("name", "Reviews").add("email", email).add("serviceReview", true).build().toString();
    }

    private static Reply report(String tenant, String externalId, String severity) {
        return Api.post("/tenants/" + tenant + "/incidents", world.user("platform"), PW, Json.createObjectBuilder()
                .add("externalId", externalId).add("title", "Credential theft " + externalId).add("severity", severity)
                .add("category", "Credential access").add("tactic", "TA0006").add("devices", Json.createArrayBuilder())
                .add("users", Json.createArrayBuilder()).build().toString());
    }

    private static CompletableFuture<Integer> race(CountDownLatch go, String tenant, String externalId) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return report(tenant, externalId, "HIGH").status();
        });
    }

    private static String contact(String name, String suffix, Consumer<JsonObjectBuilder> with) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("email", suffix + "-" + Fixtures.unique() + "@example.org")
                .add("incidentNotification", true);
        with.accept(b);
        return b.build().toString();
    }

    private static void assertRefused(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals(field, reply.field("field"), reply.toString());
        assertTrue(reply.field("message") != null && !reply.body().contains("Exception"), reply.toString());
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    }

    private static String subjects(List<MimeMessage> mails) {
        return mails.stream().map(Mailbox::subject).collect(Collectors.joining(" | "));
    }
}
