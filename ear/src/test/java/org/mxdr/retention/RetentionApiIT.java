package org.mxdr.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.World;

/**
 * The retention endpoints as IT ops script them: the role matrix of each (with its denials),
 * the 400s naming their field, the data location before and after a termination, and the export
 * archive checked file by file against its manifest.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionApiIT {
    private static final String PW = Fixtures.PASSWORD;
    private static World world;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void world() {
        world = World.create();
    }

    private static int status(String method, String path, String user, String json) {
        String password = user == null ? null : user.equals(Fixtures.ADMIN) ? Fixtures.ADMIN_PASSWORD : PW;
        return Api.send(method, path, user, password, json).status();
    }

    /** Every role of the world, and anonymous, gets the expected status. */
    private static void matrix(String method, String path, String json, Map<String, Integer> allowed, int otherwise) {
        Map<String, Integer> got = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Map.Entry<String, String> role : world.users.entrySet()) {
            expected.put(role.getKey(), allowed.getOrDefault(role.getKey(), otherwise));
            got.put(role.getKey(), status(method, path, role.getValue(), json));
        }
        expected.put("other tenant's admin", allowed.getOrDefault("other", otherwise));
        got.put("other tenant's admin", status(method, path, world.otherTenantAdmin, json));
        expected.put("anonymous", 401);
        got.put("anonymous", status(method, path, null, json));
        assertEquals(expected, got, method + " " + path);
    }

    @Test
    void dataLocationIsReadByTheTenantsUsersAndTheProviderRoles() {
        String path = "/tenants/" + world.tenantA + "/data-location";
        matrix("GET", path, null, Map.of("provider-admin", 200, "commercial-executive", 200, "delivery-manager", 200,
                "tenant-admin", 200, "tenant-operator", 200, "tenant-reader", 200), 403);
        JsonObject location = Api.get(path, world.user("tenant-reader"), PW).json();
        assertEquals("US", location.getJsonObject("operational").getString("region"));
        assertEquals("EU", location.getJsonObject("reporting").getString("region"));
        assertTrue(location.getJsonObject("hunting").getString("store").contains("detection platform"));
        JsonObject retention = location.getJsonObject("retention");
        assertEquals(90, retention.getInt("graceDays"));
        assertFalse(retention.getBoolean("legalHold"));
        assertFalse(retention.containsKey("retainUntil") && !retention.isNull("retainUntil"), "no end without an ended subscription");
    }

    @Test
    void afterTheTerminationTheDataLocationShowsTheRetainUntilDate() {
        String tenant = Api.createEligibleTenant("Retention ended " + Fixtures.unique(), "US");
        String sales = Commercial.newCommercialExecutive();
        assertEquals(201, Commercial.subscribe(tenant, sales, PW, Commercial.aYear()).status());
        Instant before = Instant.now().minusSeconds(1);
        assertEquals(200, Commercial.terminate(tenant, sales, PW).status());
        JsonObject retention = Api.get("/tenants/" + tenant + "/data-location", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).json()
                .getJsonObject("retention");
        Instant ended = Instant.parse(retention.getString("endedAt"));
        assertTrue(!ended.isBefore(before) && ended.isBefore(Instant.now().plusSeconds(1)), ended.toString());
        assertEquals(ended.plus(Duration.ofDays(90)), Instant.parse(retention.getString("retainUntil")));
        assertEquals("TERMINATED", retention.getString("subscriptionStatus"));
    }

    @Test
    void theLegalHoldIsTheProviderAdminsAndNeedsAReason() {
        String tenant = Api.createEligibleTenant("Retention hold " + Fixtures.unique(), "EU");
        String path = "/tenants/" + tenant + "/legal-hold";
        String body = Api.json("reason", "Litigation hold, matter 2026-17");
        matrix("PUT", "/tenants/" + world.tenantA + "/legal-hold", body, Map.of("provider-admin", 200), 403);
        matrix("DELETE", "/tenants/" + world.tenantA + "/legal-hold", null, Map.of("provider-admin", 204), 403);
        // {"reason":17} is raw input on purpose: a number for the text
        for (String bad : List.of("{}", Api.json("reason", "   "), "{\"reason\":17}", Api.json("reason", "x".repeat(1001)))) {
            Reply refused = Api.send("PUT", path, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, bad);
            assertEquals(400, refused.status(), bad + " " + refused);
            assertEquals("reason", refused.field("field"), refused.toString());
        }
        Reply placed = Api.send("PUT", path, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, body);
        assertEquals(200, placed.status(), placed.toString());
        JsonObject retention = Api.get("/tenants/" + tenant + "/data-location", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).json().getJsonObject("retention");
        assertTrue(retention.getBoolean("legalHold"));
        assertEquals("Litigation hold, matter 2026-17", retention.getString("legalHoldReason"));
        assertEquals(204, Api.send("DELETE", path, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).status());
        assertEquals(409, Api.send("DELETE", path, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).status(), "nothing left to lift");
        assertEquals(404, Api.send("PUT", "/tenants/nope/legal-hold", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, body).status());
    }

    @Test
    void thePurgeJobAndTheCertificatesAreTheProviderAdmins() {
        matrix("POST", "/jobs/retention-purge", null, Map.of("provider-admin", 200), 403);
        Reply run = Api.post("/jobs/retention-purge", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
        assertNotNull(run.json().getJsonArray("purgedTenants"), run.toString());
        matrix("GET", "/deletion-certificates", null, Map.of("provider-admin", 200), 403);
        matrix("GET", "/deletion-certificates/unknown", null, Map.of("provider-admin", 404), 403);
        Reply badPage = Api.get("/deletion-certificates?size=0", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        assertEquals(400, badPage.status());
        assertEquals("size", badPage.field("field"));
    }

    @Test
    void theExportIsTheTenantAdminsAndTheProviderAdmins() {
        matrix("GET", "/tenants/" + world.tenantA + "/export", null, Map.of("provider-admin", 200, "tenant-admin", 200), 403);
        assertEquals(404, status("GET", "/tenants/unknown/export", Fixtures.ADMIN, null));
    }

    @Test
    void theExportHoldsEveryFileAndMatchesItsManifestAndSums() throws Exception {
        Exported export = anExportWithThreeIncidents();
        Map<String, byte[]> files = export.files();
        for (String name : List.of("tenant.json", "incidents.json", "chat.json", "notes.json", "tickets.json", "questions.json",
                "credits.json", "grants.json", "contacts.json", "inventory.json", "subscriptions.json", "users.json", "audit.json",
                "reporting.json", "incidents.csv", "audit.csv", "audit-digests.csv", "audit-public-key.pem", "manifest.json", "SHA256SUMS")) {
            assertTrue(files.containsKey(name), name + " in " + files.keySet());
        }
        JsonObject manifest = Json.createReader(new StringReader(new String(files.get("manifest.json"), StandardCharsets.UTF_8))).readObject();
        assertEquals(export.tenant(), manifest.getString("tenantId"));
        assertEquals(files.size() - 2, manifest.getJsonArray("files").size(), "every file but the manifest and the sums");
        for (JsonValue v : manifest.getJsonArray("files")) {
            JsonObject f = v.asJsonObject();
            byte[] content = files.get(f.getString("name"));
            assertEquals(f.getString("sha256"), sha256(content), f.getString("name"));
            assertEquals(f.getJsonNumber("bytes").longValue(), content.length);
        }
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        assertTrue(sums.contains(sha256(files.get("manifest.json")) + "  manifest.json"), sums);
    }

    @Test
    void theExportHoldsTheTenantsIncidentsAndUsersButNoPasswordHashNothingOfAnotherTenantAndIsAudited() throws Exception {
        Exported export = anExportWithThreeIncidents();
        Map<String, byte[]> files = export.files();
        String csv = new String(files.get("incidents.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("id,external_id,title,severity"), csv);
        assertEquals(4, csv.split("\r\n").length, "the header and three incidents: " + csv);
        assertTrue(csv.contains("\"Sign-in, with \"\"quotes\"\"\""), csv);
        JsonObject incidents = json(files.get("incidents.json"));
        assertEquals(3, incidents.getJsonObject("tables").getJsonArray("incident").size());
        String users = new String(files.get("users.json"), StandardCharsets.UTF_8);
        assertTrue(users.contains(export.reader()), users);
        assertFalse(users.contains("password_hash") || users.contains("$2a$"), "no password hashes leave");
        assertTrue(new String(files.get("audit-public-key.pem"), StandardCharsets.UTF_8).contains("BEGIN PUBLIC KEY"));
        String tenantJson = new String(files.get("tenant.json"), StandardCharsets.UTF_8);
        assertFalse(tenantJson.contains(world.tenantA) || tenantJson.contains(world.tenantB), "nothing of the other tenants");
        assertTrue(Api.get("/tenants/" + export.tenant() + "/audit?size=200", export.admin(), PW).body().contains("retention.exported"),
                "the export is audited");
    }

    /** A test's own tenant, its admin and reader, and its export as the admin downloaded it. */
    private record Exported(String tenant, String admin, String reader, Map<String, byte[]> files) {
    }

    /** A tenant of its own with three incidents (a title to quote in CSV), exported by its admin. */
    private static Exported anExportWithThreeIncidents() throws Exception {
        String u = Fixtures.unique();
        String tenant = Api.createEligibleTenant("Retention export " + u, "EU");
        String admin = Api.createUser("rx-admin-" + u, "tenant-admin", tenant);
        String reader = Api.createUser("rx-reader-" + u, "tenant-reader", tenant);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, Api.post("/tenants/" + tenant + "/incidents", world.user("platform"), PW,
                    Api.json("externalId", "exp-" + i, "title", "Sign-in, with \"quotes\"", "severity", "HIGH", "category", "Credential access",
                            "tactic", "TA0006", "devices", List.of(), "users", List.of())).status());
        }
        return new Exported(tenant, admin, reader, ExportArchive.download(tenant, admin, PW));
    }

    private static JsonObject json(byte[] content) {
        return Json.createReader(new ByteArrayInputStream(content)).readObject();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** Reads a zip archive into memory by entry name (small test archives only). */
    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
