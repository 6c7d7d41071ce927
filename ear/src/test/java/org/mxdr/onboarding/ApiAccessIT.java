package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

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
import org.mxdr.testing.World;

/** The role matrix of every endpoint built so far, through the REST API as a client calls it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAccessIT {

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
    void createTenant() {
        for (String role : roles()) {
            Reply reply = Api.post("/tenants", world.user(role), password(role), tenantJson("By " + role + " " + Fixtures.unique()));
            assertEquals("provider-admin".equals(role) ? 201 : 403, reply.status(), role + ": " + reply);
        }
        Reply anonymous = Api.post("/tenants", null, null, tenantJson("Anonymous " + Fixtures.unique()));
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, Api.post("/tenants", world.user("provider-admin"), "wrong-password-123", tenantJson("Wrong")).status());
    }

    @Test
    void readTenant() {
        // experts reach a tenant only through its live grant: none in this world
        Set<String> mayRead = Set.of("provider-admin", "commercial-executive", "delivery-manager",
                "tenant-admin", "tenant-operator", "tenant-reader");
        for (String role : roles()) {
            Reply reply = Api.get("/tenants/" + world.tenantA, world.user(role), password(role));
            assertEquals(mayRead.contains(role) ? 200 : 403, reply.status(), role + ": " + reply);
            if (reply.status() == 200) {
                assertEquals("en", reply.field("language"));
                assertEquals("EU", reply.field("region"));
                assertEquals("COMMERCIAL", reply.field("cloud"));
                assertEquals("NONE", reply.json().getJsonObject("subscription").getString("status"));
            }
        }
        for (String role : World.TENANT_ROLES) {
            Reply other = Api.get("/tenants/" + world.tenantB, world.user(role), Fixtures.PASSWORD);
            assertEquals(403, other.status(), role + " reaching another tenant: " + other);
            assertTrue(other.field("ref").matches("[0-9a-f]{8}"), "the refusal names its log line: " + other);
        }
        assertEquals(404, Api.get("/tenants/no-such-tenant", world.user("provider-admin"), Fixtures.PASSWORD).status());
        assertEquals(401, Api.get("/tenants/" + world.tenantA, null, null).status());
    }

    @Test
    void listTenants() {
        Set<String> mayList = Set.of("provider-admin", "commercial-executive", "delivery-manager");
        for (String role : roles()) {
            Reply reply = Api.get("/tenants?page=0&size=5", world.user(role), password(role));
            assertEquals(mayList.contains(role) ? 200 : 403, reply.status(), role + ": " + reply);
        }
        assertEquals(401, Api.get("/tenants", null, null).status());
    }

    @Test
    void createUser() {
        for (String role : roles()) {
            String name = "made-by-" + Fixtures.unique();
            Reply reply = Api.post("/users", world.user(role), password(role), userJson(name, "tenant-reader", world.tenantA));
            boolean allowed = role.equals("provider-admin") || role.equals("tenant-admin");
            assertEquals(allowed ? 201 : 403, reply.status(), role + ": " + reply);
            if (allowed) {
                assertEquals(world.tenantA, reply.field("tenantId"));
                assertTrue(!reply.body().contains("password"), "no password in " + reply);
            }
        }
        // a tenant admin stays inside its own tenant and on the tenant side
        assertEquals(403, Api.post("/users", world.user("tenant-admin"), Fixtures.PASSWORD,
                userJson("x-" + Fixtures.unique(), "tenant-reader", world.tenantB)).status());
        assertEquals(403, Api.post("/users", world.user("tenant-admin"), Fixtures.PASSWORD,
                userJson("x-" + Fixtures.unique(), "expert", null)).status());
        assertEquals(201, Api.post("/users", world.otherTenantAdmin, Fixtures.PASSWORD,
                userJson("x-" + Fixtures.unique(), "tenant-operator", world.tenantB)).status());
        assertEquals(401, Api.post("/users", null, null, userJson("anon-" + Fixtures.unique(), "tenant-reader", world.tenantA)).status());
    }

    @Test
    void listAndDisableUsers() {
        for (String role : roles()) {
            Reply reply = Api.get("/users?size=5", world.user(role), Fixtures.PASSWORD);
            boolean allowed = role.equals("provider-admin") || role.equals("tenant-admin");
            assertEquals(allowed ? 200 : 403, reply.status(), role + ": " + reply);
        }
        assertEquals(403, Api.get("/users?tenantId=" + world.tenantB, world.user("tenant-admin"), Fixtures.PASSWORD).status());
        assertEquals(401, Api.get("/users", null, null).status());
        String reader = world.user("tenant-reader");
        String readerId = Api.get("/users?size=200", world.user("tenant-admin"), Fixtures.PASSWORD).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(u -> u.getString("username").equals(reader)).findFirst().orElseThrow().getString("id");
        assertEquals(200, Api.send("PUT", "/users/" + readerId + "/enabled", world.user("tenant-admin"), Fixtures.PASSWORD,
                Api.json("enabled", false)).status());
        assertEquals(401, Api.get("/tenants/" + world.tenantA, reader, Fixtures.PASSWORD).status(), "a disabled user cannot sign in");
        // raw input on purpose: a string for the boolean
        assertEquals(400, Api.send("PUT", "/users/" + readerId + "/enabled", world.user("tenant-admin"), Fixtures.PASSWORD, "{\"enabled\":\"no\"}").status());
        assertEquals(403, Api.send("PUT", "/users/" + readerId + "/enabled", world.otherTenantAdmin, Fixtures.PASSWORD,
                Api.json("enabled", true)).status());
        assertEquals(200, Api.send("PUT", "/users/" + readerId + "/enabled", world.user("provider-admin"), Fixtures.PASSWORD,
                Api.json("enabled", true)).status());
        assertEquals(200, Api.get("/tenants/" + world.tenantA, reader, Fixtures.PASSWORD).status());
    }

    @Test
    void newUserSignsInWithItsPassword() {
        String name = "fresh-" + Fixtures.unique();
        Api.createUser(name, "tenant-reader", world.tenantA);
        assertEquals(200, Api.get("/tenants/" + world.tenantA, name, Fixtures.PASSWORD).status());
        assertEquals(401, Api.get("/tenants/" + world.tenantA, name, Fixtures.PASSWORD + "x").status());
    }

    private String[] roles() {
        return world.users.keySet().toArray(String[]::new);
    }

    private static String password(String role) {
        return Fixtures.PASSWORD;
    }

    static String tenantJson(String name) {
        return Api.json("name", name, "cloud", "COMMERCIAL", "region", "EU", "adminEmail", "admin@example.org");
    }

    static String userJson(String username, String role, String tenantId) {
        JsonObjectBuilder user = Json.createObjectBuilder().add("username", username).add("password", Fixtures.PASSWORD)
                .add("email", username + "@example.org").add("role", role);
        if (tenantId != null) {
            user.add("tenantId", tenantId);
        }
        return user.build().toString();
    }
}
