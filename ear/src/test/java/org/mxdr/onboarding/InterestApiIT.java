package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

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
import org.mxdr.testing.World;

/** POST /interest for anyone, GET /leads for commercial executives and the provider admin, PUT /leads for commercial executives, through HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterestApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anyoneSendsTheFormAndTheCommercialExecutiveWorksTheLead() {
        World world = World.create();
        String email = "prospect-" + Fixtures.unique() + "@example.org";
        Reply sent = Api.post("/interest", null, null, form("Grace Hopper", email, "Cobol Inc", "United States", 500, "Call me"));
        assertEquals(201, sent.status(), sent.toString());
        String id = sent.field("id");

        // the provider admin reads them too, to turn one into a tenant
        Set<String> mayRead = Set.of("commercial-executive", "provider-admin");
        for (String role : world.users.keySet()) {
            Reply leads = Api.get("/leads?size=200", world.user(role), Fixtures.PASSWORD);
            assertEquals(mayRead.contains(role) ? 200 : 403, leads.status(), role + ": " + leads);
        }
        assertEquals(401, Api.get("/leads", null, null).status());

        String sales = world.user("commercial-executive");
        JsonObject newest = Api.get("/leads?state=NEW&q=" + email, sales, Fixtures.PASSWORD).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(l -> l.getString("id").equals(id)).findFirst().orElseThrow();
        assertEquals("US", newest.getString("country"));
        assertEquals(500, newest.getInt("seats"));
        assertEquals(email, newest.getString("email"));

        Reply worked = Api.send("PUT", "/leads/" + id, sales, Fixtures.PASSWORD,
                Api.json("state", "CONTACTED", "notes", "Demo booked", "version", 0));
        assertEquals(200, worked.status(), worked.toString());
        assertEquals("CONTACTED", worked.field("state"));
        Reply stale = Api.send("PUT", "/leads/" + id, sales, Fixtures.PASSWORD, Api.json("state", "WON", "version", 0));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(403, Api.send("PUT", "/leads/" + id, world.user("provider-admin"), Fixtures.PASSWORD,
                Api.json("state", "WON", "version", 1)).status());
        assertEquals(404, Api.get("/leads/no-such-lead", sales, Fixtures.PASSWORD).status());
    }

    @Test
    void badFormsAreRefusedNamingTheField() {
        String email = "bad-" + Fixtures.unique() + "@example.org";
        assertRefused(Api.post("/interest", null, null, form("", email, "Org", "GB", 5, "")), 400, "name");
        assertRefused(Api.post("/interest", null, null, form("Ann", "ann@", "Org", "GB", 5, "")), 400, "email");
        assertRefused(Api.post("/interest", null, null, form("Ann", email, "", "GB", 5, "")), 400, "organisation");
        assertRefused(Api.post("/interest", null, null, form("Ann", email, "Org", "Narnia", 5, "")), 400, "country");
        assertRefused(Api.post("/interest", null, null, form("Ann", email, "Org", "GB", 0, "")), 400, "seats");
        assertRefused(Api.post("/interest", null, null, form("Ann", email, "Org", "GB", "many", "")), 400, "seats"); // a string for the number
        assertRefused(Api.post("/interest", null, null, form("Ann", email, "Org", "GB", 5, "m".repeat(4001))), 400, "message");
        assertRefused(Api.post("/interest", null, null, form("Ann", email, "Org", "GB", 5, "x".repeat(70_000))), 413, null);
        assertRefused(Api.post("/interest", null, null, "{oops"), 400, "body");
    }

    @Test
    void theSameAddressSendingTooOftenGets429() {
        String email = "eager-" + Fixtures.unique() + "@example.org";
        Reply last = null;
        for (int i = 0; i < 4; i++) {
            last = Api.post("/interest", null, null, form("Eager", email, "Eager Ltd", "FR", 10, "Try " + i));
            if (i < 3) {
                assertEquals(201, last.status(), last.toString());
            }
        }
        assertRefused(last, 429, null);
        assertTrue(Long.parseLong(last.header("Retry-After").orElseThrow()) > 0);
    }

    /** The interest form's body; {@code seats} is a number, or another value sent in its place. */
    static String form(String name, String email, String organisation, String country, Object seats, String message) {
        return Api.json("name", name, "email", email, "organisation", organisation, "country", country, "seats", seats, "message", message);
    }

    private static void assertRefused(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals(status, reply.json().getInt("status"), reply.toString());
        assertEquals(field, reply.field("field"), reply.toString());
        assertFalse(reply.body().contains("Exception"), reply.toString());
    }
}
