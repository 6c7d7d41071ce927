package org.mxdr.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;

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
import org.mxdr.testing.World;

/**
 * The audit endpoints role by role (anonymous, every role, another tenant's admin), the filters and
 * their refusals by field, the CSV export, and the documented offline verification of an export.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditApiIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
    void roleMatrix() {
        String a = world.tenantA;
        Map<String, Integer> tenantTrail = expect(200, "tenant-admin", "provider-admin");
        assertStatuses("/tenants/" + a + "/audit", tenantTrail);
        assertStatuses("/tenants/" + a + "/audit/verify", tenantTrail);
        assertStatuses("/audit/verify", expect(200, "provider-admin"));
        assertStatuses("/audit", expect(200, "provider-admin"));
        for (String role : roles()) {
            assertEquals(200, get("/audit/public-key", world.user(role), "*/*").statusCode(), role);
        }
        HttpResponse<String> key = get("/audit/public-key", null, "*/*");
        assertEquals(200, key.statusCode());
        assertTrue(key.body().startsWith("-----BEGIN PUBLIC KEY-----"), key.body());
        for (String role : roles()) {
            int expected = role.equals("provider-admin") ? 200 : 403;
            assertEquals(expected, Api.post("/jobs/audit-digests", world.user(role), Fixtures.PASSWORD, null).status(), role);
        }
        assertEquals(401, Api.post("/jobs/audit-digests", null, null, null).status());
        assertEquals(403, csv("/tenants/" + a + "/audit", world.otherTenantAdmin).statusCode());
        assertEquals(403, csv("/tenants/" + a + "/audit/digests", world.otherTenantAdmin).statusCode());
        assertEquals(403, csv("/audit", world.user("tenant-admin")).statusCode());
        assertEquals(401, csv("/tenants/" + a + "/audit", null).statusCode());
    }

    @Test
    void filtersNarrowTheTrailByActionActorAndDays() {
        String trail = "/tenants/" + world.tenantA + "/audit";
        String admin = world.user("tenant-admin");
        Reply all = Api.get(trail, admin, Fixtures.PASSWORD);
        assertEquals(200, all.status(), all.body());
        assertEquals(4, all.json().getJsonArray("items").size(), "created, and three tenant users: " + all.body());
        assertTrue(!all.json().containsKey("nextCursor") || all.json().isNull("nextCursor"), "one page holds them: " + all.body());
        assertTrue(all.body().contains("Created a user: username"), all.body());
        assertEquals(4, total(trail, admin));
        assertEquals(3, total(trail + "?action=user", admin));
        assertEquals(1, total(trail + "?action=tenant.created", admin));
        assertEquals(4, total(trail + "?actor=" + Fixtures.ADMIN.toUpperCase(), admin));
        assertEquals(0, total(trail + "?actor=nobody-" + Fixtures.unique(), admin));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(4, total(trail + "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1), admin));
        assertEquals(0, total(trail + "?from=" + today.plusDays(2), admin));
        assertEquals(0, total(trail + "?to=" + today.minusDays(2), admin));
    }

    @Test
    void badFiltersAreRefusedByNameOnThePageAndTheCsv() {
        String trail = "/tenants/" + world.tenantA + "/audit";
        assertRefused(trail + "?from=2026-13-01", "from");
        assertRefused(trail + "?to=yesterday", "to");
        assertRefused(trail + "?from=2026-11-10&to=2026-11-01", "to");
        assertRefused(trail + "?actor=" + "x".repeat(65), "actor");
        assertRefused(trail + "?page=first", "page");
        assertRefused("/audit?tenant=" + world.tenantA + "&from=soon", "from");
        HttpResponse<String> refused = csv(trail + "?to=never", world.user("tenant-admin"));
        assertEquals(400, refused.statusCode());
        assertEquals("to", Json.createReader(new StringReader(refused.body())).readObject().getString("field"), refused.body());
    }

    @Test
    void theCsvHoldsTheFilteredRecordsUnderItsHeader() {
        HttpResponse<String> csv = csv("/tenants/" + world.tenantA + "/audit?action=user", world.user("tenant-admin"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(4, lines.length, csv.body());
        assertTrue(lines[0].startsWith("\"id\",\"chain\",\"position\",\"recorded_at\""), lines[0]);
        assertTrue(lines[1].contains("\"Created a user: username "), lines[1]);
    }

    @Test
    void aClientThatTakesAnythingGetsTheJsonPageNotTheCsv() {
        String trail = "/tenants/" + world.tenantA + "/audit";
        // a client that takes anything (curl's Accept: */*) gets the JSON page; CSV only when asked for
        for (String path : new String[] {trail, "/audit?tenant=" + world.tenantA}) {
            HttpResponse<String> any = get(path, path.startsWith("/audit") ? world.user("provider-admin") : world.user("tenant-admin"), "*/*");
            assertEquals(200, any.statusCode(), any.body());
            assertTrue(any.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path + ": " + any.headers().map());
        }
    }

    @Test
    void theProviderAdminSeesEveryTenantAndTheProviderWideRecords() {
        String admin = world.user("provider-admin");
        assertEquals(4, total("/audit?tenant=" + world.tenantA, admin));
        assertTrue(total("/audit?tenant=provider&action=user.created", admin) >= PROVIDER_USERS, "the provider's own users");
        assertTrue(total("/audit", admin) >= 8 + PROVIDER_USERS);
    }

    private static final int PROVIDER_USERS = World.PROVIDER_ROLES.length;

    @Test
    void anExportedChainVerifiesOfflineAndATamperedExportDoesNot() throws Exception {
        String t = world.tenantA;
        String admin = world.user("tenant-admin");
        assertEquals(200, Api.post("/jobs/audit-digests", world.user("provider-admin"), Fixtures.PASSWORD, null).status());
        Reply verified = Api.get("/tenants/" + t + "/audit/verify", admin, Fixtures.PASSWORD);
        assertEquals(200, verified.status());
        assertTrue(verified.json().getBoolean("valid"), verified.body());
        assertEquals(4, verified.json().getInt("records"));
        Reply everything = Api.get("/audit/verify", world.user("provider-admin"), Fixtures.PASSWORD);
        assertTrue(everything.json().getBoolean("valid"), everything.body());

        Path dir = Files.createTempDirectory("audit-offline");
        Path records = Files.writeString(dir.resolve("audit.csv"), csv("/tenants/" + t + "/audit", admin).body());
        Path digests = Files.writeString(dir.resolve("digests.csv"), csv("/tenants/" + t + "/audit/digests", admin).body());
        Path key = Files.writeString(dir.resolve("public-key.pem"), get("/audit/public-key", null, "*/*").body());
        String[] ok = offline(records, digests, key);
        assertEquals("0", ok[0], ok[1]);
        assertTrue(ok[1].startsWith("valid: 4 records"), ok[1]);

        String text = Files.readString(records);
        Files.writeString(records, text.replaceFirst("role=tenant-admin", "role=provider-admin"));
        String[] broken = offline(records, digests, key);
        assertEquals("1", broken[0], broken[1]);
        assertTrue(broken[1].contains("altered"), broken[1]);
    }

    /** The README's command: java tools/VerifyAuditChain.java audit.csv digests.csv public-key.pem */
    private static String[] offline(Path records, Path digests, Path key) throws Exception {
        Path tool = Path.of("..", "tools", "VerifyAuditChain.java").toAbsolutePath().normalize();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), tool.toString(), records.toString(),
                digests.toString(), key.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new String[] {String.valueOf(p.exitValue()), out};
    }

    private void assertStatuses(String path, Map<String, Integer> expected) {
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            String user = e.getKey() == null ? null : world.user(e.getKey());
            Reply reply = Api.get(path, user, Fixtures.PASSWORD);
            assertEquals(e.getValue(), reply.status(), path + " as " + e.getKey() + ": " + reply.body());
        }
        if (path.startsWith("/tenants/")) {
            assertEquals(403, Api.get(path, world.otherTenantAdmin, Fixtures.PASSWORD).status(), path + " as another tenant's admin");
        }
    }

    /** 403 for every role but the allowed ones, 401 for anonymous. */
    private static Map<String, Integer> expect(int allowed, String... roles) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (String role : roles()) {
            statuses.put(role, List.of(roles).contains(role) ? allowed : 403);
        }
        statuses.put(null, 401);
        return statuses;
    }

    private static String[] roles() {
        String[] all = new String[World.PROVIDER_ROLES.length + World.TENANT_ROLES.length];
        System.arraycopy(World.PROVIDER_ROLES, 0, all, 0, World.PROVIDER_ROLES.length);
        System.arraycopy(World.TENANT_ROLES, 0, all, World.PROVIDER_ROLES.length, World.TENANT_ROLES.length);
        return all;
    }

    private static int total(String path, String user) {
        // only a list paged by number counts its total
        Reply reply = Api.get(path + (path.contains("?") ? "&" : "?") + "page=0", user, Fixtures.PASSWORD);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return reply.json().getInt("total");
    }

    private static void assertRefused(String path, String field) {
        Reply reply = Api.get(path, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        assertEquals(400, reply.status(), path + ": " + reply.body());
        assertEquals(field, reply.field("field"), reply.body());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    private static HttpResponse<String> csv(String path, String user) {
        return get(path, user, "text/csv");
    }

    private static HttpResponse<String> get(String path, String user, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Accept", accept).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(path + " failed: " + e, e);
        }
    }
}
