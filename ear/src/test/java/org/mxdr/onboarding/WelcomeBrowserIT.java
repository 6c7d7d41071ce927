package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

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
import org.mxdr.testing.Mailbox;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.WelcomePages;

/**
 * The welcome page in the browser: every error of the form at once with the focus on the first,
 * and "Send me a new link" on a used link really sending one (the mail arrives), then saying
 * truly that a newer one went out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WelcomeBrowserIT {
    private static final String NEW_PASSWORD = "violet-harbour-lantern-42";
    private static final Mailbox mailbox = Mailbox.ofTheRun();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void allErrorsAtOnceThenANewLinkForAUsedOne() {
        String u = Fixtures.unique();
        String tenant = Api.createEligibleTenant("Welcome page " + u, "EU");
        String email = Commercial.adminEmail(tenant);
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        String link = Mailbox.welcomeLink(mailbox.await(email, 1, Duration.ofSeconds(60)).get(0))[0];

        try (Browser browser = Browser.open()) {
            WelcomePages welcome = new WelcomePages(browser);
            welcome.open(link);
            assertTrue(welcome.shows("linkValid"));

            welcome.setPassword("No Spaces " + u, "short", "other");
            assertTrue(welcome.messageFor("username").contains("is not a valid username"), welcome.messageFor("username"));
            assertTrue(welcome.messageFor("password").contains("at least 12 characters"), welcome.messageFor("password"));
            assertTrue(welcome.messageFor("confirm").contains("The two passwords differ"), welcome.messageFor("confirm"));
            assertTrue(browser.focusedMatches("#welcome\\:username"), "the focus is on the first field in error: " + browser.focusedElement());
            assertEquals("No Spaces " + u, welcome.typedUsername(),
                    "what was typed stays in the field");
            browser.screenshot("welcome-01-all-errors");
            browser.resize(390);
            assertFalse(browser.scrollsSideways(), "the welcome page fits a phone");
            browser.screenshot("welcome-02-all-errors-390");
            browser.resize(1366);

            welcome.setPassword("admin-" + u, NEW_PASSWORD, NEW_PASSWORD);
            browser.waiting().until(d -> d.getCurrentUrl().contains("/console/access/wizard.xhtml"));

            welcome.open(link);
            assertTrue(welcome.shows("linkUsed"), welcome.page());
            String answer = welcome.askForANewLink();
            assertTrue(answer.contains("A new link is on its way to " + email.charAt(0) + "***"), answer);
            assertEquals(2, mailbox.await(email, 2, Duration.ofSeconds(60)).size(), "the new link really was sent");
            browser.screenshot("welcome-03-new-link-sent");

            welcome.open(link);
            String again = welcome.askForANewLink();
            assertTrue(again.contains("A newer link than this one was sent less than 15 minutes ago"), again);
            Mailbox.sleep(2000);
            assertEquals(2, mailbox.to(email).size(), "no third mail");
        }
    }
}
