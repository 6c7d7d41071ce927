package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * Bad input on POST /tenants and POST /users: 400 or 413 JSON naming the field, never a stack
 * trace, and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiBadInputIT {
    private static final String ADMIN = Fixtures.ADMIN;
    private static final String PW = Fixtures.ADMIN_PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /**
     * A tenant refused for one field: what is wrong, the body (NAME stands for a fresh name), the field the 400 names.
     * The bodies are written out as sent, since each is the raw input the refusal is about: a field left out, a wrong
     * JSON type, broken JSON.
     */
    static Stream<Arguments> badTenants() {
        return Stream.of(
                Arguments.of("a blank name", "{\"cloud\":\"COMMERCIAL\",\"region\":\"EU\",\"adminEmail\":\"a@b.example\",\"name\":\"  \"}", "name"),
                Arguments.of("no name", "{\"cloud\":\"COMMERCIAL\",\"region\":\"EU\",\"adminEmail\":\"a@b.example\"}", "name"),
                Arguments.of("no cloud", "{\"name\":\"NAME\",\"region\":\"EU\",\"adminEmail\":\"a@b.example\"}", "cloud"),
                Arguments.of("an unknown cloud", "{\"name\":\"NAME\",\"cloud\":\"AZURE_CHINA\",\"region\":\"EU\",\"adminEmail\":\"a@b.example\"}", "cloud"),
                Arguments.of("no region", "{\"name\":\"NAME\",\"cloud\":\"COMMERCIAL\",\"adminEmail\":\"a@b.example\"}", "region"),
                Arguments.of("an unknown region", "{\"name\":\"NAME\",\"cloud\":\"COMMERCIAL\",\"region\":\"MOON\",\"adminEmail\":\"a@b.example\"}", "region"),
                Arguments.of("an admin email that is none", "{\"name\":\"NAME\",\"cloud\":\"COMMERCIAL\",\"region\":\"EU\",\"adminEmail\":\"not-an-email\"}", "adminEmail"),
                Arguments.of("no admin email", "{\"name\":\"NAME\",\"cloud\":\"COMMERCIAL\",\"region\":\"EU\"}", "adminEmail"),
                Arguments.of("a number for the name", "{\"name\":42,\"cloud\":\"COMMERCIAL\",\"region\":\"EU\",\"adminEmail\":\"a@b.example\"}", "name"),
                Arguments.of("an array for the cloud", "{\"name\":\"NAME\",\"cloud\":[\"COMMERCIAL\"],\"region\":\"EU\",\"adminEmail\":\"a@b.example\"}", "cloud"),
                Arguments.of("an object for the admin email", "{\"name\":\"NAME\",\"cloud\":\"COMMERCIAL\",\"region\":\"EU\",\"adminEmail\":{}}", "adminEmail"),
                Arguments.of("a name too long", "{\"name\":\"" + "n".repeat(201) + "\",\"cloud\":\"COMMERCIAL\",\"region\":\"EU\",\"adminEmail\":\"a@b.example\"}", "name"),
                Arguments.of("not JSON", "{\"name\":", "body"),
                Arguments.of("not an object", "[1,2]", "body"),
                Arguments.of("an empty body", "", "body"));
    }

    @ParameterizedTest(name = "{0} is refused naming {2}")
    @MethodSource("badTenants")
    void aTenantFieldIsRefusedByName(String wrong, String json, String field) {
        String name = "T" + Fixtures.unique();
        assertRefused(tenant(json.replace("NAME", name)), 400, field);
        assertFalse(nameStored(name), "a refused tenant was stored");
    }

    @Test
    void oversizedBodiesAre413() {
        String name = "Huge " + Fixtures.unique();
        String huge = Api.json("name", name, "cloud", "COMMERCIAL", "region", "EU", "adminEmail", "a@b.example", "padding", "x".repeat(200_000));
        assertRefused(tenant(huge), 413, null);
        assertRefused(Api.post("/users", ADMIN, PW, huge), 413, null);
        assertFalse(nameStored(name));
    }

    @Test
    void duplicateTenantNameIsAConflict() {
        String name = "Dup " + Fixtures.unique();
        assertEquals(201, tenant(ApiAccessIT.tenantJson(name)).status());
        assertRefused(tenant(ApiAccessIT.tenantJson(name.toUpperCase())), 409, "name");
    }

    @Test
    void userFieldsAreNamed() {
        String tenantId = Api.createTenant("Bad input " + Fixtures.unique(), "COMMERCIAL", "EU");
        String u = "bad-" + Fixtures.unique();
        assertRefused(user(u, "short", "u@example.org", "tenant-reader", tenantId), 400, "password");
        assertRefused(user(u, "passwordpassword", "u@example.org", "tenant-reader", tenantId), 400, "password");
        assertRefused(user(u, Fixtures.PASSWORD, "u@", "tenant-reader", tenantId), 400, "email");
        assertRefused(user(u, Fixtures.PASSWORD, "u@example.org", "superuser", tenantId), 400, "role");
        assertRefused(user("Not Valid!", Fixtures.PASSWORD, "u@example.org", "tenant-reader", tenantId), 400, "username");
        assertRefused(user(u, Fixtures.PASSWORD, "u@example.org", "tenant-reader", null), 400, "tenantId");
        assertRefused(user(u, Fixtures.PASSWORD, "u@example.org", "expert", tenantId), 400, "tenantId");
        assertRefused(user(u, Fixtures.PASSWORD, "u@example.org", "tenant-reader", "no-such-tenant"), 400, "tenantId");
        // raw input on purpose: a number for the username, a boolean for the role
        assertRefused(Api.post("/users", ADMIN, PW, "{\"username\":7}"), 400, "username");
        assertRefused(Api.post("/users", ADMIN, PW, "{\"username\":\"" + u + "\",\"password\":\"" + Fixtures.PASSWORD
                + "\",\"email\":\"u@example.org\",\"role\":true}"), 400, "role");
        // nothing of it was stored: the name is still free
        assertEquals(201, user(u, Fixtures.PASSWORD, "u@example.org", "tenant-reader", tenantId).status());
        assertRefused(user(u, Fixtures.PASSWORD, "u@example.org", "tenant-reader", tenantId), 409, "username");
    }

    @Test
    void badPagingIsNamed() {
        assertRefused(Api.get("/tenants?page=-1", ADMIN, PW), 400, "page");
        assertRefused(Api.get("/tenants?size=abc", ADMIN, PW), 400, "size");
        assertRefused(Api.get("/tenants?size=100000", ADMIN, PW), 400, "size");
        assertRefused(Api.get("/tenants?sort=password", ADMIN, PW), 400, "sort");
    }

    private static Reply tenant(String json) {
        return Api.post("/tenants", ADMIN, PW, json);
    }

    private static Reply user(String username, String password, String email, String role, String tenantId) {
        JsonObjectBuilder user = Json.createObjectBuilder().add("username", username).add("password", password).add("email", email).add("role", role);
        if (tenantId != null) {
            user.add("tenantId", tenantId);
        }
        return Api.post("/users", ADMIN, PW, user.build().toString());
    }

    private static void assertRefused(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/json"), reply.toString());
        assertEquals(status, reply.json().getInt("status"), reply.toString());
        assertFalse(reply.json().getString("message", "").isBlank(), reply.toString());
        assertEquals(field, reply.field("field"), reply.toString());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "stack trace leaked: " + reply);
    }

    private static boolean nameStored(String name) {
        Reply page = Api.get("/tenants?size=200&sort=CREATED&desc=true", ADMIN, PW);
        return page.body().contains("\"" + name + "\"");
    }
}
