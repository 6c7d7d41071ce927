package org.mxdr.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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
import org.mxdr.testing.TestClockResource;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.DataLocationPages;
import org.mxdr.testing.browser.DataPages;
import org.mxdr.testing.browser.DeletionCertificatePages;
import org.mxdr.testing.browser.TenantPages;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(TestClockResource.class);
    }

    @Test
    void aTenantAdminSeesTheRetainUntilDateAndDownloadsTheExport() throws Exception {
        String u = Fixtures.unique();
        String tenant = terminatedTenant("Offboarded " + u);
        String admin = Api.createUser("offadmin-" + u, "tenant-admin", tenant);
        String retainUntil = Api.get("/tenants/" + tenant + "/data-location", admin, Fixtures.PASSWORD).json()
                .getJsonObject("retention").getString("retainUntil");

        try (Browser browser = Browser.open()) {
            DataLocationPages pages = new DataLocationPages(browser);
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            pages.openFromMenu();
            assertTrue(pages.card("operational").contains("United States"), pages.card("operational"));
            assertTrue(pages.card("reporting").contains("European Union"), pages.card("reporting"));
            assertTrue(pages.card("hunting").contains("detection platform"), pages.card("hunting"));
            assertTrue(pages.retainUntil().contains(retainUntil.substring(0, 10)), pages.retainUntil() + " vs " + retainUntil);
            browser.screenshot("retention-01-data-location");
            pages.openData();
            browser.screenshot("retention-02-settings-data");
            HttpResponse<byte[]> download = new DataPages(browser).downloadExport();
            assertEquals(200, download.statusCode());
            Map<String, byte[]> files = RetentionApiIT.unzip(download.body());
            JsonObject manifest = Json.createReader(new StringReader(new String(files.get("manifest.json"), StandardCharsets.UTF_8))).readObject();
            assertEquals(tenant, manifest.getString("tenantId"));
            for (JsonValue f : manifest.getJsonArray("files")) {
                assertEquals(f.asJsonObject().getString("sha256"), RetentionApiIT.sha256(files.get(f.asJsonObject().getString("name"))));
            }
        }
    }

    @Test
    void aProviderAdminDownloadsTheDeletionCertificateOfAPurgedTenant() throws Exception {
        String name = "Offboarded " + Fixtures.unique();
        String tenant = terminatedTenant(name);
        try {
            Commercial.fixClock(Instant.now().plus(Duration.ofDays(91)));
            String purged = Api.post("/jobs/retention-purge", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).body();
            assertTrue(purged.contains(tenant), purged);
        } finally {
            Commercial.resetClock();
        }
        try (Browser browser = Browser.open()) {
            DeletionCertificatePages pages = new DeletionCertificatePages(browser);
            new ConsolePages(browser).signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            new TenantPages(browser).openFromMenu();
            pages.openFromTenants();
            assertTrue(pages.list().contains(name), pages.list());
            browser.screenshot("retention-03-deletion-certificates");
            HttpResponse<byte[]> certificate = pages.downloadCertificate(tenant);
            assertEquals(200, certificate.statusCode());
            JsonObject json = Json.createReader(new StringReader(new String(certificate.body(), StandardCharsets.UTF_8))).readObject();
            assertEquals(tenant, json.getString("tenantId"));
            assertEquals(name, json.getString("tenantName"));
            assertTrue(json.getJsonObject("counts").getInt("users") >= 1, json.toString());
        }
    }

    /** An eligible tenant subscribed for a year and terminated at once by its own admin (who stays, a user to count). */
    private static String terminatedTenant(String name) {
        String tenant = Api.createEligibleTenant(name, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        String admin = Api.createUser("offterm-" + Fixtures.unique(), "tenant-admin", tenant);
        assertEquals(200, Commercial.terminate(tenant, admin, Fixtures.PASSWORD).status());
        return tenant;
    }
}
