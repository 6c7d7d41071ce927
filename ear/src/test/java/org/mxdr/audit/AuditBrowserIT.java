package org.mxdr.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.ProviderAuditPage;
import org.mxdr.testing.browser.TenantAuditPage;

/** A tenant admin reads the audit in sentences, filters it and downloads that as CSV; the provider admin reads it too. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aTenantAdminFiltersTheAuditAndDownloadsItAsCsv() throws Exception {
        Audited t = auditedTenant();
        String admin = t.admin();

        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            TenantAuditPage audit = new TenantAuditPage(browser);
            console.signIn(admin, Fixtures.PASSWORD);
            assertTrue(console.menuOffers("Settings"));
            audit.open();
            String everything = audit.trail();
            assertTrue(everything.contains("Changed permissions: respond directly turned off"), everything);
            assertTrue(everything.contains("Added a contact: name SOC"), everything);
            assertFalse(everything.contains("respondDirectly=false"), "sentences, not stored states: " + everything);
            browser.screenshot("audit-01-trail");

            audit.filterWhat("Access and permissions");
            audit.filterWho(admin.toUpperCase());
            audit.apply();
            assertEquals(2, audit.rows(), audit.trail());
            assertFalse(audit.trail().contains("Added a contact"), audit.trail());
            browser.screenshot("audit-02-filtered");

            Path dir = Files.createTempDirectory("audit-download");
            Path csv = audit.downloadCsv(dir);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(3, lines.size(), String.join("\n", lines));
            assertTrue(lines.get(0).startsWith("\"id\",\"chain\",\"position\""), lines.get(0));
            assertTrue(lines.get(1).contains("Changed permissions: respond directly turned off"), lines.get(1));
            assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("\"permissions.")), String.join("\n", lines));
        }
    }

    @Test
    void theProviderAdminReadsOneTenantsTrailAmongAll() {
        Audited t = auditedTenant();

        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            ProviderAuditPage audit = new ProviderAuditPage(browser);
            // the provider admin reads every tenant's trail, one tenant at a time if he likes
            console.signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            assertTrue(console.menuOffers("Audit"));
            audit.open();
            audit.filterTenant(t.name());
            audit.apply();
            String ofTenant = audit.trail();
            assertTrue(ofTenant.contains("Created the tenant: name " + t.name()), ofTenant);
            assertTrue(ofTenant.contains("Changed permissions: respond directly turned off"), ofTenant);
            browser.screenshot("audit-03-provider");
        }
    }

    /** A subscribed tenant whose admin added its incident contact and turned respond directly on, then off. */
    private record Audited(String name, String admin) {
    }

    private static Audited auditedTenant() {
        String u = Fixtures.unique();
        String name = "Audit " + u;
        String tenant = subscribedTenant(name);
        String admin = Api.createUser("aadmin-" + u, "tenant-admin", tenant);
        addIncidentContact(tenant, admin, u);
        setPermissions(tenant, admin, true);
        setPermissions(tenant, admin, false);
        return new Audited(name, admin);
    }

    /** An eligible tenant subscribed for a year. */
    private static String subscribedTenant(String name) {
        String tenant = Api.createEligibleTenant(name, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        return tenant;
    }

    /** The incident contact a grant needs. */
    private static void addIncidentContact(String tenant, String admin, String u) {
        assertEquals(201, Api.post("/tenants/" + tenant + "/contacts", admin, Fixtures.PASSWORD,
                Api.json("name", "SOC", "email", "soc-" + u + "@example.org", "incidentNotification", true)).status());
    }

    /** A change of a live grant names the version read, as the console does; the first grant has none. */
    private static void setPermissions(String tenant, String admin, boolean respondDirectly) {
        JsonObject read = Api.get("/tenants/" + tenant + "/permissions", admin, Fixtures.PASSWORD).json();
        JsonObjectBuilder change = Json.createObjectBuilder().add("investigateAndGuide", true)
                .add("respondDirectly", respondDirectly);
        if (read.containsKey("version") && !read.isNull("version")) {
            change.add("version", read.getJsonNumber("version"));
        }
        Api.Reply reply = Api.send("PUT", "/tenants/" + tenant + "/permissions", admin, Fixtures.PASSWORD, change.build().toString());
        assertEquals(200, reply.status(), reply.toString());
    }
}
