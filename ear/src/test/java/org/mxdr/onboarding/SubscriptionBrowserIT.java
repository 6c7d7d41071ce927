package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.mxdr.testing.Inventories;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.ExpertsSettingsPages;
import org.mxdr.testing.browser.SubscriptionPages;

/** The commercial path in headless Chromium: transacting, the refusal with its unmet list, termination with confirmation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubscriptionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void commercialExecutiveSeesTheRefusalForATenantInTheGovernmentCloud() {
        String u = Fixtures.unique();
        String gcc = Api.createTenant("Government " + u, "GCC", "US");
        try (Browser browser = Browser.open()) {
            SubscriptionPages pages = new SubscriptionPages(browser);
            new ConsolePages(browser).signIn(Commercial.newCommercialExecutive(), Fixtures.PASSWORD);
            pages.openTenant(gcc);
            pages.startSubscription();
            browser.screenshot("sub-01-dialog");
            pages.seats("50");
            pages.transact();
            String refusal = pages.refusal();
            assertTrue(refusal.contains("The subscription cannot be transacted for Government " + u), refusal);
            assertTrue(refusal.contains("The service is available only in the commercial public cloud; this tenant is in GCC."), refusal);
            assertTrue(pages.dialogOpen(), "the dialog stays open on a refusal");
            browser.screenshot("sub-02-refused-government-cloud");
        }
    }

    @Test
    void commercialExecutiveSeesTheUnmetPrerequisitesOfAnUnreadyTenantAndWhatFailsThem() {
        String unready = Api.createTenant("Unready " + Fixtures.unique(), "COMMERCIAL", "EU");
        Api.send("PUT", "/tenants/" + unready + "/inventory", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, Inventories.realistic().json());
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            SubscriptionPages pages = new SubscriptionPages(browser);
            console.signIn(Commercial.newCommercialExecutive(), Fixtures.PASSWORD);
            pages.openTenant(unready);
            pages.startSubscription();
            pages.seats("150");
            pages.transact();
            String unmet = pages.refusal();
            assertTrue(unmet.contains("4 of 180 eligible devices are not onboarded to Defender for Endpoint P2"), unmet);
            assertTrue(unmet.contains("users have no Azure AD Premium P1"), unmet);
            assertTrue(unmet.contains("do not run Defender Antivirus in active mode"), unmet);
            browser.screenshot("sub-02b-refused-unmet-prerequisites");
            // the refusal fits a phone, a small square window and a desktop: the body scrolls, the buttons stay in view
            for (int[] size : new int[][] {{390, 844}, {757, 757}, {1440, 900}}) {
                browser.resize(size[0], size[1]);
                assertTrue(pages.dialogFits(), "the refused dialog at " + size[0] + "x" + size[1]);
                assertFalse(browser.scrollsSideways(), size[0] + "x" + size[1]);
                browser.screenshot("sub-02c-refused-" + size[0] + "x" + size[1]);
            }
            // each prerequisite links to what fails it
            String failing = pages.openFailing("not onboarded to Defender for Endpoint P2");
            assertTrue(console.heading().startsWith("Failing:"), console.heading());
            assertTrue(failing.contains("1-4 of 4"), failing);
            browser.screenshot("sub-02d-failing-devices-1440");
            browser.resize(390, 844);
            assertFalse(browser.scrollsSideways(), "the failing devices at 390 px");
            browser.screenshot("sub-02d-failing-devices-390");
        }
    }

    @Test
    void commercialExecutiveTransactsForAnEligibleTenantOnceTheSeatsAreGiven() {
        String eligible = Api.createEligibleTenant("Eligible " + Fixtures.unique(), "EU");
        String ce = Commercial.newCommercialExecutive();
        try (Browser browser = Browser.open()) {
            SubscriptionPages pages = new SubscriptionPages(browser);
            new ConsolePages(browser).signIn(ce, Fixtures.PASSWORD);
            pages.openTenant(eligible);
            pages.startSubscription();
            pages.seats("");
            pages.transact();
            assertTrue(pages.dialogShows("The number of seats is required.").contains("Seats"));
            pages.seats("120");
            pages.transact();
            browser.waiting().until(d -> !pages.dialogOpen());
            String card = pages.statusBecomes("ACTIVE");
            assertTrue(card.contains("120"), card);
            assertTrue(card.contains("English"), card);
            assertTrue(card.contains("Consent given to the provider's experts to access the hunting data"), card);
            browser.screenshot("sub-03-transacted");
        }
    }

    @Test
    void tenantAdminSeesTheSubscriptionOnSettingsExpertsAndTerminatesIt() {
        String u = Fixtures.unique();
        String tenant = Api.createEligibleTenant("Terminating " + u, "UK");
        Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear());
        String admin = Api.createUser("tadmin-" + u, "tenant-admin", tenant);
        String reader = Api.createUser("treader-" + u, "tenant-reader", tenant);
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            SubscriptionPages pages = new SubscriptionPages(browser);
            ExpertsSettingsPages settings = new ExpertsSettingsPages(browser);
            console.signIn(reader, Fixtures.PASSWORD);
            assertTrue(console.menuOffers("Settings"));
            settings.open();
            assertTrue(pages.statusBecomes("ACTIVE").contains("Monthly"));
            assertFalse(settings.hasTermination(), "a reader cannot terminate");
            console.signOut();

            console.signIn(admin, Fixtures.PASSWORD);
            settings.open();
            pages.statusBecomes("ACTIVE");
            browser.screenshot("sub-04-settings-experts");
            settings.startTermination();
            assertTrue(settings.confirmationText().contains("lose their access"), settings.confirmationText());
            browser.screenshot("sub-05-confirm-termination");
            settings.confirm();
            String card = pages.statusBecomes("TERMINATED");
            assertTrue(card.contains(admin), card);
            assertFalse(settings.offersTermination());
            browser.screenshot("sub-06-terminated");

            console.open("/console/provider/tenants.xhtml");
            assertTrue(console.showsAccessRefused());
        }
    }
}
