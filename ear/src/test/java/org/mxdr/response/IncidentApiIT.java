package org.mxdr.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mxdr.platform.ApiDocumentOperations;
import org.mxdr.testing.AccessApi;
import org.mxdr.testing.AccessApi.Tenant;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Mailbox;
import org.mxdr.testing.World;

/**
 * Managed response through REST API v1 as the platform and the console's users script it:
 * intake and its idempotency, assets and severity refused by name, the role matrix of the
 * incident endpoints, analyst notes absent from the customer's payload, chat kept as text, the
 * platform's commands and results, and a card answered by the customer.
 * <p>
 * The world (two tenants, one user per role; tenant A subscribed, the experts granted the Operator
 * level on all devices) is made once per class; every test reports incidents of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentApiIT {
    private static final String PW = Fixtures.PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static World world;
    private static Tenant a;

    @BeforeEach
    void world() {
        if (world == null) {
            World w = World.create();
            AccessApi.subscribe(w.tenantA, w.user("commercial-executive"));
            Tenant t = new Tenant(w.tenantA, w.user("tenant-admin"));
            AccessApi.grant(t, Api.json("investigateAndGuide", true, "respondDirectly", true, "allDevices", true));
            a = t;
            world = w;
        }
    }

    @Test
    void intakeIsIdempotentByExternalId() {
        String externalId = "ext-" + Fixtures.unique();
        Reply created = report(a.id(), incidentJson(externalId, "Mimikatz on FIN host", "HIGH", List.of("d-1"), List.of("u-1")));
        assertEquals(201, created.status(), created.toString());
        String id = created.field("id");
        assertTrue(created.header("Location").orElse("").endsWith(a.path("/incidents/" + id)), created.header("Location").toString());
        JsonObject first = created.json();
        assertEquals("NEW", first.getString("status"));
        assertEquals("UNASSIGNED", first.getString("assignedTo"));
        assertEquals(externalId, first.getString("externalId"));
        assertEquals(List.of("d-1"), strings(first, "devices"));

        Reply again = report(a.id(), incidentJson(externalId, "Mimikatz on FIN host", "HIGH", List.of("d-1"), List.of("u-1")));
        assertEquals(200, again.status(), again.toString());
        JsonObject stored = incident(a.id(), id, world.user("tenant-reader")).getJsonObject("incident");
        // (the 201 answer shows the clock's nanoseconds, the stored times microseconds: compared with what is stored)
        assertEquals(stored, again.json(), "a repeat answers the same incident and changes nothing");
        assertEquals(stored.getString("createdAt"), stored.getString("updatedAt"), "not even updatedAt");
        assertEquals(first.getString("title"), stored.getString("title"));

        Reply update = report(a.id(), incidentJson(externalId, "Mimikatz on FIN host, second stage", "MEDIUM", List.of("d-1"), List.of()));
        assertEquals(200, update.status(), update.toString());
        assertEquals(id, update.field("id"));
        JsonObject changed = incident(a.id(), id, world.user("tenant-reader")).getJsonObject("incident");
        assertEquals("Mimikatz on FIN host, second stage", changed.getString("title"), "what the platform changed is applied");
        assertEquals("MEDIUM", changed.getString("severity"));
        assertEquals(List.of(), strings(changed, "users"));
        assertEquals(stored.getString("createdAt"), changed.getString("createdAt"));
        assertEquals(1L, list(a.id(), "", world.user("tenant-reader")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("externalId").equals(externalId)).count(), "one incident for the external id");
    }

    @Test
    void unknownAssetsBadSeverityAndMissingFieldsAreRefusedByName() {
        long before = listed(a.id(), "", world.user("tenant-reader"));
        Reply device = report(a.id(), incidentJson("ext-" + Fixtures.unique(), "t", "HIGH", List.of("d-1", "d-nowhere"), List.of()));
        assertRefused(device, "devices");
        assertTrue(device.field("message").contains("'d-nowhere'") && !device.field("message").contains("'d-1'"), device.toString());
        Reply user = report(a.id(), incidentJson("ext-" + Fixtures.unique(), "t", "HIGH", List.of(), List.of("u-ghost")));
        assertRefused(user, "users");
        assertTrue(user.field("message").contains("'u-ghost'"), user.toString());
        Reply severity = report(a.id(), incidentJson("ext-" + Fixtures.unique(), "t", "CATASTROPHIC", List.of(), List.of()));
        assertRefused(severity, "severity");
        assertTrue(severity.field("message").contains("HIGH, MEDIUM, LOW, INFORMATIONAL"), severity.toString());
        assertRefused(report(a.id(), Api.json("externalId", "ext-" + Fixtures.unique(), "title", "t", "category", "c", "tactic", "t")), "severity");
        assertRefused(report(a.id(), incidentJson("ext-" + Fixtures.unique(), " ", "LOW", List.of(), List.of())), "title");
        assertRefused(report(a.id(), incidentJson(" ", "t", "LOW", List.of(), List.of())), "externalId");
        // devices as a string, not an array: the JSON type is the point
        assertRefused(report(a.id(), "{\"externalId\":\"e\",\"title\":\"t\",\"severity\":\"LOW\",\"category\":\"c\",\"tactic\":\"t\",\"devices\":\"d-1\"}"), "devices");
        assertRefused(report(a.id(), "not json"), "body");
        assertEquals(before, listed(a.id(), "", world.user("tenant-reader")), "nothing was created");
        // the queue's parameters are checked the same way
        assertRefused(Api.get(a.path("/incidents?status=SLEEPING"), world.user("tenant-reader"), PW), "status");
        assertRefused(Api.get(a.path("/incidents?severity=bad"), world.user("tenant-reader"), PW), "severity");
        assertRefused(Api.get(a.path("/incidents?assignedTo=nobody"), world.user("tenant-reader"), PW), "assignedTo");
        assertRefused(Api.get(a.path("/incidents?size=0"), world.user("tenant-reader"), PW), "size");
        assertRefused(Api.get(a.path("/incidents?page=-1"), world.user("tenant-reader"), PW), "page");
        assertEquals(404, Api.get(a.path("/incidents/no-such-incident"), world.user("tenant-reader"), PW).status());
    }

    /** Each endpoint to the roles that may call it; {tenant} stands for tenant A's path, {incident} for an incident reported there. */
    static Stream<Endpoint> endpoints() {
        String i = "{tenant}/incidents/{incident}";
        Set<String> readers = Set.of("expert", "tenant-admin", "tenant-operator", "tenant-reader");
        Set<String> customerActors = Set.of("tenant-admin", "tenant-operator");
        return Stream.of(
                new Endpoint("POST", "{tenant}/incidents", incidentJson("x", " ", "LOW", List.of(), List.of()), Set.of("platform")),
                new Endpoint("GET", "{tenant}/incidents", null, readers),
                new Endpoint("GET", i, null, readers),
                new Endpoint("POST", i + "/take", null, Set.of("expert")),
                new Endpoint("POST", i + "/classification", "{}", Set.of("expert")),
                new Endpoint("POST", i + "/actions", "{}", Set.of("expert")),
                new Endpoint("POST", i + "/actions/no-such-action/completion", null, customerActors),
                new Endpoint("POST", i + "/actions/no-such-action/skip", null, customerActors),
                new Endpoint("POST", i + "/resolution", null, Set.of("expert", "tenant-admin", "tenant-operator")),
                new Endpoint("GET", i + "/messages", null, readers),
                new Endpoint("POST", i + "/messages", "{}", readers),
                new Endpoint("POST", i + "/notes", "{}", Set.of("expert")),
                new Endpoint("POST", i + "/tickets", "{}", Set.of("expert")),
                new Endpoint("GET", "/platform/commands", null, Set.of("platform")),
                new Endpoint("POST", "/platform/commands/no-such-command/result", Api.json("succeeded", true), Set.of("platform")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyEndpointAnswersItsRolesOnlyAndAsksAnonymousCallersToSignIn(Endpoint endpoint) {
        Call c = endpoint.on(a);
        Reply anonymous = c.send(null);
        assertEquals(401, anonymous.status(), "anonymous " + c + ": " + anonymous);
        // an allowed call answers something else than 401 and 403
        for (String role : world.users.keySet()) {
            Reply r = c.send(world.user(role));
            if (endpoint.roles().contains(role)) {
                assertTrue(r.status() != 401 && r.status() != 403 && r.status() < 500, role + " may " + c + ": " + r);
            } else {
                assertEquals(403, r.status(), role + " may not " + c + ": " + r);
            }
        }
        if (c.path().startsWith(a.path(""))) {
            assertEquals(403, c.send(world.otherTenantAdmin).status(), "another tenant's admin " + c);
        }
    }

    @Test
    void withoutAGrantTheExpertsAreRefusedATenantsIncidentWithTheRefusalsReferenceAndChangeNothing() {
        // the experts have no grant in tenant B (it has no subscription): 403 on list, get, classify, act, chat
        String theirs = newIncident(world.tenantB, List.of("d-1"), List.of());
        String b = "/tenants/" + world.tenantB + "/incidents";
        String expert = world.user("expert");
        for (Reply r : List.of(Api.get(b, expert, PW), Api.get(b + "/" + theirs, expert, PW),
                Api.post(b + "/" + theirs + "/classification", expert, PW, Api.json("classification", "FALSE_POSITIVE", "determination", "x")),
                Api.post(b + "/" + theirs + "/actions", expert, PW,
                        Api.json("type", "ISOLATE_DEVICE", "target", "d-1", "rationale", "Stops the spread")),
                Api.get(b + "/" + theirs + "/messages", expert, PW), Api.post(b + "/" + theirs + "/messages", expert, PW, Api.json("body", "hi")))) {
            assertEquals(403, r.status(), r.raw().request().uri() + ": " + r);
            assertNotNull(r.field("ref"), "the refusal is logged with a reference: " + r);
        }
        assertEquals("NEW", incident(world.tenantB, theirs, world.otherTenantAdmin).getJsonObject("incident").getString("status"));
    }

    @Test
    void anotherTenantsIncidentAskedForInATenantsOwnPathIsUnknown() {
        String theirs = newIncident(world.tenantB, List.of("d-1"), List.of());
        assertEquals(404, Api.get(a.path("/incidents/" + theirs), world.user("tenant-reader"), PW).status());
    }

    @Test
    void analystNotesAndTicketsAreAbsentFromTheCustomersPayload() {
        String id = newIncident(a.id(), List.of("d-1"), List.of());
        String i = a.path("/incidents/" + id);
        Reply note = Api.post(i + "/notes", world.user("expert"), PW, Api.json("body", "Same actor as last week's case."));
        assertEquals(201, note.status(), note.toString());
        assertEquals(201, Api.post(i + "/tickets", world.user("expert"), PW, Api.json("title", "Tune rule", "body", "Noisy")).status());
        JsonObject seenByExpert = incident(a.id(), id, world.user("expert"));
        assertEquals("Same actor as last week's case.", seenByExpert.getJsonArray("notes").getJsonObject(0).getString("body"));
        assertEquals("Tune rule", seenByExpert.getJsonArray("tickets").getJsonObject(0).getString("title"));
        for (String role : World.TENANT_ROLES) {
            Reply r = Api.get(i, world.user(role), PW);
            assertEquals(200, r.status(), r.toString());
            assertFalse(r.json().containsKey("notes"), role + ": " + r.body());
            assertFalse(r.json().containsKey("tickets"), role + ": " + r.body());
            assertFalse(r.body().contains("last week"), role + ": " + r.body());
            assertTrue(r.json().containsKey("actions"));
        }
    }

    @Test
    void chatMessagesAreKeptAsTheTextSent() {
        String id = newIncident(a.id(), List.of("d-1"), List.of());
        String chat = a.path("/incidents/" + id + "/messages");
        String script = "<script>alert(1)</script> & \"quotes\" <b>bold</b>";
        Reply posted = Api.post(chat, world.user("tenant-reader"), PW, Api.json("body", script));
        assertEquals(201, posted.status(), posted.toString());
        assertEquals(script, posted.field("body"));
        Reply answer = Api.post(chat, world.user("expert"), PW, Api.json("body", "Thanks, looking."));
        assertEquals(201, answer.status(), answer.toString());
        assertTrue(answer.json().getBoolean("fromExpert"));
        assertRefused(Api.post(chat, world.user("expert"), PW, Api.json("body", "  ")), "body");

        Reply read = Api.get(chat + "?page=0&size=1", world.user("expert"), PW);
        assertEquals(200, read.status(), read.toString());
        assertTrue(read.header("Content-Type").orElse("").startsWith("application/json"), read.toString());
        JsonObject page = read.json();
        assertEquals(2, page.getJsonNumber("total").longValue());
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size());
        assertEquals(script, items.get(0).getString("body"), "stored and answered exactly as written");
        assertEquals(world.user("tenant-reader"), items.get(0).getString("author"));
        assertFalse(items.get(0).getBoolean("fromExpert"));
        JsonObject second = Api.get(chat + "?page=1&size=1", world.user("tenant-admin"), PW).json();
        assertEquals("Thanks, looking.", second.getJsonArray("items").getJsonObject(0).getString("body"), "oldest first");
    }

    @Test
    void theExpertTakesAndClassifiesAnIncidentAndABadClassificationOrActionIsRefusedByName() {
        String i = a.path("/incidents/" + newIncident(a.id(), List.of("d-1"), List.of("u-1")));
        String expert = world.user("expert");
        Reply take = Api.post(i + "/take", expert, PW, null);
        assertEquals("IN_PROGRESS", take.field("status"), take.toString());
        assertEquals("EXPERTS", take.field("assignedTo"));
        Reply classified = Api.post(i + "/classification", expert, PW,
                Api.json("classification", "TRUE_POSITIVE", "determination", "Credential dumping"));
        assertEquals(200, classified.status(), classified.toString());
        assertEquals("TRUE_POSITIVE", classified.field("classification"));
        assertRefused(Api.post(i + "/classification", expert, PW, Api.json("classification", "MAYBE", "determination", "x")), "classification");
        assertRefused(Api.post(i + "/actions", expert, PW,
                Api.json("type", "ISOLATE_DEVICE", "target", "d-2", "rationale", "Stops the spread")), "target");
        assertRefused(Api.post(i + "/actions", expert, PW, Api.json("type", "FORMAT_DISK", "target", "d-1", "rationale", "Stops the spread")), "type");
    }

    @Test
    void thePlatformPicksUpTheCommandOfAnActionAndReportsItsResultOnce() {
        String i = a.path("/incidents/" + truePositive());
        String detail = "isolate-" + Fixtures.unique();
        Reply act = isolate(i, detail);
        assertFalse(act.json().getBoolean("recommended"));
        assertEquals("IN_PROGRESS", act.field("state"));
        assertTrue(act.header("Location").orElse("").endsWith(i + "/actions/" + act.field("id")), act.toString());

        JsonObject command = pendingCommand(detail);
        assertEquals(a.id(), command.getString("tenantId"));
        assertEquals("ISOLATE_DEVICE", command.getString("command"));
        assertEquals("d-1", command.getString("target"));
        String result = "/platform/commands/" + command.getString("id") + "/result";
        assertRefused(Api.post(result, world.user("platform"), PW, Api.json("result", "done")), "succeeded");
        Reply reported = Api.post(result, world.user("platform"), PW, Api.json("succeeded", true, "result", "Isolated by the sensor"));
        assertEquals(200, reported.status(), reported.toString());
        assertEquals("COMPLETED", reported.field("state"));
        assertEquals("Isolated by the sensor", reported.field("result"));
        assertEquals(409, Api.post(result, world.user("platform"), PW, Api.json("succeeded", false)).status(), "reported once");
        assertEquals(404, Api.post("/platform/commands/no-such-command/result", world.user("platform"), PW, Api.json("succeeded", true)).status());
    }

    @Test
    void theExpertsResolveOnlyOnceThePlatformReportedTheActionsResult() {
        String id = truePositive();
        String i = a.path("/incidents/" + id);
        String expert = world.user("expert");
        String detail = "isolate-" + Fixtures.unique();
        isolate(i, detail);
        assertEquals(409, Api.post(i + "/resolution", expert, PW, null).status(), "the action still runs");
        String result = "/platform/commands/" + pendingCommand(detail).getString("id") + "/result";
        assertEquals(200, Api.post(result, world.user("platform"), PW, Api.json("succeeded", true, "result", "Isolated by the sensor")).status());

        Reply resolved = Api.post(i + "/resolution", expert, PW, null);
        assertEquals(200, resolved.status(), resolved.toString());
        assertEquals("RESOLVED", resolved.field("status"));
        assertEquals("CUSTOMER", resolved.field("assignedTo"));
        JsonObject action = incident(a.id(), id, world.user("tenant-reader")).getJsonArray("actions").getJsonObject(0);
        assertEquals("COMPLETED", action.getString("state"));
        assertEquals("Isolated by the sensor", action.getString("result"));
    }

    @Test
    void withAReaderGrantAnActionIsACardTheOperatorAnswers() {
        Tenant t = AccessApi.subscribedTenant("Response API guided", world.user("commercial-executive"));
        AccessApi.grant(t, Api.json("investigateAndGuide", true, "respondDirectly", false));
        String operator = Api.createUser("top-" + Fixtures.unique(), "tenant-operator", t.id());
        String reader = Api.createUser("trd-" + Fixtures.unique(), "tenant-reader", t.id());
        String id = newIncident(t.id(), List.of("d-free"), List.of("u-free"));
        String i = t.path("/incidents/" + id);
        String expert = world.user("expert");
        assertEquals(200, Api.post(i + "/classification", expert, PW,
                Api.json("classification", "TRUE_POSITIVE", "determination", "Phishing")).status());
        // a card tells the customer why: without the expert's rationale there is none
        assertRefused(Api.post(i + "/actions", expert, PW, Api.json("type", "DISABLE_USER", "target", "u-free")), "rationale");
        assertRefused(Api.post(i + "/actions", expert, PW, Api.json("type", "DISABLE_USER", "target", "u-free", "rationale", " ")), "rationale");
        assertRefused(Api.post(i + "/actions", expert, PW, Api.json("type", "DISABLE_USER", "target", "u-free", "rationale", "x".repeat(1001))),
                "rationale");
        assertEquals(0, incident(t.id(), id, reader).getJsonArray("actions").size(), "nothing recommended by the refused requests");
        Reply card = Api.post(i + "/actions", expert, PW, Api.json("type", "DISABLE_USER", "target", "u-free", "rationale", "Stops the spread"));
        assertEquals(201, card.status(), card.toString());
        assertEquals("Stops the spread", card.field("rationale"));
        assertTrue(card.json().getBoolean("recommended"));
        assertEquals("AWAITING_CUSTOMER", card.field("state"));
        JsonObject waiting = incident(t.id(), id, reader).getJsonObject("incident");
        assertEquals("AWAITING_CUSTOMER", waiting.getString("status"));
        assertEquals("CUSTOMER", waiting.getString("assignedTo"));
        assertEquals(1, listed(t.id(), "&status=AWAITING_CUSTOMER&assignedTo=CUSTOMER", reader));

        String answer = i + "/actions/" + card.field("id");
        assertEquals(403, Api.post(answer + "/completion", reader, PW, null).status(), "the reader may not answer");
        Reply done = Api.post(answer + "/completion", operator, PW, null);
        assertEquals(200, done.status(), done.toString());
        assertEquals("CUSTOMER_COMPLETED", done.field("state"));
        assertEquals(operator, done.field("answeredBy"));
        assertEquals(409, Api.post(answer + "/skip", operator, PW, null).status(), "answered once");
        Reply resolved = Api.post(i + "/resolution", operator, PW, null);
        assertEquals(200, resolved.status(), resolved.toString());
        assertEquals("RESOLVED", resolved.field("status"));
        assertEquals("CUSTOMER", resolved.field("assignedTo"));
    }

    @Test
    void aTenantsIncidentsAreNumberedInTheOrderTheyArriveAndKeepTheirShortIdWhenSentAgain() {
        Keyed k = keyed("Response API keys");
        assertEquals(201, k.first().status(), k.first().toString());
        assertEquals("INC-1", k.first().field("key"), "a tenant's first incident");
        assertEquals("INC-2", k.second().field("key"), "numbered in the order they arrive");
        assertEquals(200, k.again().status(), k.again().toString());
        assertEquals("INC-1", k.again().field("key"), "stable when the platform sends the incident again");
    }

    @Test
    void theQueueWritesEveryPropertyOfItsSchemaInOrderAndAsTheIncidentItselfIsWritten() {
        // the list has a writer of its own (IncidentPageWriter); the incident is written by JSON-B
        String word = "shape" + Fixtures.unique();
        String title = word + " \"quoted\" C:\\Temp\\ \u00fcber \u2014 <b>&amp;</b> /path";
        String expert = world.user("expert");
        String first = report(a.id(), incidentJson("ext-" + Fixtures.unique(), title, "HIGH", List.of("d-1"), List.of("u-1"))).field("id");
        report(a.id(), incidentJson("ext-" + Fixtures.unique(), word + " second", "LOW", List.of("d-1"), List.of()));
        assertEquals(200, Api.post(a.path("/incidents/" + first + "/take"), expert, PW, null).status());
        assertEquals(200, Api.post(a.path("/incidents/" + first + "/classification"), expert, PW,
                Api.json("classification", "TRUE_POSITIVE", "determination", "Shape")).status());

        Reply page = Api.get(a.path("/incidents?size=1&page=0&sort=oldest&q=" + word), world.user("tenant-reader"), PW);
        assertEquals(200, page.status(), page.toString());
        JsonObject schemas = ApiDocumentOperations.document().getJsonObject("components").getJsonObject("schemas");
        assertEquals(sorted(schemas.getJsonObject("IncidentPage").getJsonObject("properties").keySet()), List.copyOf(page.json().keySet()),
                "every property of the page, in lexicographic order: " + page.body());
        JsonObject item = page.json().getJsonArray("items").getJsonObject(0);
        assertEquals(sorted(schemas.getJsonObject("IncidentSummaryJson").getJsonObject("properties").keySet()), List.copyOf(item.keySet()),
                "every property of an item (none null here), in lexicographic order: " + page.body());
        Reply detail = Api.get(a.path("/incidents/" + first), world.user("tenant-reader"), PW);
        for (String property : item.keySet()) {
            Matcher written = Pattern.compile("\"" + property + "\":(\"(?:[^\"\\\\]|\\\\.)*\")").matcher(detail.body());
            assertTrue(written.find(), property + " in " + detail.body());
            assertTrue(page.body().contains(written.group()), "the list writes " + written.group() + " byte for byte: " + page.body());
        }
        assertEquals(title, item.getString("title"));
        assertEquals("0", page.json().get("page").toString());
        assertEquals(Set.of("items", "page", "size"), Api.get(a.path("/incidents?size=3&page=0&q=" + word), world.user("tenant-reader"), PW)
                .json().keySet(), "a null nextCursor is left out, as JSON-B left it out");
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    @Test
    void theIncidentsPathAcceptsItsShortIdHoweverTypedWithinItsTenantOnly() {
        Keyed k = keyed("Response API key paths");
        for (String asked : List.of("INC-1", "inc-1", "1")) {
            JsonObject shown = incident(k.t().id(), asked, k.reader()).getJsonObject("incident");
            assertEquals(k.first().field("id"), shown.getString("id"), asked);
            assertEquals("INC-1", shown.getString("key"), asked);
        }
        assertEquals(404, Api.get(k.t().path("/incidents/INC-3"), k.reader(), PW).status(), "no third incident yet");
        assertEquals(403, Api.get(a.path("/incidents/INC-1"), k.reader(), PW).status(), "another tenant's incident stays out of reach");
    }

    @Test
    void changesChatAndTheMailsNameTheIncidentByItsShortId() {
        Keyed k = keyed("Response API key changes");
        String i = k.t().path("/incidents/INC-1");
        String expert = world.user("expert");
        assertEquals(200, Api.post(i + "/take", expert, PW, null).status());
        assertEquals(200, Api.post(i + "/classification", expert, PW, Api.json("classification", "TRUE_POSITIVE", "determination", "Theft")).status());
        Reply card = Api.post(i + "/actions", expert, PW, Api.json("type", "ISOLATE_DEVICE", "target", "d-free", "rationale", "Stops the spread"));
        assertEquals(201, card.status(), card.toString());
        assertEquals(201, Api.post(i + "/messages", k.reader(), PW, Api.json("body", "Seen, thanks")).status());
        assertEquals("AWAITING_CUSTOMER", incident(k.t().id(), k.first().field("id"), k.reader()).getJsonObject("incident").getString("status"));

        // each mail waited for by its subject: the outbox sends them in no set order
        Mailbox mailbox = Mailbox.ofTheRun();
        mailbox.awaitSubject(k.desk(), "High-severity incident INC-1 at ", MAIL_WAIT);
        mailbox.awaitSubject(k.desk(), "Action needed on incident INC-1", MAIL_WAIT);
        List<MimeMessage> mails = mailbox.await(k.desk(), 2, MAIL_WAIT);
        assertTrue(mails.stream().anyMatch(m -> subject(m).contains("incident INC-1 at ")), "the notification names it");
        assertTrue(mails.stream().anyMatch(m -> subject(m).equals("Action needed on incident INC-1: Mimikatz on FIN host, second stage")),
                "the card's mail names it");
    }

    @Test
    void theTenantsAndTheExpertsQueuesShowTheShortIds() {
        Keyed k = keyed("Response API key queues");
        List<String> keys = list(k.t().id(), "", k.reader()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("key")).toList();
        assertEquals(List.of("INC-2", "INC-1"), keys, "newest first");
        Reply expertQueue = Api.get("/expert/incidents?tenant=" + k.t().id(), world.user("expert"), PW);
        assertEquals(200, expertQueue.status(), expertQueue.toString());
        assertEquals(Set.of("INC-1", "INC-2"), expertQueue.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("key")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theQueueSortsBySeverityOrAgeAndFindsAShortIdOrTitleWordsPageByPage() {
        Tenant t = AccessApi.subscribedTenant("Response API sorted", world.user("commercial-executive"));
        String reader = Api.createUser("srd-" + Fixtures.unique(), "tenant-reader", t.id());
        List<String> severities = List.of("LOW", "HIGH", "MEDIUM", "HIGH", "INFORMATIONAL", "LOW");
        for (int n = 0; n < severities.size(); n++) {
            Reply r = report(t.id(), incidentJson("ext-" + Fixtures.unique(), (n % 2 == 0 ? "Phishing wave " : "Beacon to C2 ") + n,
                    severities.get(n), List.of(), List.of()));
            assertEquals("INC-" + (n + 1), r.field("key"), r.toString());
        }
        // walked two by two: the cursor carries each order's key
        assertEquals(List.of("INC-4", "INC-2", "INC-3", "INC-6", "INC-1", "INC-5"), keys(t.id(), "&sort=severity", reader),
                "most severe first, the newest first within a severity");
        assertEquals(List.of("INC-1", "INC-2", "INC-3", "INC-4", "INC-5", "INC-6"), keys(t.id(), "&sort=oldest", reader));
        assertEquals(List.of("INC-6", "INC-5", "INC-4", "INC-3", "INC-2", "INC-1"), keys(t.id(), "", reader), "newest first by default");
        assertEquals(List.of("INC-6", "INC-1"), keys(t.id(), "&sort=severity&severity=LOW", reader), "a filter and an order together");
        assertEquals(List.of("INC-3"), keys(t.id(), "&q=INC-3", reader), "a short id finds its incident");
        assertEquals(List.of("INC-3"), keys(t.id(), "&q=inc3", reader), "however it is typed");
        assertEquals(List.of("INC-5", "INC-3", "INC-1"), keys(t.id(), "&q=PHISHING", reader), "words of the title, any case");
        assertEquals(List.of("INC-1", "INC-3", "INC-5"), keys(t.id(), "&q=phishing&sort=oldest", reader), "a search in another order");
        assertEquals(List.of("INC-1"), keys(t.id(), "&q=phishing&severity=LOW", reader), "a search and a filter together");
        assertEquals(List.of(), keys(t.id(), "&q=INC-99", reader));
        assertRefused(Api.get(t.path("/incidents?sort=loudest"), reader, PW), "sort");
        assertRefused(Api.get(t.path("/incidents?q=" + "x".repeat(101)), reader, PW), "q");
        String severityCursor = Api.get(t.path("/incidents?sort=severity&size=2"), reader, PW).json().getString("nextCursor");
        assertRefused(Api.get(t.path("/incidents?size=2&cursor=" + severityCursor), reader, PW), "cursor");
        String ageCursor = Api.get(t.path("/incidents?size=2"), reader, PW).json().getString("nextCursor");
        assertRefused(Api.get(t.path("/incidents?sort=severity&size=2&cursor=" + ageCursor), reader, PW), "cursor");
    }

    // ---------------------------------------------------------------- helpers

    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    /** An endpoint of the role matrix, its path with {tenant} and {incident} still to fill in. */
    record Endpoint(String method, String path, String json, Set<String> roles) {
        /** The call on the tenant, on an incident reported for it when the path names one. */
        Call on(Tenant t) {
            String p = path.replace("{tenant}", t.path(""));
            if (p.contains("{incident}")) {
                p = p.replace("{incident}", newIncident(t.id(), List.of("d-1"), List.of("u-1")));
            }
            return new Call(method, p, json);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * A tenant of one test granting the experts the Reader level, its incident contact (told at intake) and reader, and what
     * the platform answered: its first incident (HIGH), its second (LOW), and the first sent again (MEDIUM, retitled).
     */
    private record Keyed(Tenant t, String desk, String reader, Reply first, Reply second, Reply again) {
    }

    private static Keyed keyed(String name) {
        Tenant t = AccessApi.subscribedTenant(name, world.user("commercial-executive"));
        String desk = AccessApi.addIncidentContact(t);
        assertEquals(200, Api.send("PUT", t.path("/permissions"), t.admin(), PW,
                Api.json("investigateAndGuide", true, "respondDirectly", false)).status());
        String reader = Api.createUser("krd-" + Fixtures.unique(), "tenant-reader", t.id());
        String externalId = "ext-" + Fixtures.unique();
        Reply first = report(t.id(), incidentJson(externalId, "Mimikatz on FIN host", "HIGH", List.of("d-free"), List.of("u-free")));
        Reply second = report(t.id(), incidentJson("ext-" + Fixtures.unique(), "Phishing mail opened", "LOW", List.of(), List.of("u-free")));
        Reply again = report(t.id(), incidentJson(externalId, "Mimikatz on FIN host, second stage", "MEDIUM", List.of("d-free"), List.of()));
        return new Keyed(t, desk, reader, first, second, again);
    }

    /** An incident of tenant A, taken and classified a true positive by the expert; its id. */
    private static String truePositive() {
        String id = newIncident(a.id(), List.of("d-1"), List.of("u-1"));
        String i = a.path("/incidents/" + id);
        assertEquals(200, Api.post(i + "/take", world.user("expert"), PW, null).status());
        assertEquals(200, Api.post(i + "/classification", world.user("expert"), PW,
                Api.json("classification", "TRUE_POSITIVE", "determination", "Credential dumping")).status());
        return id;
    }

    /** The expert isolates device d-1 of the incident (at the path); the detail tells its command apart. */
    private static Reply isolate(String incidentPath, String detail) {
        Reply act = Api.post(incidentPath + "/actions", world.user("expert"), PW,
                Api.json("type", "ISOLATE_DEVICE", "target", "d-1", "rationale", "Stops the spread", "detail", detail));
        assertEquals(201, act.status(), act.toString());
        return act;
    }

    /** The command of the action with the detail, among those the platform picks up now. */
    private static JsonObject pendingCommand(String detail) {
        Reply pending = Api.get("/platform/commands?max=200", world.user("platform"), PW);
        assertEquals(200, pending.status(), pending.toString());
        return Json.createReader(new StringReader(pending.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> detail.equals(c.getString("detail", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no command for the action in " + pending.body()));
    }

    private record Call(String method, String path, String json) {
        Reply send(String user) {
            return Api.send(method, path, user, user == null ? null : PW, json);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Reply report(String tenantId, String json) {
        return Api.post("/tenants/" + tenantId + "/incidents", world.user("platform"), PW, json);
    }

    private static String newIncident(String tenantId, List<String> devices, List<String> users) {
        Reply r = report(tenantId, incidentJson("ext-" + Fixtures.unique(), "Suspicious sign-in", "HIGH", devices, users));
        assertEquals(201, r.status(), r.toString());
        return r.field("id");
    }

    private static String incidentJson(String externalId, String title, String severity, List<String> devices, List<String> users) {
        return Api.json("externalId", externalId, "title", title, "severity", severity, "category", "Credential access", "tactic", "TA0006",
                "evidence", "lsass read", "devices", devices, "users", users);
    }

    private static JsonObject incident(String tenantId, String id, String user) {
        Reply r = Api.get("/tenants/" + tenantId + "/incidents/" + id, user, PW);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static JsonObject list(String tenantId, String query, String user) {
        Reply r = Api.get("/tenants/" + tenantId + "/incidents?size=200" + query, user, PW);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** How many incidents the queue lists, walked to its end by cursor (the queue answers no total). */
    private static long listed(String tenantId, String query, String user) {
        long listed = 0;
        JsonObject page = list(tenantId, query, user);
        while (true) {
            listed += page.getJsonArray("items").size();
            if (!page.containsKey("nextCursor") || page.isNull("nextCursor")) {
                return listed;
            }
            page = list(tenantId, query + "&cursor=" + page.getString("nextCursor"), user);
        }
    }

    /** The short ids of the queue walked to its end, two by two. */
    private static List<String> keys(String tenantId, String query, String user) {
        List<String> keys = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Reply r = Api.get("/tenants/" + tenantId + "/incidents?size=2" + query + (cursor == null ? "" : "&cursor=" + cursor), user, PW);
            assertEquals(200, r.status(), r.toString());
            JsonObject page = r.json();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(o -> keys.add(o.getString("key")));
            cursor = !page.containsKey("nextCursor") || page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        return keys;
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(field, reply.field("field"), reply.toString());
        assertFalse(reply.body().contains("Exception"), reply.toString());
    }
}
