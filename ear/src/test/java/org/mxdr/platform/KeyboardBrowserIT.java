package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.mxdr.testing.browser.ExpertsSettingsPages;
import org.mxdr.testing.browser.IncidentPages;
import org.mxdr.testing.browser.IncidentQueuePages;
import org.mxdr.testing.browser.WizardPages;
import org.openqa.selenium.Keys;

/** Everything a person does here is done with the keyboard alone: Tab, Shift+Tab, Enter and typing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anOperatorOpensAnIncidentFromTheQueueAndAnswersACardWithKeysOnly() {
        String u = Fixtures.unique();
        AccessApi.Tenant t = AccessApi.subscribedTenant("Keys", Commercial.newCommercialExecutive());
        String operator = Api.createUser("koper-" + u, "tenant-operator", t.id());
        String expert = Api.createUser("kexpert-" + u, "expert", null);
        String platform = Api.createUser("kplatform-" + u, "platform", null);
        AccessApi.grant(t, Api.json("investigateAndGuide", true, "respondDirectly", false));
        Api.Reply reported = Api.post(t.path("/incidents"), platform, Fixtures.PASSWORD,
                Api.json("externalId", "KEYS-" + u, "title", "Ransomware note found on a file server", "severity", "HIGH",
                        "category", "Ransomware", "tactic", "Impact", "devices", List.of("d-free"), "users", List.of("u-free")));
        assertEquals(201, reported.status(), reported.toString());
        String i = t.path("/incidents/" + reported.field("id"));
        assertEquals(200, Api.post(i + "/take", expert, Fixtures.PASSWORD, null).status());
        assertEquals(200, Api.post(i + "/classification", expert, Fixtures.PASSWORD,
                Api.json("classification", "TRUE_POSITIVE", "determination", "Ransomware staging")).status());
        assertEquals(201, Api.post(i + "/actions", expert, Fixtures.PASSWORD,
                Api.json("type", "ISOLATE_DEVICE", "target", "d-free", "rationale", "Stops the spread")).status());

        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            IncidentPages incident = new IncidentPages(browser);
            console.signIn(operator, Fixtures.PASSWORD);
            new IncidentQueuePages(browser).open();
            browser.tabTo("a.mxdr-skip");
            browser.press(Keys.ENTER);
            assertTrue(browser.focusedMatches("#main"), "the skip link moves to the main content: " + browser.focusedElement());

            browser.tabTo("a[id$=':open']");
            browser.press(Keys.ENTER);
            incident.waitForIncident();
            browser.screenshot("keyboard-01-incident-opened");

            browser.tabTo("#card0 button[id$=':complete']");
            browser.press(Keys.ENTER);
            console.waitForConfirmation();
            browser.tabTo("#confirmYes");
            browser.screenshot("keyboard-02-confirm");
            browser.press(Keys.ENTER);
            incident.waitUntilAnswered(0);
            assertTrue(incident.actions().contains("Completed by the customer"), incident.actions());
        }
    }

    @Test
    void aTenantAdminWalksTheWizardWithKeysOnly() {
        String u = Fixtures.unique();
        String admin = AccessApi.subscribedTenant("Keyed wizard", Commercial.newCommercialExecutive()).admin();

        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            WizardPages wizard = new WizardPages(browser);
            ExpertsSettingsPages settings = new ExpertsSettingsPages(browser);
            console.signIn(admin, Fixtures.PASSWORD);
            wizard.open();

            browser.tabTo("[id='permissionsForm:next']");
            browser.press(Keys.ENTER);
            wizard.waitForStep("Exclusions");

            browser.tabTo("[id='exclusionsForm:next']");
            browser.press(Keys.ENTER);
            wizard.waitForStep("Contacts");

            browser.tabTo("[id='contactForm:name']");
            browser.press("Security operations");
            browser.tabTo("[id='contactForm:email']");
            browser.press("soc-" + u + "@example.org");
            browser.tabTo("[id='contactForm:addContact']");
            browser.press(Keys.ENTER);
            wizard.contactFormShows("soc-" + u + "@example.org");

            browser.tabTo("[id='wizardForm:next']");
            browser.press(Keys.ENTER);
            wizard.waitForStep("Review and submit");
            browser.screenshot("keyboard-03-wizard-review");

            browser.tabTo("[id='reviewForm:submit']");
            browser.press(Keys.ENTER);
            console.waitForConfirmation();
            browser.tabTo("#confirmYes");
            browser.press(Keys.ENTER);
            assertTrue(settings.accessCard().contains("Active"), settings.accessCard());
        }
    }
}
