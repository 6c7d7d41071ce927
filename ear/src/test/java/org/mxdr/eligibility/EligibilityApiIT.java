package org.mxdr.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Inventories;
import org.mxdr.testing.World;

/** The eligibility endpoints as clients call them: the role matrix, the evaluation, and the answers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EligibilityApiIT {
    // experts read a tenant only through its live grant; this world grants none, so they get 403
    static final Set<String> READERS = Set.of("provider-admin", "commercial-executive", "delivery-manager", "tenant-admin");
    static final Set<String> IMPORTERS = Set.of("platform", "provider-admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** made once for the class; tests that change it change only what they made themselves */
    private static World world;

    @BeforeAll
    static void world() {
        world = World.create();
    }

    @Test
    void importingTheInventoryIsForThePlatformAndTheProviderAdmin() {
        String body = Inventories.create().device("d1", true, true, "ACTIVE").json();
        for (String role : world.users.keySet()) {
            Reply reply = Api.send("PUT", "/tenants/" + world.tenantA + "/inventory", world.user(role), Fixtures.PASSWORD, body);
            assertEquals(IMPORTERS.contains(role) ? 200 : 403, reply.status(), role + ": " + reply);
        }
        assertEquals(401, Api.send("PUT", "/tenants/" + world.tenantA + "/inventory", null, null, body).status());
        assertEquals(403, Api.send("PUT", "/tenants/" + world.tenantB + "/inventory", world.otherTenantAdmin, Fixtures.PASSWORD, body).status());
        assertEquals(404, Api.send("PUT", "/tenants/no-such-tenant/inventory", world.user("platform"), Fixtures.PASSWORD, body).status());
    }

    @Test
    void csvImportFollowsTheSameRoles() {
        String csv = Inventories.devicesCsv(1, 3);
        for (String role : world.users.keySet()) {
            Reply reply = Api.sendCsv("/tenants/" + world.tenantA + "/inventory/devices", world.user(role), Fixtures.PASSWORD, csv);
            assertEquals(IMPORTERS.contains(role) ? 200 : 403, reply.status(), role + ": " + reply);
        }
        assertEquals(401, Api.sendCsv("/tenants/" + world.tenantA + "/inventory/devices", null, null, csv).status());
        Reply unknownPart = Api.sendCsv("/tenants/" + world.tenantA + "/inventory/printers", world.user("platform"), Fixtures.PASSWORD, csv);
        assertEquals(400, unknownPart.status());
        assertEquals("part", unknownPart.field("field"));
    }

    @Test
    void readingEligibilityDevicesUsersAndFailingListsIsForReaders() {
        importRealistic(world.tenantA);
        String t = "/tenants/" + world.tenantA;
        for (String path : new String[] {t + "/eligibility", t + "/eligibility/IDENTITY_P1/failing?page=0&size=5", t + "/devices?size=5", t + "/users?size=5"}) {
            for (String role : world.users.keySet()) {
                Reply reply = Api.get(path, world.user(role), Fixtures.PASSWORD);
                assertEquals(READERS.contains(role) ? 200 : 403, reply.status(), role + " on " + path + ": " + reply);
            }
            assertEquals(401, Api.get(path, null, null).status(), path);
            assertEquals(403, Api.get(path, world.otherTenantAdmin, Fixtures.PASSWORD).status(), "another tenant's admin on " + path);
        }
        assertEquals(200, Api.get("/tenants/" + world.tenantB + "/eligibility", world.otherTenantAdmin, Fixtures.PASSWORD).status());
        assertEquals(404, Api.get("/tenants/no-such-tenant/eligibility", world.user("delivery-manager"), Fixtures.PASSWORD).status());
        assertEquals(404, Api.get(t + "/eligibility/NO_SUCH_RULE/failing", world.user("delivery-manager"), Fixtures.PASSWORD).status());
    }

    /** The benchmarks' yardsticks live in the demo EAR only (org.mxdr.bench): nobody reaches them here. */
    @Test
    void theBenchYardsticksAreNotInAProductionDeployment() {
        for (String path : List.of("/diagnostics/device-count", "/tenants/" + world.tenantA + "/access/probe?checks=10")) {
            for (String role : world.users.keySet()) {
                Reply reply = Api.get(path, world.user(role), Fixtures.PASSWORD);
                assertEquals(404, reply.status(), role + " on " + path + ": " + reply);
            }
        }
    }

    @Test
    void aRealisticInventoryIsEvaluatedWithCountsAndMessages() {
        importRealistic(world.tenantA);
        JsonObject e = Api.get("/tenants/" + world.tenantA + "/eligibility", world.user("tenant-admin"), Fixtures.PASSWORD).json();
        assertFalse(e.getBoolean("eligible"));
        JsonObject p2 = prerequisite(e, "ENDPOINT_P2");
        assertEquals(180, p2.getInt("total"));
        assertEquals(4, p2.getInt("failing"));
        assertEquals("4 of 180 eligible devices are not onboarded to Defender for Endpoint P2", p2.getString("message"));
        JsonObject av = prerequisite(e, "ANTIVIRUS_ACTIVE");
        assertEquals(196, av.getInt("total"));
        assertEquals(4, av.getInt("failing"));
        JsonObject p1 = prerequisite(e, "IDENTITY_P1");
        assertEquals(150, p1.getInt("total"));
        assertEquals(6, p1.getInt("failing"));
        assertEquals("6 of 150 users have no Azure AD Premium P1 (Entra ID P1) licence", p1.getString("message"));
        assertEquals("ENDPOINT_P2", e.getJsonArray("prerequisites").getJsonObject(0).getString("key"), "most urgent first");
        for (JsonObject c : e.getJsonArray("coverage").getValuesAs(JsonObject.class)) {
            assertEquals(c.getString("product").equals("DEFENDER_FOR_OFFICE_365_P2"), c.getBoolean("covered"), c.toString());
        }

        JsonObject failing = Api.get("/tenants/" + world.tenantA + "/eligibility/IDENTITY_P1/failing?page=1&size=4",
                world.user("delivery-manager"), Fixtures.PASSWORD).json();
        assertEquals(6, failing.getInt("total"));
        assertEquals(2, failing.getJsonArray("items").size(), "the second page of four holds the last two");
        JsonObject devices = Api.get("/tenants/" + world.tenantA + "/devices?onboarded=false&eligible=true&size=50&page=0",
                world.user("delivery-manager"), Fixtures.PASSWORD).json();
        assertEquals(4, devices.getInt("total"));
        assertEquals(1, Api.get("/tenants/" + world.tenantA + "/users?q=user%20150&page=0", world.user("delivery-manager"), Fixtures.PASSWORD).json().getInt("total"));
        assertEquals(400, Api.get("/tenants/" + world.tenantA + "/devices?avMode=SLEEPY", world.user("delivery-manager"), Fixtures.PASSWORD).status());
    }

    @Test
    void aNewImportIsReflectedAtOnceAndMakesTheTenantEligible() {
        importRealistic(world.tenantA);
        String clean = Inventories.create().license("DEFENDER_FOR_ENDPOINT_P2", 10).license("DEFENDER_ANTIVIRUS", 10)
                .license("AZURE_AD_PREMIUM_P1", 10).device("d1", true, true, "ACTIVE").user("u1", "Ada", "AZURE_AD_PREMIUM_P1").json();
        assertEquals(200, Api.send("PUT", "/tenants/" + world.tenantA + "/inventory", world.user("platform"), Fixtures.PASSWORD, clean).status());
        JsonObject e = Api.get("/tenants/" + world.tenantA + "/eligibility", world.user("commercial-executive"), Fixtures.PASSWORD).json();
        assertTrue(e.getBoolean("eligible"), e.toString());
    }

    static JsonObject prerequisite(JsonObject eligibility, String key) {
        return eligibility.getJsonArray("prerequisites").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("key").equals(key)).findFirst().orElseThrow();
    }

    private static void importRealistic(String tenant) {
        Reply reply = Api.send("PUT", "/tenants/" + tenant + "/inventory", "itadmin", Fixtures.ADMIN_PASSWORD, Inventories.realistic().json());
        assertEquals(200, reply.status(), reply.toString());
    }
}
