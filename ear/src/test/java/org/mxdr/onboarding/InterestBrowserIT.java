package org.mxdr.onboarding;

import java.util.List;

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

/** A prospect sends the interest form; a commercial executive finds the lead and works it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterestBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void prospectToLead() {
        String u = Fixtures.unique();
        String organisation = "Prospect " + u;
        String sales = Api.createUser("sales-" + u, "commercial-executive", null);
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            String message = "We would like a call.\nWe run 750 seats over three sites, Leeds, Bristol and Glasgow, and the contract"
                    + " with our current provider ends in March, so we need detection and response in place by then.\n"
                    + "Please call after 3 pm; the whole of this message must be readable by the sales team.";
            console.sendInterest("Ada Lovelace", "bad-address", organisation, "United Kingdom", 750, message);
            console.pressSend();
            browser.waiting().until(d -> console.interestPanel().contains("is not a valid email address"));
            browser.screenshot("10-interest-form-bad-email");
            browser.driver().findElement(org.openqa.selenium.By.id("interestForm:email")).clear();
            browser.driver().findElement(org.openqa.selenium.By.id("interestForm:email")).sendKeys("ada-" + u + "@example.org");
            console.pressSend();
            browser.waiting().until(d -> console.interestPanel().contains("Thank you, Ada Lovelace."));
            browser.screenshot("11-interest-form-sent");

            console.signIn(sales, Fixtures.PASSWORD);
            console.openLeadsFromMenu();
            console.searchLeads(organisation);
            browser.screenshot("12-leads");
            console.openLead(organisation);
            assertEquals(message, console.leadMessage(), "the work dialog shows the whole message, its lines kept");
            browser.screenshot("12b-lead-message");
            console.workOpenLead("Contacted", "Called Ada; demo on Friday");
            browser.waiting().until(d -> console.leadsTable().contains("Called Ada; demo on Friday"));
            assertTrue(console.leadsTable().contains("Contacted"));
            browser.screenshot("13-lead-worked");
        }
    }

    /** The accessibility check itself: one grey-on-white line (2.3:1) on an otherwise clean page is found. */
    @Test
    void theAccessibilityCheckFindsAnInjectedContrastViolation() {
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            console.sendInterest("Grace Hopper", "grace@example.org", "Contrast " + Fixtures.unique(), "United States", 10, "");
            browser.checkAccessibility("interest-form");
            assertTrue(browser.accessibilityViolations().isEmpty(), () -> String.join("\n", browser.accessibilityViolations()));

            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "var p = document.createElement('p'); p.id = 'pale'; p.textContent = 'Pale words nobody can read';"
                    + "p.style.color = '#aaaaaa'; p.style.background = '#ffffff'; document.querySelector('main').appendChild(p);");
            browser.checkAccessibility("interest-form-with-pale-text");
            List<String> found = browser.accessibilityViolations();
            assertTrue(found.stream().anyMatch(v -> v.contains("color-contrast") && v.contains("#pale")), () -> String.join("\n", found));
            browser.forgetAccessibilityViolations();
        }
    }

    /**
     * The policy check itself: the console page runs with its nonce and nothing blocked, and a
     * script added without the nonce is refused by the browser and reported.
     */
    @Test
    void theContentSecurityPolicyBlocksAScriptWithoutTheNonce() {
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            console.signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            assertTrue(browser.contentSecurityPolicyViolations().isEmpty(), () -> String.join("\n", browser.contentSecurityPolicyViolations()));
            Object ran = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "window.mxdrInjected = false; var s = document.createElement('script'); s.textContent = 'window.mxdrInjected = true;';"
                    + "document.body.appendChild(s); return window.mxdrInjected;");
            assertEquals(Boolean.FALSE, ran, "an inline script without the nonce must not run");
            List<String> blocked = browser.contentSecurityPolicyViolations();
            assertTrue(blocked.stream().anyMatch(b -> b.contains("script-src")), () -> String.join("\n", blocked));
            browser.forgetContentSecurityPolicyViolations();
        }
    }
}
