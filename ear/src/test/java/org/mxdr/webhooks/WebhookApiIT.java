package org.mxdr.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/** The webhooks API as a tenant's script uses it: the secret answered once, bad input refused naming its field, other tenants 403. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookApiIT {
    private static final String PW = Fixtures.PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void registeringAnswersTheSecretOnceAndItIsNeverListedNorReadAgain() {
        Hooks h = hooks();
        Reply made = register(h);
        assertEquals(201, made.status(), made.toString());
        JsonObject created = made.json();
        assertTrue(created.getString("secret").startsWith("whsec_"));
        assertTrue(created.getBoolean("enabled"), "enabled unless told otherwise");
        String id = created.getString("id");
        assertTrue(made.header("Location").orElse("").endsWith(h.base() + "/" + id));

        JsonObject listed = Json.createReader(new StringReader(Api.get(h.base(), h.admin(), PW).body())).readArray().getJsonObject(0);
        assertEquals(id, listed.getString("id"));
        assertFalse(listed.containsKey("secret"), "never listed");
        assertFalse(Api.get(h.base() + "/" + id, h.admin(), PW).json().containsKey("secret"), "never read again");
    }

    @Test
    void aChangeAppliesWhatItSendsAndKeepsWhatItLeavesOut() {
        Hooks h = hooks();
        String id = register(h).field("id");
        Reply changed = Api.send("PUT", h.base() + "/" + id, h.admin(), PW, Api.json("events", List.of("incident.resolved"), "enabled", false));
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("incident.resolved", changed.json().getJsonArray("events").getString(0));
        assertFalse(changed.json().getBoolean("enabled"));
        assertEquals("http://127.0.0.1:9/in", changed.json().getString("url"), "an absent field is kept");
    }

    @Test
    void badInputIsRefusedNamingItsField() {
        Hooks h = hooks();
        String base = h.base();
        String admin = h.admin();
        String id = register(h).field("id");
        // the literals left below send a wrong JSON type on purpose: a number for the url, a string for the events, one for enabled
        assertRefused(Api.post(base, admin, PW, Api.json("events", List.of("incident.created"))), "url");
        assertRefused(Api.post(base, admin, PW, Api.json("url", "ftp://127.0.0.1/in", "events", List.of("incident.created"))), "url");
        assertRefused(Api.post(base, admin, PW, "{\"url\":42,\"events\":[\"incident.created\"]}"), "url");
        assertRefused(Api.post(base, admin, PW, Api.json("url", "http://127.0.0.1:9/in")), "events");
        assertRefused(Api.post(base, admin, PW, "{\"url\":\"http://127.0.0.1:9/in\",\"events\":\"incident.created\"}"), "events");
        assertRefused(Api.post(base, admin, PW, Api.json("url", "http://127.0.0.1:9/in", "events", List.of("incident.deleted"))), "events");
        assertRefused(Api.post(base, admin, PW, "{\"url\":\"http://127.0.0.1:9/in\",\"events\":[\"incident.created\"],\"enabled\":\"yes\"}"),
                "enabled");
        assertRefused(Api.send("PUT", base + "/" + id, admin, PW, Api.json("url", "gopher://127.0.0.1/")), "url");
        assertRefused(Api.get(base + "/" + id + "/deliveries?size=0", admin, PW), "size");
        assertRefused(Api.get(base + "/" + id + "/deliveries?cursor=not-a-cursor", admin, PW), "cursor");
    }

    @Test
    void onlyTheTenantsOwnAdminReadsAndRegistersItsWebhooks() {
        Hooks h = hooks();
        String other = Api.createTenant("Webhooks API other " + Fixtures.unique(), "COMMERCIAL", "EU");
        String id = register(h).field("id");
        assertEquals(403, Api.get(h.base(), h.reader(), PW).status(), "tenant-admin only");
        assertEquals(403, Api.post(h.base(), h.reader(), PW, Api.json("url", "http://127.0.0.1:9/in", "events", List.of("incident.created"))).status());
        assertEquals(403, Api.get("/tenants/" + other + "/webhooks", h.admin(), PW).status(), "another tenant");
        assertEquals(403, Api.get(h.base(), Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).status(), "the provider admin does not read them");
        assertEquals(401, Api.get(h.base(), null, null).status());
        assertEquals(404, Api.get(h.base() + "/no-such-endpoint", h.admin(), PW).status());
        assertEquals(404, Api.post(h.base() + "/" + id + "/deliveries/no-such-delivery/redelivery", h.admin(), PW, null).status());
    }

    @Test
    void aRemovedWebhookIsGone() {
        Hooks h = hooks();
        String id = register(h).field("id");
        assertEquals(204, Api.send("DELETE", h.base() + "/" + id, h.admin(), PW, null).status());
        assertEquals(404, Api.get(h.base() + "/" + id, h.admin(), PW).status());
    }

    /** A tenant of one test, its admin and reader, and the path of its webhooks. */
    private record Hooks(String tenant, String admin, String reader, String base) {
    }

    private static Hooks hooks() {
        String tenant = Api.createTenant("Webhooks API " + Fixtures.unique(), "COMMERCIAL", "EU");
        String admin = Api.createUser("wha-admin-" + Fixtures.unique(), "tenant-admin", tenant);
        String reader = Api.createUser("wha-reader-" + Fixtures.unique(), "tenant-reader", tenant);
        return new Hooks(tenant, admin, reader, "/tenants/" + tenant + "/webhooks");
    }

    /** The admin registers an endpoint for created incidents and grant changes. */
    private static Reply register(Hooks h) {
        Reply made = Api.post(h.base(), h.admin(), PW, Api.json("url", "http://127.0.0.1:9/in", "events", List.of("incident.created", "grant.changed")));
        assertEquals(201, made.status(), made.toString());
        return made;
    }

    private static void assertRefused(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(field, reply.field("field"), reply.toString());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }
}
