package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ApiReferencePages;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.TenantPages;

/** The console in headless Chromium, as a provider admin and a tenant reader use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void providerAdminCreatesATenantThroughTheDialog() {
        String name = "Browser Tenant " + Fixtures.unique();
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            console.signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            assertEquals(Fixtures.ADMIN, console.signedInAs());
            browser.screenshot("01-provider-home");

            TenantPages tenants = new TenantPages(browser);
            tenants.openFromMenu();
            tenants.startNew();
            tenants.save();
            String required = tenants.formShows("A tenant name is required.");
            assertTrue(required.contains("A tenant name is required."), required);
            assertTrue(required.contains("A region is required"), required);
            assertTrue(required.contains("The admin's email address is required."), required);
            browser.screenshot("02-create-tenant-required-fields");

            tenants.fill(name, "European Union", "not-an-email");
            tenants.save();
            assertTrue(tenants.formShows("'not-an-email' is not a valid email address.").contains("Admin email"));
            assertTrue(tenants.dialogOpen(), "the dialog stays open with the message on the field");
            browser.screenshot("03-create-tenant-bad-email");

            tenants.fill(name, null, "secops@browser.example");
            tenants.save();
            browser.waiting().until(d -> !tenants.dialogOpen());
            assertTrue(tenants.table().contains(name), tenants.table());
            browser.screenshot("04-tenant-created");
        }
    }

    @Test
    void tenantReaderStaysInsideItsOwnTenant() {
        String u = Fixtures.unique();
        String own = Api.createTenant("Reader Home " + u, "COMMERCIAL", "UK");
        String other = Api.createTenant("Someone Else " + u, "COMMERCIAL", "US");
        String reader = Api.createUser("reader-" + u, "tenant-reader", own);
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            console.signIn(reader, Fixtures.PASSWORD);
            assertFalse(console.menuOffers("Tenants"), "no provider menu for a tenant reader");
            assertTrue(console.menuOffers("My organisation"));
            browser.screenshot("05-reader-home");

            console.open("/console/provider/tenants.xhtml");
            assertTrue(console.showsAccessRefused(), "provider pages are refused");
            browser.screenshot("06-reader-refused-provider-page");

            console.open("/console/tenant.xhtml?id=" + other);
            assertTrue(console.showsAccessRefused(), "another tenant is refused");

            console.open("/console/tenant.xhtml");
            assertEquals("Reader Home " + u, console.heading());
            browser.screenshot("07-reader-own-tenant");

            console.open("/console/access/permissions.xhtml");
            assertTrue(console.showsAccessRefused(), "the permissions form is the admin's: refused at once, not shown editable");
            console.signOut();
        }
    }

    @Test
    void theApiReferenceIsRenderedFromTheServersOpenApiDocument() {
        try (Browser browser = Browser.open()) {
            new ConsolePages(browser).signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            ApiReferencePages reference = new ApiReferencePages(browser);
            reference.openFromMenu();
            String operations = reference.operations();
            assertTrue(operations.contains("/mxdr/api/v1/tenants/{tenantId}/incidents"), "the operations of the contract are listed");
            browser.screenshot("08-api-reference");
        }
    }

    @Test
    void aTenantAdminOpensTheInventoryWithoutNamingTheTenant() {
        String u = Fixtures.unique();
        String own = Api.createTenant("Admin Home " + u, "COMMERCIAL", "EU");
        String admin = Api.createUser("iadmin-" + u, "tenant-admin", own);
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            console.signIn(admin, Fixtures.PASSWORD);
            console.open("/console/inventory.xhtml");
            assertFalse(console.showsAccessRefused());
            assertTrue(console.heading().contains("Admin Home " + u), console.heading());
        }
    }
}
