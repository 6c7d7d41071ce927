package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.IncidentPages;
import org.mxdr.testing.browser.IncidentQueuePages;
import org.mxdr.testing.browser.WizardPages;

/**
 * The console at a phone's, a tablet's, a laptop's and a desktop's width: no page scrolls sideways,
 * the identifying column of the queue stays visible, and below 1024 px the menu folds behind a button.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponsiveBrowserIT {
    private static final int[] WIDTHS = {390, 768, 1024, 1440};

    private static String tenant;
    private static String admin;
    private static String operator;
    private static String incident;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void aTenantWithAnIncident() {
        String u = Fixtures.unique();
        tenant = Api.createEligibleTenant("Narrow " + u, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        admin = Api.createUser("nadmin-" + u, "tenant-admin", tenant);
        operator = Api.createUser("noper-" + u, "tenant-operator", tenant);
        String platform = Api.createUser("nplatform-" + u, "platform", null);
        Api.Reply reported = Api.post("/tenants/" + tenant + "/incidents", platform, Fixtures.PASSWORD,
                Api.json("externalId", "NARROW-" + u, "title", "Suspicious sign-in to a mailbox from an unfamiliar country", "severity", "MEDIUM",
                        "category", "Initial access", "tactic", "Initial Access", "devices", List.of("d-1"), "users", List.of("u-1")));
        assertEquals(201, reported.status(), reported.toString());
        incident = reported.field("id");
    }

    @Test
    void theQueueAndAnIncidentFitEveryWidth() {
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            IncidentQueuePages queue = new IncidentQueuePages(browser);
            IncidentPages pages = new IncidentPages(browser);
            console.signIn(operator, Fixtures.PASSWORD);
            for (int width : WIDTHS) {
                browser.resize(width);
                queue.open();
                assertFalse(browser.scrollsSideways(), "the queue scrolls sideways at " + width + " px");
                assertTrue(browser.fullyVisible("[id$=':open']"), "the incident's title, which opens it, is visible at " + width + " px");
                shot(browser, "narrow-queue", width);

                pages.open(tenant, incident);
                assertFalse(browser.scrollsSideways(), "the incident page scrolls sideways at " + width + " px");
                assertTrue(browser.fullyVisible("#incidentTitle"), "the incident's title is visible at " + width + " px");
                shot(browser, "narrow-incident", width);
            }
        }
    }

    @Test
    void theWizardAndTheAuditFitEveryWidth() {
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            WizardPages wizard = new WizardPages(browser);
            console.signIn(admin, Fixtures.PASSWORD);
            for (int width : WIDTHS) {
                browser.resize(width);
                wizard.open();
                assertFalse(browser.scrollsSideways(), "the wizard scrolls sideways at " + width + " px");
                assertTrue(browser.fullyVisible("#steps li.current"), "the current step is visible at " + width + " px");
                shot(browser, "narrow-wizard", width);

                console.open("/console/access/audit.xhtml");
                assertTrue(browser.fullyVisible("[id$=':records']"), "the audit trail is shown at " + width + " px");
                assertFalse(browser.scrollsSideways(), "the audit page scrolls sideways at " + width + " px");
                shot(browser, "narrow-audit", width);
            }
        }
    }

    @Test
    void belowALaptopTheMenuFoldsBehindAButton() {
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            console.signIn(operator, Fixtures.PASSWORD);
            browser.resize(390);
            console.open("/console/home.xhtml");
            assertTrue(console.menuButtonShown(), "a menu button on a phone");
            assertFalse(console.menuShown(), "the menu folded on a phone");
            assertEquals("false", console.menuButtonExpanded());
            console.pressMenuButton();
            assertTrue(console.menuShown(), "the button opens the menu");
            assertEquals("true", console.menuButtonExpanded());
            assertFalse(browser.scrollsSideways(), "the open menu fits the phone");
            browser.screenshot("narrow-menu-open-390");

            browser.resize(1440);
            assertFalse(console.menuButtonShown(), "no menu button on a desktop");
            assertTrue(console.menuShown(), "the menu bar on a desktop");
        }
    }

    private static void shot(Browser browser, String name, int width) {
        if (width == 390 || width == 1440) {
            browser.screenshot(name + "-" + width);
        }
    }
}
