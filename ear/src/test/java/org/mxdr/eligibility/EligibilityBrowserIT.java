package org.mxdr.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.FailingPages;
import org.mxdr.testing.browser.InventoryPages;
import org.mxdr.testing.browser.InventoryUploadPages;
import org.mxdr.testing.browser.ReadinessPages;

/** A provider admin uploads a tenant's inventory as CSV; the tenant's admin sees its readiness change. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EligibilityBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void uploadRefusesBadRowsThenTheReadinessReflectsAGoodFile() {
        String u = Fixtures.unique();
        String tenant = Api.createTenant("Browser Elig " + u, "COMMERCIAL", "EU");
        String tenantAdmin = Api.createUser("br-ta-" + u, "tenant-admin", tenant);
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            InventoryUploadPages pages = new InventoryUploadPages(browser);
            ReadinessPages readiness = new ReadinessPages(browser);
            console.signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            pages.open(tenant);
            browser.screenshot("eligibility-upload");

            pages.upload("Devices", "externalId,name,os,eligible,onboarded,avMode,deviceGroup\n"
                    + "d1,PC1,Windows 11,true,true,ACTIVE,\nd2,PC2,Windows 11,perhaps,true,ACTIVE,\nd3,PC3,Windows 11,true,true,OFF,\n");
            assertTrue(pages.messages().contains("was refused and nothing was imported: 2 problems"), pages.messages());
            assertEquals(2, pages.problemRows().size(), pages.problemRows().toString());
            assertTrue(pages.problemRows().get(0).matches("(?s)3\\s+eligible\\s+'perhaps' is not true or false"), pages.problemRows().toString());
            assertTrue(pages.problemRows().get(1).matches("(?s)4\\s+avMode\\s+'OFF' is not one of ACTIVE, PASSIVE, DISABLED"), pages.problemRows().toString());
            browser.screenshot("eligibility-upload-refused");

            pages.upload("Licences", "product,seats\nDEFENDER_FOR_ENDPOINT_P2,10\nDEFENDER_ANTIVIRUS,10\nAZURE_AD_PREMIUM_P1,10\n");
            pages.upload("Users", "externalId,name,licenses\nu1,Ada,AZURE_AD_PREMIUM_P1\nu2,Alan,\n");
            pages.upload("Devices", "externalId,name,os,eligible,onboarded,avMode,deviceGroup\n"
                    + "d1,PC1,Windows 11,true,true,ACTIVE,\nd2,PC2,Windows 11,true,false,PASSIVE,\n");
            assertTrue(pages.messages().contains("Devices imported"), pages.messages());
            console.signOut();

            console.signIn(tenantAdmin, Fixtures.PASSWORD);
            readiness.open(null);
            browser.screenshot("eligibility-readiness");
            assertTrue(readiness.status().contains("Not eligible yet: 2 of 3 prerequisites to do"), readiness.status());
            assertTrue(readiness.action("ENDPOINT_P2").contains("1 of 2 eligible devices is not onboarded"), readiness.action("ENDPOINT_P2"));
            assertTrue(readiness.action("IDENTITY_P1").contains("1 of 2 users has no Azure AD Premium P1"), readiness.action("IDENTITY_P1"));
            assertTrue(readiness.action("ANTIVIRUS_ACTIVE").startsWith("Done"), readiness.action("ANTIVIRUS_ACTIVE"));
            readiness.followFailingLink("IDENTITY_P1");
            FailingPages failing = new FailingPages(browser);
            assertTrue(failing.list().contains("Alan"), failing.list());
            browser.screenshot("eligibility-failing");

            InventoryPages inventory = new InventoryPages(browser);
            inventory.open(tenant);
            assertTrue(inventory.devices().contains("PC2"));
            browser.screenshot("eligibility-inventory");
        }
    }
}
