package org.mxdr.onboarding;

import java.util.List;

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
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.InterestPages;
import org.mxdr.testing.browser.LeadPages;

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
            InterestPages interest = new InterestPages(browser);
            LeadPages leads = new LeadPages(browser);
            String message = "We would like a call.\nWe run 750 seats over three sites, Leeds, Bristol and Glasgow, and the contract"
                    + " with our current provider ends in March, so we need detection and response in place by then.\n"
                    + "Please call after 3 pm; the whole of this message must be readable by the sales team.";
            interest.fill("Ada Lovelace", "bad-address", organisation, "United Kingdom", 750, message);
            interest.send();
            browser.waiting().until(d -> interest.panel().contains("is not a valid email address"));
            browser.screenshot("10-interest-form-bad-email");
            interest.correctEmail("ada-" + u + "@example.org");
            interest.send();
            browser.waiting().until(d -> interest.panel().contains("Thank you, Ada Lovelace."));
            browser.screenshot("11-interest-form-sent");

            console.signIn(sales, Fixtures.PASSWORD);
            leads.openFromMenu();
            leads.search(organisation);
            browser.screenshot("12-leads");
            leads.open(organisation);
            assertEquals(message, leads.message(), "the work dialog shows the whole message, its lines kept");
            browser.screenshot("12b-lead-message");
            leads.workOpen("Contacted", "Called Ada; demo on Friday");
            browser.waiting().until(d -> leads.table().contains("Called Ada; demo on Friday"));
            assertTrue(leads.table().contains("Contacted"));
            browser.screenshot("13-lead-worked");
        }
    }

    /** The provider admin turns a lead into a tenant with the create-tenant form prefilled from it; the lead is won and links to it. */
    @Test
    void aLeadBecomesATenantInOneStep() {
        String u = Fixtures.unique();
        String organisation = "Engines " + u;
        String email = "ada-" + u + "@example.org";
        String message = "We would like a call about 40 seats.\n" + "Our offices are in Berlin and Munich. ".repeat(40).strip();
        Api.Reply sent = Api.post("/interest", null, null, Api.json("name", "Ada Lovelace", "email", email, "organisation", organisation,
                "country", "Germany", "seats", 40, "message", message));
        assertEquals(201, sent.status(), sent.toString());
        String admin = Api.createUser("padmin-" + u, "provider-admin", null);
        try (Browser browser = Browser.open()) {
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            LeadPages leads = new LeadPages(browser);
            leads.openFromMenu();
            leads.search(organisation);
            assertFalse(leads.offersWork(), "the provider admin reads the leads, the commercial executives work them");
            leads.startConversion(organisation);
            assertEquals(organisation, leads.conversionField("name"));
            assertEquals(email, leads.conversionField("adminEmail"));
            assertEquals("European Union", leads.conversionField("region"), "the region the country suggests");
            assertEquals(message, leads.conversionMessage(), "the whole message, its lines kept");
            for (int[] size : new int[][] {{390, 844}, {1440, 900}}) {
                browser.resize(size[0], size[1]);
                assertTrue(browser.inView("[id='convertForm:save']") && browser.inView("[id='convertDialog']"), "the dialog and its button in view at " + size[0]);
                assertFalse(browser.scrollsSideways(), "at " + size[0]);
                browser.screenshot("14-lead-to-tenant-" + size[0]);
            }
            leads.convert();
            browser.waiting().until(d -> leads.table().contains("Its tenant"));
            assertTrue(leads.table().contains("Won"), leads.table());
            assertFalse(leads.offersConversion(), "a lead becomes one tenant only");
            browser.screenshot("15-lead-converted");
            assertEquals(message, leads.readFirst(), "a converted lead's message stays readable");
            browser.screenshot("15b-converted-lead-read");
            leads.closeRead();
            leads.openItsTenant(organisation);
            browser.screenshot("16-tenant-from-lead");
        }
    }

    /** The accessibility check itself: one grey-on-white line (2.3:1) on an otherwise clean page is found. */
    @Test
    void theAccessibilityCheckFindsAnInjectedContrastViolation() {
        try (Browser browser = Browser.open()) {
            new InterestPages(browser).fill("Grace Hopper", "grace@example.org", "Contrast " + Fixtures.unique(), "United States", 10, "");
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
