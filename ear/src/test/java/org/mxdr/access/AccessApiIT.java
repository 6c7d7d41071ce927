package org.mxdr.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mxdr.testing.AccessApi;
import org.mxdr.testing.AccessApi.Tenant;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClockResource;
import org.mxdr.testing.World;

/**
 * The experts' access through REST API v1 as a client scripts it: the role matrix of the
 * permissions, exclusions, contacts, audit, expert tenants and access-check endpoints; the
 * warnings; bad input named by field; conflicts; and the expert's tenant list following the grant.
 * <p>
 * The world (two tenants, one user per role) is made once per class; tests that grant work in a
 * tenant of their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessApiIT {
    private static final String PW = Fixtures.PASSWORD;
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(TestClockResource.class);
    }

    private static World world;

    @BeforeEach
    void world() {
        if (world == null) {
            World w = World.create();
            subscribe(w.tenantA, w.user("commercial-executive"));
            world = w;
        }
    }

    @AfterEach
    void resetClock() {
        Commercial.resetClock();
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        String t = "/tenants/" + world.tenantA;
        List<Reply> replies = List.of(
                Api.get(t + "/permissions", null, null),
                Api.send("PUT", t + "/permissions", null, null, "{}"),
                Api.post(t + "/permissions/revocation", null, null, null),
                Api.get(t + "/exclusions", null, null),
                Api.send("PUT", t + "/exclusions", null, null, "{}"),
                Api.get(t + "/contacts", null, null),
                Api.post(t + "/contacts", null, null, "{}"),
                Api.send("DELETE", t + "/contacts/x", null, null, null),
                Api.get(t + "/audit", null, null),
                Api.get("/expert/tenants", null, null),
                Api.get(t + "/access?operation=CHAT", null, null));
        for (Reply r : replies) {
            assertEquals(401, r.status(), r.raw().request().method() + " " + r.raw().request().uri() + ": " + r);
            assertTrue(r.header("WWW-Authenticate").orElse("").startsWith("Basic"), r.toString());
        }
    }

    /** The world's roles, one case each: provider roles, then tenant A's. */
    static Stream<String> roles() {
        return Stream.concat(Arrays.stream(World.PROVIDER_ROLES), Arrays.stream(World.TENANT_ROLES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void onlyTheTenantsOwnAdminChangesTheSettingsAndEachRoleReadsWhatItAllows(String role) {
        Tenant t = new Tenant(world.tenantA, world.user("tenant-admin"));
        Set<String> readPermissions = Set.of("provider-admin", "commercial-executive", "delivery-manager", "tenant-admin",
                "tenant-operator", "tenant-reader");
        Set<String> checkAccess = Set.of("provider-admin", "delivery-manager", "tenant-admin", "expert");
        String u = world.user(role);
        if (!"tenant-admin".equals(role)) {
            for (Reply r : changes(t, u)) {
                assertEquals(403, r.status(), role + " " + r.raw().request().method() + " " + r.raw().request().uri() + ": " + r);
            }
            assertEquals(403, Api.get(t.path("/exclusions"), u, PW).status(), role);
            assertEquals(403, Api.get(t.path("/contacts"), u, PW).status(), role);
        }
        assertEquals(readPermissions.contains(role) ? 200 : 403, Api.get(t.path("/permissions"), u, PW).status(),
                role + " reads the permissions (an expert only through a grant)");
        assertEquals("provider-admin".equals(role) || "tenant-admin".equals(role) ? 200 : 403, Api.get(t.path("/audit"), u, PW).status(), role);
        assertEquals("expert".equals(role) ? 200 : 403, Api.get("/expert/tenants", u, PW).status(), role);
        assertEquals(checkAccess.contains(role) ? 200 : 403, Api.get(t.path("/access?operation=CHAT"), u, PW).status(), role);
        assertNothingChanged(t);
    }

    @Test
    void anotherTenantsAdminIsRefusedEverythingOfThisTenantWithTheRefusalsReference() {
        Tenant t = new Tenant(world.tenantA, world.user("tenant-admin"));
        String other = world.otherTenantAdmin;
        for (Reply r : changes(t, other)) {
            assertEquals(403, r.status(), "other tenant's admin " + r.raw().request().uri() + ": " + r);
            assertNotNull(r.field("ref"), r.toString());
        }
        for (String read : List.of("/permissions", "/exclusions", "/contacts", "/audit", "/access?operation=CHAT")) {
            assertEquals(403, Api.get(t.path(read), other, PW).status(), "other tenant's admin GET " + read);
        }
        assertNothingChanged(t);
    }

    /** In a tenant of its own, so that the refusals above always find tenant A as it was made. */
    @Test
    void theTenantsOwnAdminChangesEachSettingAndEachChangeIsAudited() {
        String id = Api.createEligibleTenant("Access API own " + Fixtures.unique(), "EU");
        subscribe(id, world.user("commercial-executive"));
        Tenant t = new Tenant(id, Api.createUser("ta-" + Fixtures.unique(), "tenant-admin", id));
        Reply contact = Api.post(t.path("/contacts"), t.admin(), PW, contactJson("SOC team", "soc-" + Fixtures.unique() + "@example.org", "+44 20 7946 0958", true, true));
        assertEquals(201, contact.status(), contact.toString());
        String contactId = contact.field("id");
        assertTrue(contact.header("Location").orElse("").endsWith(t.path("/contacts/" + contactId)), contact.header("Location").toString());
        assertEquals(List.of(contactId), contacts(t).stream().map(c -> c.getString("id")).toList());
        Reply granted = Api.send("PUT", t.path("/permissions"), t.admin(), PW, Api.json("serviceProviderAccess", true, "respondDirectly", true));
        assertEquals(200, granted.status(), granted.toString());
        assertEquals("ACTIVE", granted.field("status"));
        Reply excluded = Api.send("PUT", t.path("/exclusions"), t.admin(), PW, Api.json("deviceGroups", List.of("Finance")));
        assertEquals(200, excluded.status(), excluded.toString());
        assertEquals(200, Api.get(t.path("/exclusions"), t.admin(), PW).status());
        Reply check = Api.get(t.path("/access?operation=RUN_ACTION&devices=d-1"), t.admin(), PW);
        assertEquals(200, check.status(), check.toString());
        assertEquals("EXCLUDED_ASSET", check.field("reason"), "the admin sees the effect of the exclusion");
        Reply revoked = Api.post(t.path("/permissions/revocation"), t.admin(), PW, null);
        assertEquals(200, revoked.status(), revoked.toString());
        assertEquals("REVOKED", revoked.field("status"));
        assertEquals(409, Api.post(t.path("/permissions/revocation"), t.admin(), PW, null).status(), "nothing left to revoke");
        assertEquals(204, Api.send("DELETE", t.path("/contacts/" + contactId), t.admin(), PW, null).status());
        assertEquals(404, Api.send("DELETE", t.path("/contacts/" + contactId), t.admin(), PW, null).status(), "gone");
        JsonObject audit = Api.get(t.path("/audit"), t.admin(), PW).json();
        List<String> actions = audit.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("contact.added", "permissions.granted", "exclusions.changed", "permissions.revoked", "contact.removed")),
                actions.toString());
        assertEquals(t.admin(), audit.getJsonArray("items").getJsonObject(0).getString("actor"));
    }

    @Test
    void anotherTenantsContactIsOutOfReachOfThisTenantsAdmin() {
        Tenant t = new Tenant(world.tenantA, world.user("tenant-admin"));
        Reply theirs = Api.post("/tenants/" + world.tenantB + "/contacts", world.otherTenantAdmin, PW,
                contactJson("Their desk", "their-" + Fixtures.unique() + "@example.org", null, false, true));
        assertEquals(201, theirs.status(), theirs.toString());
        assertEquals(404, Api.send("DELETE", t.path("/contacts/" + theirs.field("id")), t.admin(), PW, null).status(), "not found within this tenant");
        assertEquals(403, Api.send("DELETE", "/tenants/" + world.tenantB + "/contacts/" + theirs.field("id"), t.admin(), PW, null).status());
        assertEquals(204, Api.send("DELETE", "/tenants/" + world.tenantB + "/contacts/" + theirs.field("id"), world.otherTenantAdmin, PW, null).status(),
                "still there for its own admin to remove");
    }

    @Test
    void puttingPermissionsAnswersTheWarningsThatApply() {
        Tenant t = subscribedTenant();
        addIncidentContact(t);
        JsonObject before = Api.get(t.path("/permissions"), t.admin(), PW).json();
        assertEquals("NOT_GRANTED", before.getString("status"));
        assertTrue(before.getBoolean("investigateAndGuide") && !before.getBoolean("respondDirectly") && before.getBoolean("allDevices"),
                "the page's defaults: " + before);
        String end = before.getString("subscriptionEnd");
        assertEquals(end, before.getString("expiresAt"), "the expiry defaults to the subscription's end");

        Reply bare = Api.send("PUT", t.path("/permissions"), t.admin(), PW,
                Api.json("serviceProviderAccess", true, "investigateAndGuide", false, "respondDirectly", false, "allDevices", false));
        assertEquals(200, bare.status(), bare.toString());
        JsonObject body = bare.json();
        assertEquals(List.of(
                "No additional access level is chosen: the experts won't be able to take certain response actions, nor investigate your incidents and guide your responses.",
                "Security data from all devices is off: the experts cannot investigate incidents that involve devices belonging to device groups."),
                strings(body, "warnings"));
        assertTrue(body.getBoolean("serviceProviderAccess"));
        assertEquals(end, body.getString("expiresAt"));
        long version = body.getJsonNumber("version").longValue();

        // the version may come as If-Match too
        Reply full = Api.sendWithHeader("PUT", t.path("/permissions"), t.admin(), PW, "If-Match", "\"" + version + "\"",
                Api.json("investigateAndGuide", true, "respondDirectly", true, "allDevices", true));
        assertEquals(200, full.status(), full.toString());
        assertEquals(List.of(), strings(full.json(), "warnings"));
        Reply onlyDevices = Api.send("PUT", t.path("/permissions"), t.admin(), PW,
                Api.json("allDevices", false, "version", full.json().getJsonNumber("version").longValue()));
        assertEquals(1, strings(onlyDevices.json(), "warnings").size(), onlyDevices.toString());
        assertTrue(strings(onlyDevices.json(), "warnings").get(0).startsWith("Security data from all devices is off"));
        assertTrue(onlyDevices.json().getBoolean("investigateAndGuide"), "absent fields take the defaults");
    }

    @Test
    void badPermissionsAreRefusedNamingTheField() {
        Tenant t = subscribedTenant();
        JsonObject read = Api.get(t.path("/permissions"), t.admin(), PW).json();
        Instant end = Instant.parse(read.getString("subscriptionEnd"));
        addIncidentContact(t);
        assertRefused(putPermissions(t, Api.json("expiresAt", end.plusSeconds(1).toString())), "expiresAt");
        assertRefused(putPermissions(t, Api.json("expiresAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())), "expiresAt");
        // the literals below are the raw input on purpose: strings no date reads, a string for a boolean, one for a number
        assertRefused(putPermissions(t, "{\"expiresAt\":\"next tuesday\"}"), "expiresAt");
        assertRefused(putPermissions(t, "{\"expiresAt\":\"\"}"), "expiresAt");
        assertRefused(putPermissions(t, Api.json("serviceProviderAccess", false)), "serviceProviderAccess");
        assertRefused(putPermissions(t, "{\"respondDirectly\":\"yes\"}"), "respondDirectly");
        assertRefused(putPermissions(t, "{\"version\":\"three\"}"), "version");
        assertRefused(Api.sendWithHeader("PUT", t.path("/permissions"), t.admin(), PW, "If-Match", "soon", "{}"), "If-Match");
        assertRefused(putPermissions(t, "[true]"), "body");
        assertEquals("NOT_GRANTED", Api.get(t.path("/permissions"), t.admin(), PW).field("status"), "nothing granted");
        // the subscription's end itself is allowed
        Reply atEnd = putPermissions(t, Api.json("expiresAt", end.toString()));
        assertEquals(200, atEnd.status(), atEnd.toString());
    }

    @Test
    void badContactsExclusionsAndAccessChecksAreRefusedNamingTheField() {
        Tenant t = subscribedTenant();
        AccessApi.grant(t, Api.json());
        String email = "ok-" + Fixtures.unique() + "@example.org";
        assertRefused(Api.post(t.path("/contacts"), t.admin(), PW, contactJson("Bad", "not-an-email", null, true, false)), "email");
        assertRefused(Api.post(t.path("/contacts"), t.admin(), PW, contactJson("Bad", email, "call me maybe", true, false)), "phone");
        assertRefused(Api.post(t.path("/contacts"), t.admin(), PW, contactJson("Bad", email, "12", true, false)), "phone");
        assertRefused(Api.post(t.path("/contacts"), t.admin(), PW, contactJson("Bad", email, null, false, false)), "contactFor");
        assertRefused(Api.post(t.path("/contacts"), t.admin(), PW, contactJson("", email, null, true, false)), "name");
        assertEquals(0, contacts(t).stream().filter(c -> c.getString("email").equals(email)).count(), "no bad contact stored");

        assertRefused(Api.send("PUT", t.path("/exclusions"), t.admin(), PW, Api.json("deviceGroups", List.of("Finanse"))), "deviceGroups");
        assertRefused(Api.send("PUT", t.path("/exclusions"), t.admin(), PW, Api.json("userGroups", List.of("Finance"))), "userGroups");
        // raw input on purpose: a string for the array
        assertRefused(Api.send("PUT", t.path("/exclusions"), t.admin(), PW, "{\"deviceGroups\":\"Finance\"}"), "deviceGroups");
        JsonObject exclusions = Api.get(t.path("/exclusions"), t.admin(), PW).json();
        assertEquals(List.of(), strings(exclusions, "deviceGroups"), "nothing excluded");
        assertEquals(List.of("Finance"), strings(exclusions, "availableDeviceGroups"));
        assertEquals(List.of("Finance Users"), strings(exclusions, "availableUserGroups"));

        assertRefused(Api.get(t.path("/access?operation=DELETE_EVERYTHING"), t.admin(), PW), "operation");
        assertRefused(Api.get(t.path("/access"), t.admin(), PW), "operation");
        assertRefused(Api.get(t.path("/access?operation=CHAT&devices=d-free,d-nowhere"), t.admin(), PW), "devices");
        assertEquals(404, Api.get("/tenants/no-such-tenant/permissions", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).status());
    }

    @Test
    void staleVersionsAndMissingIncidentContactsAreConflicts() {
        Tenant t = subscribedTenant();
        String second = Api.createUser("ta2-" + Fixtures.unique(), "tenant-admin", t.id());
        Reply noContact = putPermissions(t, "{}");
        assertEquals(409, noContact.status(), noContact.toString());
        assertEquals("contacts", noContact.field("field"));
        Reply reviewsOnly = Api.post(t.path("/contacts"), t.admin(), PW, contactJson("Reviews", "rev-" + Fixtures.unique() + "@example.org", null, false, true));
        assertEquals(201, reviewsOnly.status());
        assertEquals(409, putPermissions(t, "{}").status(), "a service-review contact is not enough");

        String desk = addIncidentContact(t);
        Reply duplicate = Api.post(t.path("/contacts"), t.admin(), PW, contactJson("Again", desk.toUpperCase(), null, true, false));
        assertEquals(409, duplicate.status(), duplicate.toString());
        assertEquals("email", duplicate.field("field"));
        Reply granted = putPermissions(t, "{}");
        assertEquals(200, granted.status(), granted.toString());

        // both admins read version v; the first change wins, the second is a conflict
        long v = Api.get(t.path("/permissions"), second, PW).json().getJsonNumber("version").longValue();
        assertEquals(v, granted.json().getJsonNumber("version").longValue());
        Reply first = putPermissions(t, Api.json("respondDirectly", true, "version", v));
        assertEquals(200, first.status(), first.toString());
        Reply stale = Api.send("PUT", t.path("/permissions"), second, PW, Api.json("allDevices", false, "version", v));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("version", stale.field("field"));
        assertRefused(Api.send("PUT", t.path("/permissions"), second, PW, Api.json("allDevices", false)), "version");
        JsonObject now = Api.get(t.path("/permissions"), second, PW).json();
        assertTrue(now.getBoolean("respondDirectly") && now.getBoolean("allDevices"), "the first change stands: " + now);

        // the last incident contact stays while the grant is live
        String deskId = contactId(t, desk);
        Reply last = Api.send("DELETE", t.path("/contacts/" + deskId), t.admin(), PW, null);
        assertEquals(409, last.status(), last.toString());
        assertEquals("contacts", last.field("field"));
    }

    @Test
    void staleExclusionsAreAConflictFromTheFirstSaveOn() {
        Tenant t = subscribedTenant();
        String second = Api.createUser("ta2-" + Fixtures.unique(), "tenant-admin", t.id());
        addIncidentContact(t);
        assertEquals(200, putPermissions(t, "{}").status(), "granted first: an admin saves exclusions under a live grant");
        long x = Api.get(t.path("/exclusions"), t.admin(), PW).json().getJsonNumber("version").longValue();
        assertEquals(x, Api.get(t.path("/exclusions"), second, PW).json().getJsonNumber("version").longValue());
        Reply saved = Api.send("PUT", t.path("/exclusions"), t.admin(), PW, Api.json("deviceGroups", List.of("Finance"), "version", x));
        assertEquals(200, saved.status(), saved.toString());
        Reply overwrite = Api.send("PUT", t.path("/exclusions"), second, PW, Api.json("userGroups", List.of("Finance Users"), "version", x));
        assertEquals(409, overwrite.status(), overwrite.toString());
        assertEquals("version", overwrite.field("field"));
        long y = saved.json().getJsonNumber("version").longValue();
        Reply fresh = Api.send("PUT", t.path("/exclusions"), second, PW,
                Api.json("deviceGroups", List.of("Finance"), "userGroups", List.of("Finance Users"), "version", y));
        assertEquals(200, fresh.status(), fresh.toString());
        assertEquals(List.of("Finance Users"), strings(fresh.json(), "userGroups"));
        assertEquals(second, fresh.field("updatedBy"));
    }

    @Test
    void theExpertLearnsWhyBeforeTheGrantAndSeesTheTenantListedWithItsTermsAfter() {
        Tenant t = subscribedTenant();
        String expert = world.user("expert");
        assertFalse(listed(t).isPresent());
        Reply denied = Api.get(t.path("/access?operation=READ_INCIDENTS"), expert, PW);
        assertEquals(200, denied.status(), "the expert learns why");
        assertFalse(denied.json().getBoolean("allowed"));
        assertEquals("NO_GRANT", denied.field("reason"));
        assertEquals(403, Api.get(t.path("/permissions"), expert, PW).status());

        Instant expiresAt = grantFor30Days(t);
        JsonObject row = listed(t).orElseThrow(() -> new AssertionError("granted, so listed"));
        assertEquals("Investigate incidents and guide my responses", row.getString("level"));
        assertEquals(expiresAt, Instant.parse(row.getString("expiresAt")));
        assertFalse(row.getBoolean("respondDirectly"));
        assertTrue(row.getBoolean("allDevices"));
        assertEquals(200, Api.get(t.path("/permissions"), expert, PW).status(), "the grant lets the expert read the tenant's permissions");
        Reply read = Api.get(t.path("/access?operation=READ_INCIDENTS&devices=d-fin&users=u-fin"), expert, PW);
        assertTrue(read.json().getBoolean("allowed"), read.toString());
        Reply act = Api.get(t.path("/access?operation=RUN_ACTION&devices=d-free"), expert, PW);
        assertFalse(act.json().getBoolean("allowed"));
        assertEquals("LEVEL_TOO_LOW", act.field("reason"));
    }

    @Test
    void atTheExpiryTheExpertsNextCallIsDeniedAndTheTenantLeavesTheList() {
        Tenant t = subscribedTenant();
        String expert = world.user("expert");
        Instant expiresAt = grantFor30Days(t);
        assertTrue(listed(t).isPresent(), "granted, so listed");
        // at the expiry the very next call is denied, and the answer says when it was decided
        Commercial.fixClock(expiresAt);
        Reply expired = Api.get(t.path("/access?operation=READ_INCIDENTS"), expert, PW);
        assertEquals("EXPIRED", expired.field("reason"), expired.toString());
        assertEquals(expiresAt, Instant.parse(expired.field("decidedAt")), "decided by the server's one clock");
        assertFalse(listed(t).isPresent(), "expired: off the list");
        assertEquals(403, Api.get(t.path("/permissions"), expert, PW).status());
        assertEquals("EXPIRED", Api.get(t.path("/permissions"), t.admin(), PW).field("status"));
        Commercial.resetClock();
        assertTrue(listed(t).isPresent());
    }

    @Test
    void aRevokedGrantTakesTheTenantOffTheExpertsListAtOnce() {
        Tenant t = subscribedTenant();
        String expert = world.user("expert");
        grantFor30Days(t);
        assertTrue(listed(t).isPresent(), "granted, so listed");
        assertEquals(200, Api.post(t.path("/permissions/revocation"), t.admin(), PW, null).status());
        assertFalse(listed(t).isPresent(), "revoked: off the list at once");
        assertEquals("REVOKED", Api.get(t.path("/access?operation=READ_INCIDENTS"), expert, PW).field("reason"));
        assertEquals(403, Api.get(t.path("/permissions"), expert, PW).status());
    }

    // ---------------------------------------------------------------- helpers

    /** Every change of the settings, as the given user. */
    private static List<Reply> changes(Tenant t, String user) {
        return List.of(
                Api.send("PUT", t.path("/permissions"), user, PW, Api.json("serviceProviderAccess", true, "investigateAndGuide", true)),
                Api.post(t.path("/permissions/revocation"), user, PW, null),
                Api.send("PUT", t.path("/exclusions"), user, PW, Api.json("deviceGroups", List.of("Finance"), "userGroups", List.of())),
                Api.post(t.path("/contacts"), user, PW, contactJson("Intruder", "intruder-" + Fixtures.unique() + "@example.org", null, true, false)),
                Api.send("DELETE", t.path("/contacts/no-such-contact"), user, PW, null));
    }

    /** No refused call granted anything or added a contact. */
    private static void assertNothingChanged(Tenant t) {
        JsonObject unchanged = Api.get(t.path("/permissions"), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).json();
        assertEquals("NOT_GRANTED", unchanged.getString("status"), "no refused call granted anything");
        assertEquals(List.of(), contacts(t), "nor added a contact");
    }

    private static Tenant subscribedTenant() {
        return AccessApi.subscribedTenant("Access API", world.user("commercial-executive"));
    }

    private static void subscribe(String tenantId, String ce) {
        AccessApi.subscribe(tenantId, ce);
    }

    private static String addIncidentContact(Tenant t) {
        return AccessApi.addIncidentContact(t);
    }

    /** An incident contact and a grant of the default level that ends in 30 days, as the tenant's admin; returns the end. */
    private static Instant grantFor30Days(Tenant t) {
        addIncidentContact(t);
        Instant expiresAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(200, putPermissions(t, Api.json("expiresAt", expiresAt.toString())).status());
        return expiresAt;
    }

    private static String contactId(Tenant t, String email) {
        return contacts(t).stream().filter(c -> c.getString("email").equals(email)).findFirst().orElseThrow().getString("id");
    }

    private static List<JsonObject> contacts(Tenant t) {
        Reply r = Api.get(t.path("/contacts"), t.admin(), PW);
        assertEquals(200, r.status(), r.toString());
        return Json.createReader(new StringReader(r.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static String contactJson(String name, String email, String phone, boolean incidents, boolean reviews) {
        return AccessApi.contactJson(name, email, phone, incidents, reviews);
    }

    private static Reply putPermissions(Tenant t, String json) {
        return Api.send("PUT", t.path("/permissions"), t.admin(), PW, json);
    }

    /** The tenant's row in GET /expert/tenants, through every page. */
    private static Optional<JsonObject> listed(Tenant t) {
        List<JsonObject> rows = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            Reply r = Api.get("/expert/tenants?size=200&page=" + page, world.user("expert"), PW);
            assertEquals(200, r.status(), r.toString());
            List<JsonObject> items = r.json().getJsonArray("items").getValuesAs(JsonObject.class);
            rows.addAll(items);
            if (items.size() < 200) {
                assertEquals(rows.size(), r.json().getJsonNumber("total").longValue(), "total agrees with the rows");
                break;
            }
        }
        return rows.stream().filter(o -> o.getString("tenantId").equals(t.id())).findFirst();
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static void assertRefused(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(field, reply.field("field"), reply.toString());
        assertFalse(reply.body().contains("Exception"), reply.toString());
        assertFalse(reply.field("message").isBlank(), reply.toString());
    }
}
