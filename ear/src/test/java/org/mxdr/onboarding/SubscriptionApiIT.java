package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.World;

/**
 * POST /tenants/{t}/subscription and /subscription/termination through the API: the role matrix,
 * the cloud and single-subscription rules, bad input named, and the summary of GET /tenants/{t}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubscriptionApiIT {
    private static final String PW = Fixtures.PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private World world;

    @BeforeEach
    void world() {
        world = World.create();
    }

    @Test
    void onlyTheCommercialExecutiveTransacts() {
        for (String role : roles()) {
            Reply reply = Commercial.subscribe(world.tenantA, world.user(role), PW, Commercial.aYear());
            assertEquals("commercial-executive".equals(role) ? 201 : 403, reply.status(), role + ": " + reply);
        }
        assertEquals(403, Commercial.subscribe(world.tenantB, world.otherTenantAdmin, PW, Commercial.aYear()).status());
        Reply anonymous = Commercial.subscribe(world.tenantB, null, null, Commercial.aYear());
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(404, Commercial.subscribe("no-such-tenant", world.user("commercial-executive"), PW, Commercial.aYear()).status());
    }

    @Test
    void theCommercialExecutiveOrTheTenantsOwnAdminTerminates() {
        String ce = world.user("commercial-executive");
        assertEquals(201, Commercial.subscribe(world.tenantA, ce, PW, Commercial.aYear()).status());
        for (String role : roles()) {
            if (!List.of("commercial-executive", "tenant-admin").contains(role)) {
                Reply reply = Commercial.terminate(world.tenantA, world.user(role), PW);
                assertEquals(403, reply.status(), role + ": " + reply);
            }
        }
        Reply otherTenant = Commercial.terminate(world.tenantA, world.otherTenantAdmin, PW);
        assertEquals(403, otherTenant.status(), "another tenant's admin: " + otherTenant);
        assertTrue(otherTenant.field("ref").matches("[0-9a-f]{8}"), otherTenant.toString());
        assertEquals(401, Commercial.terminate(world.tenantA, null, null).status());
        assertEquals("ACTIVE", summary(world.tenantA).getString("status"), "nothing changed by the refusals");

        Reply byAdmin = Commercial.terminate(world.tenantA, world.user("tenant-admin"), PW);
        assertEquals(200, byAdmin.status(), byAdmin.toString());
        assertEquals("TERMINATED", byAdmin.field("status"));
        assertEquals(world.user("tenant-admin"), byAdmin.field("terminatedBy"));
        assertNotNull(byAdmin.field("terminatedAt"));
        assertEquals(409, Commercial.terminate(world.tenantA, ce, PW).status(), "nothing left to terminate");

        // a terminated subscription makes room for a new one, which the commercial executive may end too
        assertEquals(201, Commercial.subscribe(world.tenantA, ce, PW, Commercial.aYear()).status());
        Reply byCe = Commercial.terminate(world.tenantA, ce, PW);
        assertEquals(200, byCe.status(), byCe.toString());
        assertEquals("TERMINATED", summary(world.tenantA).getString("status"));
    }

    @Test
    void theTenantShowsItsSubscription() {
        assertEquals("NONE", summary(world.tenantA).getString("status"));
        LocalDate start = LocalDate.now().withDayOfMonth(1);
        Reply created = Commercial.subscribe(world.tenantA, world.user("commercial-executive"), PW,
                Commercial.subscriptionJson(start, start.plusYears(1).minusDays(1), 250, null));
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").orElse("").endsWith("/tenants/" + world.tenantA + "/subscription"));
        // an expert reads the tenant only through its live grant: none here
        assertEquals(403, Api.get("/tenants/" + world.tenantA, world.user("expert"), PW).status());
        for (String role : List.of("tenant-reader", "delivery-manager", "provider-admin")) {
            JsonObject s = Api.get("/tenants/" + world.tenantA, world.user(role), PW).json().getJsonObject("subscription");
            assertEquals("ACTIVE", s.getString("status"), role);
            assertEquals(start.toString(), s.getString("termStart"));
            assertEquals(start.plusYears(1).minusDays(1).toString(), s.getString("termEnd"));
            assertEquals(250, s.getInt("seats"));
            assertEquals("MONTHLY", s.getString("creditPolicy"), "the default credit policy");
            assertEquals("en", s.getString("language"));
            assertTrue(s.getBoolean("huntingDataConsent"));
            assertTrue(s.getString("huntingDataConsentAt").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), s.toString());
            assertEquals(world.user("commercial-executive"), s.getString("transactedBy"));
        }
        assertEquals(200, Api.get("/tenants/" + world.tenantA + "/subscription", world.user("tenant-reader"), PW).status());
        assertEquals(403, Api.get("/tenants/" + world.tenantA + "/subscription", world.otherTenantAdmin, PW).status());
        assertEquals(403, Api.get("/tenants/" + world.tenantA + "/subscription", world.user("platform"), PW).status());
    }

    @Test
    void aSecondCurrentSubscriptionIsRefused() {
        String ce = world.user("commercial-executive");
        assertEquals(201, Commercial.subscribe(world.tenantA, ce, PW, Commercial.aYear()).status());
        Reply again = Commercial.subscribe(world.tenantA, ce, PW, Commercial.aYear());
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.field("message").contains("has a subscription until"), again.toString());
        // a scheduled (future) subscription counts as current too
        LocalDate next = LocalDate.now().plusMonths(2);
        assertEquals(201, Commercial.subscribe(world.tenantB, ce, PW, Commercial.subscriptionJson(next, next.plusYears(1), 5, "QUARTERLY")).status());
        assertEquals("SCHEDULED", summary(world.tenantB).getString("status"));
        assertEquals("QUARTERLY", summary(world.tenantB).getString("creditPolicy"));
        assertEquals(409, Commercial.subscribe(world.tenantB, ce, PW, Commercial.aYear()).status());
    }

    @Test
    void governmentCloudsAreRefusedWithTheReason() {
        String ce = world.user("commercial-executive");
        for (String[] cloud : new String[][] {{"GCC", "GCC"}, {"GCC_HIGH", "GCC High"}, {"DOD", "DoD"}}) {
            String tenant = Api.createTenant("Gov " + cloud[0] + " " + Fixtures.unique(), cloud[0], "US");
            Reply refused = Commercial.subscribe(tenant, ce, PW, Commercial.aYear());
            assertEquals(409, refused.status(), refused.toString());
            List<String> unmet = refused.json().getJsonArray("unmet").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            assertTrue(unmet.contains("The service is available only in the commercial public cloud; this tenant is in " + cloud[1] + "."), unmet.toString());
            assertEquals("NONE", summary(tenant).getString("status"), "nothing written");
        }
        // allowed in the commercial cloud (every prerequisite met)
        assertEquals(201, Commercial.subscribe(world.tenantA, ce, PW, Commercial.aYear()).status());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String ce = world.user("commercial-executive");
        LocalDate s = LocalDate.now();
        // the literals are raw input on purpose: dates no date reads, a string and a fraction for the whole number of seats, truncated JSON
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, "{\"termStart\":\"2026-13-01\",\"termEnd\":\"2027-01-01\",\"seats\":5}"), "termStart");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, "{\"termStart\":\"01/12/2026\",\"termEnd\":\"2027-01-01\",\"seats\":5}"), "termStart");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, Commercial.subscriptionJson(null, s.plusYears(1), 5, null)), "termStart");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, Commercial.subscriptionJson(s, null, 5, null)), "termEnd");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, Commercial.subscriptionJson(s, s, 5, null)), "termEnd");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, Commercial.subscriptionJson(s, s.minusDays(3), 5, null)), "termEnd");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, Commercial.subscriptionJson(s.minusYears(2), s.minusYears(1), 5, null)), "termEnd");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, Commercial.subscriptionJson(s, s.plusYears(1), 0, null)), "seats");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, Commercial.subscriptionJson(s, s.plusYears(1), null, null)), "seats");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, "{\"termStart\":\"" + s + "\",\"termEnd\":\"" + s.plusYears(1) + "\",\"seats\":\"ten\"}"), "seats");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, "{\"termStart\":\"" + s + "\",\"termEnd\":\"" + s.plusYears(1) + "\",\"seats\":2.5}"), "seats");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, Commercial.subscriptionJson(s, s.plusYears(1), 5, "WEEKLY")), "creditPolicy");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, "{\"termStart\":"), "body");
        assertRefused(Commercial.subscribe(world.tenantA, ce, PW, "[]"), "body");
        assertEquals("NONE", summary(world.tenantA).getString("status"), "nothing written");
    }

    private static void assertRefused(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(field, reply.field("field"), reply.toString());
        assertFalse(reply.body().contains("Exception"), reply.toString());
        assertFalse(reply.field("message").isBlank());
    }

    private JsonObject summary(String tenant) {
        return Api.get("/tenants/" + tenant, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).json().getJsonObject("subscription");
    }

    private String[] roles() {
        return world.users.keySet().toArray(String[]::new);
    }
}
