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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
            new ConsolePages(browser).signIn(operator, Fixtures.PASSWORD);
            browser.driver().get(ConsolePages.CONSOLE + "/console/response/incidents.xhtml");
            browser.tabTo("a.mxdr-skip");
            browser.press(Keys.ENTER);
            assertTrue(browser.focusedMatches("#main"), "the skip link moves to the main content: " + browser.focusedElement());

            browser.tabTo("a[id$=':open']");
            browser.press(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("incidentTitle")));
            browser.screenshot("keyboard-01-incident-opened");

            browser.tabTo("#card0 button[id$=':complete']");
            browser.press(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmYes")));
            browser.tabTo("#confirmYes");
            browser.screenshot("keyboard-02-confirm");
            browser.press(Keys.ENTER);
            browser.waiting().until(d -> d.findElements(By.cssSelector("#card0 button")).isEmpty());
            assertTrue(browser.driver().findElement(By.id("actionsCard")).getText().contains("Completed by the customer"),
                    browser.driver().findElement(By.id("actionsCard")).getText());
        }
    }

    @Test
    void aTenantAdminWalksTheWizardWithKeysOnly() {
        String u = Fixtures.unique();
        String admin = AccessApi.subscribedTenant("Keyed wizard", Commercial.newCommercialExecutive()).admin();

        try (Browser browser = Browser.open()) {
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            browser.driver().get(ConsolePages.CONSOLE + "/console/access/wizard.xhtml");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizardTitle")));

            browser.tabTo("[id='permissionsForm:next']");
            browser.press(Keys.ENTER);
            browser.waiting().until(d -> currentStep(browser).equals("Exclusions"));

            browser.tabTo("[id='exclusionsForm:next']");
            browser.press(Keys.ENTER);
            browser.waiting().until(d -> currentStep(browser).equals("Contacts"));

            browser.tabTo("[id='contactForm:name']");
            browser.press("Security operations");
            browser.tabTo("[id='contactForm:email']");
            browser.press("soc-" + u + "@example.org");
            browser.tabTo("[id='contactForm:addContact']");
            browser.press(Keys.ENTER);
            browser.waiting().until(d -> d.findElement(By.id("contactForm")).getText().contains("soc-" + u + "@example.org"));

            browser.tabTo("[id='wizardForm:next']");
            browser.press(Keys.ENTER);
            browser.waiting().until(d -> currentStep(browser).equals("Review and submit"));
            browser.screenshot("keyboard-03-wizard-review");

            browser.tabTo("[id='reviewForm:submit']");
            browser.press(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmYes")));
            browser.tabTo("#confirmYes");
            browser.press(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("accessCard")));
            assertTrue(browser.driver().findElement(By.id("accessCard")).getText().contains("Active"),
                    browser.driver().findElement(By.id("accessCard")).getText());
        }
    }

    private static String currentStep(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#steps li.current .mxdr-step-title")).stream()
                .map(e -> e.getText()).findFirst().orElse("");
    }
}
