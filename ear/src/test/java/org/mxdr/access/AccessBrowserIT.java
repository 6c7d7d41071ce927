package org.mxdr.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.AccessApi;
import org.mxdr.testing.Api;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.ExpertTenantPages;
import org.mxdr.testing.browser.ExpertsSettingsPages;
import org.mxdr.testing.browser.WizardPages;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void thePermissionsStepShowsEachOfTheSeedsWarningsAsItsChoiceIsMade() {
        String u = Fixtures.unique();
        String admin = Api.createUser("wwadmin-" + u, "tenant-admin", subscribedTenant("Warnings " + u));
        try (Browser browser = Browser.open()) {
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            ExpertsSettingsPages settings = new ExpertsSettingsPages(browser);
            WizardPages pages = new WizardPages(browser);
            settings.open();
            settings.getStarted();
            assertEquals("Permissions", pages.currentStep());
            browser.screenshot("access-01-permissions");

            assertEquals("", pages.warning("permissionsForm:noLevelWarningText"));
            pages.toggle("permissionsForm:investigateAndGuide");
            assertTrue(pages.waitForWarning("permissionsForm:noLevelWarningText").contains("won't be able to take certain response actions"));
            pages.switchAllDevices();
            assertTrue(pages.waitForWarning("permissionsForm:allDevicesWarningText")
                    .contains("cannot investigate incidents that involve devices belonging to device groups"));
            browser.screenshot("access-02-both-warnings");
            pages.toggle("permissionsForm:investigateAndGuide");
            browser.waiting().until(d -> pages.warning("permissionsForm:noLevelWarningText").isEmpty());
            pages.next("permissionsForm");
            assertEquals("Exclusions", pages.currentStep());
        }
    }

    @Test
    void aTenantAdminWalksTheWizardAcrossASignOutAndGrants() {
        String u = Fixtures.unique();
        String admin = Api.createUser("wadmin-" + u, "tenant-admin", subscribedTenant("Wizard " + u));
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            ExpertsSettingsPages settings = new ExpertsSettingsPages(browser);
            WizardPages pages = new WizardPages(browser);
            console.signIn(admin, Fixtures.PASSWORD);
            settings.open();
            assertTrue(settings.accessCard().contains("Not granted"), settings.accessCard());
            settings.getStarted();
            pages.switchAllDevices();
            pages.next("permissionsForm");
            assertEquals("Exclusions", pages.currentStep());

            // the wizard keeps its progress across a sign-out
            console.signOut();
            console.signIn(admin, Fixtures.PASSWORD);
            pages.open();
            assertEquals("Exclusions", pages.currentStep(), "resumes at the step left");
            pages.excludeGroup("exclusionsForm:deviceGroups", "Finance");
            browser.screenshot("access-03-exclusions");
            pages.next("exclusionsForm");
            assertEquals("Contacts", pages.currentStep());

            pages.addContact("Security operations", "soc-at-example", "+44 20 7946 0958");
            assertTrue(pages.contactFormShows("'soc-at-example' is not a valid email address.").contains("Email"));
            pages.addContact("Security operations", "soc-" + u + "@example.org", "call me");
            assertTrue(pages.contactFormShows("is not a phone number").contains("Phone"));
            pages.addContact("Security operations", "soc-" + u + "@example.org", "+44 20 7946 0958");
            assertTrue(pages.contactFormShows("soc-" + u + "@example.org").contains("Incident notification"));
            browser.screenshot("access-04-contacts");
            pages.next("wizardForm");

            String review = pages.review();
            assertTrue(review.contains("Investigate incidents and guide my responses"), review);
            assertFalse(review.contains("Respond directly to active threats:"), "not chosen: " + review);
            assertTrue(review.contains("Not from devices in device groups"), review);
            assertTrue(review.contains("Guidance only for devices in: Finance"), review);
            assertTrue(review.contains("Security operations <soc-" + u + "@example.org>"), review);
            assertTrue(review.contains("cannot investigate incidents that involve devices belonging to device groups"), review);
            browser.screenshot("access-05-review");
            pages.submit();
            assertTrue(settings.accessCard().contains("Active"), settings.accessCard());
            browser.screenshot("access-06-granted");
        }
    }

    /** The grant the wizard above makes (reader level, not all devices, Finance excluded), here made through the API. */
    @Test
    void theExpertFindsAGrantedTenantAndEntersIt() {
        String u = Fixtures.unique();
        String name = "Granted " + u;
        String tenant = subscribedTenant(name);
        String admin = Api.createUser("gadmin-" + u, "tenant-admin", tenant);
        String expert = Api.createUser("wexpert-" + u, "expert", null);
        AccessApi.grant(new AccessApi.Tenant(tenant, admin), Api.json("investigateAndGuide", true, "respondDirectly", false, "allDevices", false));
        assertEquals(200, Api.send("PUT", "/tenants/" + tenant + "/exclusions", admin, Fixtures.PASSWORD,
                Api.json("deviceGroups", List.of("Finance"))).status());
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            console.signIn(expert, Fixtures.PASSWORD);
            assertTrue(console.menuOffers("My tenants"));
            ExpertTenantPages tenants = new ExpertTenantPages(browser);
            tenants.open();
            String list = tenants.find(name);
            assertTrue(list.contains(name), list);
            assertTrue(list.contains("Investigate incidents and guide my responses"), list);
            assertTrue(list.contains("Not devices in device groups"), list);
            browser.screenshot("access-07-expert-tenants");
            String workspace = tenants.enter(name);
            assertTrue(workspace.contains("Finance"), workspace);
            browser.screenshot("access-08-expert-workspace");
        }
    }

    /**
     * An own last day is required once the subscription's end is unticked, and may not pass that
     * end: each refusal is said next to the field, which gets the focus, and the step is not left.
     */
    @Test
    void anOwnLastDayIsRequiredAndWithinTheSubscriptionSaidNextToTheField() {
        String u = Fixtures.unique();
        String tenant = Api.createEligibleTenant("Dates " + u, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        String admin = Api.createUser("dadmin-" + u, "tenant-admin", tenant);
        try (Browser browser = Browser.open()) {
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            WizardPages pages = new WizardPages(browser);
            pages.open();
            pages.toggle("permissionsForm:untilSubscriptionEnd");
            pages.waitForLastDay();
            browser.screenshot("access-dates-00-own-day");
            pages.typeLastDay(""); // the field offers the subscription's last day: emptied
            pages.next("permissionsForm");
            assertEquals("Choose the last day of access, or tick \"Until the subscription ends\".", pages.lastDayMessage());
            assertEquals("Permissions", pages.currentStep(), "nothing defaulted, the step is not left");
            assertTrue(browser.focusedMatches("[id='permissionsForm:lastDay_input']"), "focus on the field: " + browser.focusedElement());
            for (int width : new int[] {390, 1440}) {
                browser.resize(width);
                assertFalse(browser.scrollsSideways(), "the refused step at " + width + " px");
                browser.scrollTo("[id='permissionsForm:lastDay_input']");
                browser.screenshot("access-dates-01-empty-" + width);
            }

            pages.typeLastDay(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(3).toString());
            pages.next("permissionsForm");
            String late = pages.lastDayMessage();
            assertTrue(late.startsWith("The last day of access cannot be after the subscription's last day, "), late);
            assertEquals("Permissions", pages.currentStep());
            assertTrue(browser.focusedMatches("[id='permissionsForm:lastDay_input']"), "focus on the field: " + browser.focusedElement());
            for (int width : new int[] {390, 1440}) {
                browser.resize(width);
                browser.scrollTo("[id='permissionsForm:lastDay_input']");
                browser.screenshot("access-dates-02-after-end-" + width);
            }

            // ticked again, the subscription's end is the expiry and the step is left
            pages.toggle("permissionsForm:untilSubscriptionEnd");
            pages.next("permissionsForm");
            assertEquals("Exclusions", pages.currentStep());
        }
    }

    /** An organisation without a subscription reads why before the first step, and gets no step to fill in. */
    @Test
    void aTenantWithoutASubscriptionIsToldWhyBeforeTheWizard() {
        String u = Fixtures.unique();
        String tenant = Api.createTenant("Unsubscribed " + u, "COMMERCIAL", "EU");
        String admin = Api.createUser("nsadmin-" + u, "tenant-admin", tenant);
        try (Browser browser = Browser.open()) {
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            WizardPages pages = new WizardPages(browser);
            pages.open();
            assertTrue(pages.showsNoSubscription());
            assertTrue(pages.noSubscription().contains("no active subscription"));
            assertFalse(pages.showsTheFirstStep(), "no step to fill in");
            browser.screenshot("access-no-subscription");
        }
    }

    /** An eligible tenant subscribed for a year, whose inventory has a device in group Finance. */
    private static String subscribedTenant(String name) {
        String tenant = Api.createEligibleTenant(name, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        return tenant;
    }
}
