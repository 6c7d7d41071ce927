package org.mxdr.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Inventories;

/** Imports are all or nothing, idempotent by external id, and bounded in size. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryImportIT {
    static final long MB10 = 10L * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private String tenant;

    @BeforeEach
    void tenant() {
        tenant = Api.createTenant("Import " + Fixtures.unique(), "COMMERCIAL", "EU");
    }

    @Test
    void badItemsAreAllNamedAndNothingIsStored() {
        put(Inventories.realistic().json(), 200);
        // written out on purpose: d2's eligible is a string, a wrong JSON type, one of the four problems named
        String bad = "{\"licenses\":[{\"product\":\"NO_SUCH\",\"seats\":1}],"
                + "\"users\":[{\"externalId\":\"u1\",\"name\":\"Ada\",\"licenses\":[]}],"
                + "\"devices\":[{\"externalId\":\"d1\",\"name\":\"A\",\"os\":\"W\",\"eligible\":true,\"onboarded\":true,\"avMode\":\"ACTIVE\"},"
                + "{\"externalId\":\"d2\",\"name\":\"B\",\"os\":\"W\",\"eligible\":\"yes\",\"onboarded\":true,\"avMode\":\"ACTIVE\"},"
                + "{\"externalId\":\"d3\",\"name\":\"C\",\"os\":\"W\",\"eligible\":true,\"onboarded\":true,\"avMode\":\"SLEEPING\"},"
                + "{\"externalId\":\"d1\",\"name\":\"D\",\"os\":\"W\",\"eligible\":true,\"onboarded\":true,\"avMode\":\"ACTIVE\"}]}";
        Reply refused = put(bad, 400);
        assertEquals("devices[1].eligible", refused.field("field"));
        String message = refused.field("message");
        for (String named : new String[] {"licenses[0].product", "devices[1].eligible", "devices[2].avMode", "devices[3].externalId: 'd1' appears more than once"}) {
            assertTrue(message.contains(named), named + " in " + message);
        }
        assertTrue(message.startsWith("Nothing was imported: 4 problems."), message);
        assertEquals(200, count("devices"), "the earlier inventory is untouched");
        assertEquals(150, count("users"));
    }

    @Test
    void aCsvFileWithBadRowsIsRefusedListingEveryRow() {
        put(Inventories.realistic().json(), 200);
        String csv = "externalId,name,os,eligible,onboarded,avMode,deviceGroup\n"
                + "x1,PC1,Windows,true,true,ACTIVE,\n"
                + "x2,PC2,Windows,maybe,true,ACTIVE,\n"
                + "x3,,Windows,true,true,ACTIVE,\n"
                + "x4,PC4,Windows,true,true,OFF,\n";
        Reply refused = Api.sendCsv("/tenants/" + tenant + "/inventory/devices", "itadmin", Fixtures.ADMIN_PASSWORD, csv);
        assertEquals(400, refused.status(), refused.toString());
        String message = refused.field("message");
        assertTrue(message.contains("row 3, eligible: 'maybe' is not true or false"), message);
        assertTrue(message.contains("row 4, name: is required"), message);
        assertTrue(message.contains("row 5, avMode: 'OFF' is not one of ACTIVE, PASSIVE, DISABLED"), message);
        assertEquals(200, count("devices"));
    }

    @Test
    void reImportingUpdatesByExternalIdAndRemovesWhatIsGone() {
        put(Inventories.realistic().json(), 200);
        put(Inventories.realistic().json(), 200);
        assertEquals(200, count("devices"), "the same inventory twice is still 200 devices");
        assertEquals(150, count("users"));

        String changed = Inventories.create().license("AZURE_AD_PREMIUM_P1", 2)
                .user("u-001", "Renamed", "AZURE_AD_PREMIUM_P1").user("u-999", "New")
                .device("d-001", true, false, "DISABLED").json();
        JsonObject counts = put(changed, 200).json();
        assertEquals(1, counts.getInt("devices"));
        assertEquals(2, counts.getInt("users"));
        assertEquals(1, counts.getInt("licenses"));
        JsonObject users = Api.get("/tenants/" + tenant + "/users?q=u-001", "itadmin", Fixtures.ADMIN_PASSWORD).json();
        assertEquals("Renamed", users.getJsonArray("items").getJsonObject(0).getString("name"));
        JsonObject device = Api.get("/tenants/" + tenant + "/devices?page=0", "itadmin", Fixtures.ADMIN_PASSWORD).json();
        assertEquals(1, device.getInt("total"));
        assertEquals("DISABLED", device.getJsonArray("items").getJsonObject(0).getString("avMode"));

        // a part left out of the body keeps what is stored
        put(Api.json("licenses", List.of(Json.createObjectBuilder().add("product", "AZURE_AD_PREMIUM_P1").add("seats", 5))), 200);
        assertEquals(2, count("users"));
    }

    @Test
    void aTenMegabyteCsvIsWithinTheLimitAndMoreIsRefusedWith413() {
        String header = "externalId,name,os,eligible,onboarded,avMode,deviceGroup\n";
        int rowLength = Inventories.devicesCsv(1, 1).length() - header.length();
        int rows = (int) ((MB10 - header.length()) / rowLength);
        String csv = Inventories.devicesCsv(1, rows);
        assertTrue(csv.getBytes(StandardCharsets.UTF_8).length <= MB10 && csv.length() > MB10 - rowLength, "just under 10 MB");
        Reply ok = Api.sendCsv("/tenants/" + tenant + "/inventory/devices", "itadmin", Fixtures.ADMIN_PASSWORD, csv);
        assertEquals(200, ok.status(), ok.toString());
        assertEquals(rows, ok.json().getInt("devices"));

        String tooLarge = Inventories.devicesCsv(1, rows + 1);
        Reply refused = Api.sendCsv("/tenants/" + tenant + "/inventory/devices", "itadmin", Fixtures.ADMIN_PASSWORD, tooLarge);
        assertEquals(413, refused.status(), refused.toString());
        assertTrue(refused.field("message").contains("10 MB"), refused.toString());
        assertEquals(rows, count("devices"), "nothing of the refused file was stored");
    }

    @Test
    void aJsonBodyAbove32MegabytesIsRefusedWith413() {
        byte[] body = new byte[32 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        Reply refused = Api.sendBody("PUT", "/tenants/" + tenant + "/inventory", "itadmin", Fixtures.ADMIN_PASSWORD, "application/json", body);
        assertEquals(413, refused.status(), refused.toString());
    }

    @Test
    void malformedBodiesGet400NeverA500() {
        // raw input on purpose: truncated JSON, an array for the object, an object for the devices' array
        assertEquals(400, put("{\"devices\":", 400).status());
        assertEquals(400, put("[1,2]", 400).status());
        assertEquals("devices", put("{\"devices\":{}}", 400).field("field"));
        assertEquals("licenses[0].seats", put(
                Api.json("licenses", List.of(Json.createObjectBuilder().add("product", "DEFENDER_ANTIVIRUS").add("seats", -3))), 400).field("field"));
        Reply brokenCsv = Api.sendCsv("/tenants/" + tenant + "/inventory/users", "itadmin", Fixtures.ADMIN_PASSWORD, "externalId,name,licenses\nu1,\"Ada\n");
        assertEquals(400, brokenCsv.status(), brokenCsv.toString());
        Reply noHeader = Api.sendCsv("/tenants/" + tenant + "/inventory/licenses", "itadmin", Fixtures.ADMIN_PASSWORD, "AZURE_AD_PREMIUM_P1,5\n");
        assertEquals(400, noHeader.status());
        assertEquals("header", noHeader.field("field"));
    }

    private Reply put(String json, int expected) {
        Reply reply = Api.send("PUT", "/tenants/" + tenant + "/inventory", "itadmin", Fixtures.ADMIN_PASSWORD, json);
        assertEquals(expected, reply.status(), reply.toString());
        return reply;
    }

    private int count(String list) {
        return Api.get("/tenants/" + tenant + "/" + list + "?size=1&page=0", "itadmin", Fixtures.ADMIN_PASSWORD).json().getInt("total");
    }
}
