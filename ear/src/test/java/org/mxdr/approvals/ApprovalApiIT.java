package org.mxdr.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.AccessApi;
import org.mxdr.testing.AccessApi.Tenant;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.World;

/**
 * {@code /tenants/{t}/response-policy} and {@code /tenants/{t}/approvals} as a client scripts them:
 * the role matrix, bad input named by field, the stale edit, an action under approval answered
 * 201 {@code AWAITING_APPROVAL}, its approval running it, a second answer refused, and an approval
 * refused because the policy was narrowed meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalApiIT {
    private static final String PW = Fixtures.PASSWORD;
    private static final String GRANT = Api.json("investigateAndGuide", true, "respondDirectly", true, "allDevices", true);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static World world;

    @BeforeEach
    void world() {
        if (world == null) {
            World w = World.create();
            AccessApi.subscribe(w.tenantA, w.user("commercial-executive"));
            AccessApi.grant(new Tenant(w.tenantA, w.user("tenant-admin")), GRANT);
            world = w;
        }
    }

    @Test
    void roleMatrix() {
        String t = "/tenants/" + world.tenantA;
        Set<String> readers = Set.of("tenant-admin", "tenant-operator", "tenant-reader", "expert");
        Set<String> answerers = Set.of("tenant-admin", "tenant-operator");
        for (Map.Entry<String, String> user : world.users.entrySet()) {
            String role = user.getKey();
            String u = user.getValue();
            assertEquals(readers.contains(role) ? 200 : 403, Api.get(t + "/response-policy", u, PW).status(), role + " reads the policy");
            assertEquals(readers.contains(role) ? 200 : 403, Api.get(t + "/approvals", u, PW).status(), role + " reads the approvals");
            assertEquals("tenant-admin".equals(role) ? 409 : 403,
                    Api.send("PUT", t + "/response-policy", u, PW, Api.json("rules", List.of(), "version", 999)).status(),
                    role + " changes the policy");
            assertEquals(answerers.contains(role) ? 404 : 403, Api.post(t + "/approvals/no-such-request/approval", u, PW, null).status(), role);
            assertEquals(answerers.contains(role) ? 404 : 403, Api.post(t + "/approvals/no-such-request/denial", u, PW, null).status(), role);
        }
        String other = world.otherTenantAdmin;
        for (Reply r : new Reply[] {Api.get(t + "/response-policy", other, PW), Api.get(t + "/approvals", other, PW),
                Api.send("PUT", t + "/response-policy", other, PW, Api.json("rules", List.of(), "version", 0)),
                Api.post(t + "/approvals/no-such-request/approval", other, PW, null)}) {
            assertEquals(403, r.status(), "another tenant's admin: " + r.raw().request().uri() + " " + r);
            assertNotNull(r.field("ref"), r.toString());
        }
        assertEquals(401, Api.get(t + "/response-policy", null, null).status());
        assertEquals(401, Api.post(t + "/approvals/x/approval", null, null, null).status());
    }

    @Test
    void aFreshPolicyHasNoRulesAndTheDefaultTimes() {
        Approving t = approving(false);
        JsonObject fresh = Api.get(t.a().path("/response-policy"), t.operator(), PW).json();
        assertEquals(0, fresh.getJsonArray("rules").size(), "no rules: the grant decides");
        assertEquals("PT24H", fresh.getString("approvalTimeout"));
        assertEquals("PT4H", fresh.getString("reminderEvery"));
        assertEquals(0, fresh.getInt("version"));
        assertTrue(fresh.getJsonArray("availableDeviceGroups").toString().contains("Finance"), fresh.toString());
        assertTrue(fresh.getString("precedence").contains("most restrictive"), fresh.toString());
    }

    @Test
    void badPolicyInputIsRefusedNamingItsField() {
        Tenant a = approving(false).a();
        assertRefused(put(a, rule("ISOLATE_DEVICE", "DEVICE_GROUP", "Nowhere", "APPROVE"), null, 0), "rules[0].scope.name");
        assertRefused(put(a, rule("ISOLATE_DEVICE", "ALL", null, null), null, 0), "rules[0].mode");
        assertRefused(put(a, rule("ISOLATE_DEVICE", "USER_GROUP", "Finance Users", "GUIDE"), null, 0), "rules[0].scope.kind");
        assertRefused(put(a, Json.createArrayBuilder().build(), "tomorrow", 0), "approvalTimeout");
        assertRefused(Api.send("PUT", a.path("/response-policy"), a.admin(), PW, Api.json("rules", List.of())), "version");
        assertEquals(400, put(a, rule("FORMAT_DISK", "ALL", null, "ACT"), null, 0).status());
    }

    @Test
    void aSavedPolicyReadsBackAndAStaleEditIsAConflict() {
        Tenant a = approving(false).a();
        Reply saved = put(a, rule("ISOLATE_DEVICE", "DEVICE_GROUP", "Finance", "APPROVE"), "PT8H", 0);
        assertEquals(200, saved.status(), saved.toString());
        JsonObject policy = saved.json();
        assertEquals("APPROVE", policy.getJsonArray("rules").getJsonObject(0).getString("mode"));
        assertEquals("Finance", policy.getJsonArray("rules").getJsonObject(0).getJsonObject("scope").getString("name"));
        assertEquals("PT8H", policy.getString("approvalTimeout"));
        Reply stale = put(a, rule("ISOLATE_DEVICE", "ALL", null, "GUIDE"), null, policy.getInt("version") + 1);
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("version", stale.field("field"));
    }

    @Test
    void anActionUnderApprovalWaitsAndRunsOnceApproved() {
        Approving t = approving(true);
        String expert = world.user("expert");
        String incident = trueIncident(t.a(), expert);
        Reply waiting = Api.post(incident + "/actions", expert, PW,
                Api.json("type", "ISOLATE_DEVICE", "target", "d-fin", "rationale", "Stops the spread"));
        assertEquals(201, waiting.status(), waiting.toString());
        assertEquals("AWAITING_APPROVAL", waiting.field("state"));
        Reply runs = Api.post(incident + "/actions", expert, PW,
                Api.json("type", "ISOLATE_DEVICE", "target", "d-free", "rationale", "Stops the spread"));
        assertEquals("IN_PROGRESS", runs.field("state"), "outside the group the grant decides");

        JsonObject request = approvalOf(t.a(), expert, waiting.field("id"));
        assertEquals("PENDING", request.getString("state"));
        Reply approved = Api.post(t.a().path("/approvals/" + request.getString("id") + "/approval"), t.operator(), PW, null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.field("state"));
        assertEquals("IN_PROGRESS", approved.field("actionState"));
        Reply second = Api.post(t.a().path("/approvals/" + request.getString("id") + "/denial"), t.a().admin(), PW, null);
        assertEquals(409, second.status(), second.toString());
    }

    @Test
    void anApprovalIsRefusedWhenThePolicyNarrowedMeanwhile() {
        Approving t = approving(true);
        Tenant a = t.a();
        String expert = world.user("expert");
        String incident = trueIncident(a, expert);
        // narrowed meanwhile: the approval is refused with the reason, and the action becomes a card
        Reply another = Api.post(incident + "/actions", expert, PW,
                Api.json("type", "ISOLATE_DEVICE", "target", "d-fin", "rationale", "Stops the spread", "detail", "again"));
        String anotherRequest = approvalOf(a, t.operator(), another.field("id")).getString("id");
        int version = Api.get(a.path("/response-policy"), a.admin(), PW).json().getInt("version");
        assertEquals(200, put(a, rule("ISOLATE_DEVICE", "DEVICE_GROUP", "Finance", "GUIDE"), null, version).status());
        Reply refused = Api.post(a.path("/approvals/" + anotherRequest + "/approval"), t.operator(), PW, null);
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.field("message").contains("response policy"), refused.toString());
        JsonObject shown = approvalOf(a, expert, another.field("id"));
        assertEquals("REFUSED", shown.getString("state"), "the expert sees it refused");
        assertEquals("AWAITING_CUSTOMER", shown.getString("actionState"));
    }

    /** A subscribed, granted tenant of one test and an operator of it. */
    private record Approving(Tenant a, String operator) {
    }

    /** A tenant of its own; when {@code financeApproves}, isolating a Finance device waits for approval (policy version 0 saved). */
    private static Approving approving(boolean financeApproves) {
        Tenant a = AccessApi.subscribedTenant("Approvals API", world.user("commercial-executive"));
        AccessApi.grant(a, GRANT);
        String operator = Api.createUser("apo-" + Fixtures.unique(), "tenant-operator", a.id());
        if (financeApproves) {
            Reply saved = put(a, rule("ISOLATE_DEVICE", "DEVICE_GROUP", "Finance", "APPROVE"), "PT8H", 0);
            assertEquals(200, saved.status(), saved.toString());
        }
        return new Approving(a, operator);
    }

    private static JsonArray rule(String action, String kind, String name, String mode) {
        var scope = Json.createObjectBuilder().add("kind", kind);
        if (name != null) {
            scope.add("name", name);
        }
        var rule = Json.createObjectBuilder().add("action", action).add("scope", scope);
        if (mode != null) {
            rule.add("mode", mode);
        }
        return Json.createArrayBuilder().add(rule).build();
    }

    private static Reply put(Tenant a, JsonArray rules, String timeout, int version) {
        var body = Json.createObjectBuilder().add("rules", rules).add("version", version);
        if (timeout != null) {
            body.add("approvalTimeout", timeout);
        }
        return Api.send("PUT", a.path("/response-policy"), a.admin(), PW, body.build().toString());
    }

    private static String trueIncident(Tenant a, String expert) {
        String body = Json.createObjectBuilder().add("externalId", "apx-" + Fixtures.unique()).add("title", "Ransomware staging")
                .add("severity", "HIGH").add("category", "Malware").add("tactic", "Impact")
                .add("devices", Json.createArrayBuilder().add("d-fin").add("d-free")).add("users", Json.createArrayBuilder()).build().toString();
        Reply created = Api.post(a.path("/incidents"), world.user("platform"), PW, body);
        assertEquals(201, created.status(), created.toString());
        String incident = a.path("/incidents/" + created.field("id"));
        assertEquals(200, Api.post(incident + "/take", expert, PW, null).status());
        assertEquals(200, Api.post(incident + "/classification", expert, PW,
                Api.json("classification", "TRUE_POSITIVE", "determination", "Encryption started")).status());
        return incident;
    }

    private static JsonObject approvalOf(Tenant a, String user, String actionId) {
        Reply list = Api.get(a.path("/approvals"), user, PW);
        assertEquals(200, list.status(), list.toString());
        return Json.createReader(new java.io.StringReader(list.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("actionId").equals(actionId)).findFirst().orElseThrow(() -> new AssertionError(list.toString()));
    }

    private static void assertRefused(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(field, reply.field("field"), reply.toString());
    }
}
