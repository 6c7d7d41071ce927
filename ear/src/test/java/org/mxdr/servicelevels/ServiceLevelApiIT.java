package org.mxdr.servicelevels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * The service-level endpoints as a client scripts them: the targets as ISO-8601 durations, bad
 * input refused naming its field (under its severity), the role on each path, and the service
 * review as CSV.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceLevelApiIT {
    private static final String PW = Fixtures.PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(ServiceLevelApiIT.class);
    }

    private static String tenant;
    private static String reader;
    private static String manager;
    private static String expert;

    @BeforeEach
    void world() {
        if (tenant == null) {
            String u = Fixtures.unique();
            tenant = Api.createTenant("Levels API " + u, "COMMERCIAL", "EU");
            reader = Api.createUser("sl-reader-" + u, "tenant-reader", tenant);
            manager = Api.createUser("sl-dm-" + u, "delivery-manager", null);
            expert = Api.createUser("sl-expert-" + u, "expert", null);
        }
    }

    @Test
    void theTenantReadsItsTargetsAsDurations() {
        Api.Reply levels = Api.get("/tenants/" + tenant + "/service-levels", reader, PW);
        assertEquals(200, levels.status(), levels.body());
        assertEquals("PT15M", levels.json().getJsonObject("HIGH").getString("acknowledge"));
        assertEquals("PT1H", levels.json().getJsonObject("HIGH").getString("classify"));
        assertEquals("PT24H", levels.json().getJsonObject("HIGH").getString("resolve"));
        assertEquals(403, Api.send("PUT", "/tenants/" + tenant + "/service-levels", reader, PW, "{}").status(), "a reader sets nothing");
    }

    @Test
    void badInputIsRefusedNamingItsField() {
        // the two HIGH bodies are raw input on purpose: a string no duration reads, a string for the targets' object
        Map<String, String> bodies = Map.of(
                "{\"HIGH\": {\"acknowledge\": \"soon\", \"classify\": \"PT1H\", \"resolve\": \"PT24H\"}}", "HIGH.acknowledge",
                Api.json("MEDIUM", Json.createObjectBuilder().add("acknowledge", "PT1H").add("classify", "PT10M").add("resolve", "PT24H")),
                "MEDIUM.classify",
                Api.json("LOW", Json.createObjectBuilder().add("acknowledge", "PT1H").add("classify", "PT2H")), "LOW.resolve",
                "{\"HIGH\": \"PT15M\"}", "HIGH",
                Api.json("INFORMATIONAL", Json.createObjectBuilder().add("acknowledge", "PT10S").add("classify", "PT2H").add("resolve", "PT3H")),
                "INFORMATIONAL.acknowledge");
        bodies.forEach((body, field) -> {
            Api.Reply refused = Api.send("PUT", "/tenants/" + tenant + "/service-levels", manager, PW, body);
            assertEquals(400, refused.status(), refused.body());
            assertEquals(field, refused.field("field"), refused.body());
        });
        for (List<String> query : List.of(List.of("severity=URGENT", "severity"), List.of("status=OPEN", "status"),
                List.of("breached=maybe", "breached"), List.of("cursor=nonsense", "cursor"), List.of("size=0", "size"))) {
            Api.Reply refused = Api.get("/expert/incidents?" + query.get(0), expert, PW);
            assertEquals(400, refused.status(), refused.body());
            assertEquals(query.get(1), refused.field("field"), refused.body());
        }
        for (String month : List.of("2026-13", "November", "2099-01")) {
            Api.Reply refused = Api.get("/service-review?month=" + month, manager, PW);
            assertEquals(400, refused.status(), refused.body());
            assertEquals("month", refused.field("field"), refused.body());
        }
    }

    @Test
    void eachPathAnswersItsRolesOnly() {
        assertEquals(200, Api.get("/expert/incidents?size=5", expert, PW).status());
        assertEquals(403, Api.get("/expert/incidents", manager, PW).status());
        assertEquals(403, Api.get("/expert/incidents", reader, PW).status());
        assertEquals(200, Api.get("/service-review", manager, PW).status());
        assertEquals(403, Api.get("/service-review", expert, PW).status());
        assertEquals(403, Api.get("/service-review", reader, PW).status());
        assertEquals(403, Api.get("/tenants/" + tenant + "/service-levels", expert, PW).status(), "no grant");
        assertEquals(409, Api.send("PUT", "/tenants/" + tenant + "/service-levels", manager, PW, Json.createObjectBuilder()
                .add("HIGH", Json.createObjectBuilder().add("acknowledge", "PT10M").add("classify", "PT30M").add("resolve", "PT8H"))
                .build().toString()).status(), "no subscription to hold them");
        assertEquals(200, Api.get("/service-levels/default", manager, PW).status());
        assertEquals(403, Api.send("PUT", "/service-levels/default", manager, PW, "{}").status());
        assertEquals(403, Api.post("/jobs/service-level-check", manager, PW, null).status());
        Api.Reply run = Api.post("/jobs/service-level-check", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().containsKey("notified"));
    }

    @Test
    void theServiceReviewExportsAsCsv() throws Exception {
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/service-review"))
                .header("Accept", "text/csv").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((manager + ":" + PW).getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("month,tenantId,tenant,readiness,"), csv.body());
    }
}
