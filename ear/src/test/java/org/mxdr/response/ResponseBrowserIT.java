package org.mxdr.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.IncidentPages;
import org.mxdr.testing.browser.IncidentQueuePages;
import org.openqa.selenium.WebElement;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseBrowserIT {
    private static final String XSS = "<script>window.mxdrXss = 1</script><b>bold?</b>";
    private static final String ISOLATE_RATIONALE = "The credential theft tool still runs on this host.";
    private static final String DISABLE_RATIONALE = "Their password was taken: disable the account until it is reset.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anExpertWithReaderAccessRecommendsCardsThatSayWhyTheCustomerShouldAct() {
        String u = Fixtures.unique();
        String tenant = subscribedTenant("Response " + u);
        String expert = Api.createUser("rexpert-" + u, "expert", null);
        grantReaderLevel(tenant, Api.createUser("radmin-" + u, "tenant-admin", tenant), u);
        Api.Reply reported = reportCredentialTheft(tenant, Api.createUser("rplatform-" + u, "platform", null), u);
        assertEquals("INC-1", reported.field("key"));

        try (Browser browser = Browser.open()) {
            IncidentPages pages = new IncidentPages(browser);
            new ConsolePages(browser).signIn(expert, Fixtures.PASSWORD);
            pages.open(tenant, "INC-1"); // the short id opens it as the id does
            assertEquals("INC-1", pages.incidentKey());
            assertTrue(pages.assets().contains("HOST-d-1 (d-1)") && pages.assets().contains("Eligible User (u-1)"), pages.assets());
            browser.screenshot("response-01-expert-opens");
            pages.classify("True positive", "Malware: credential theft tool");
            // the inventory's names come with the external ids, in the choice and on the cards
            pages.act("Isolate device", "HOST-d-1 (d-1)", ISOLATE_RATIONALE);
            pages.act("Disable user", "Eligible User (u-1)", DISABLE_RATIONALE);
            assertEquals("Awaiting customer action", pages.status());
            assertTrue(pages.actions().contains(ISOLATE_RATIONALE), pages.actions());
            assertFalse(pages.actions().contains("Running a response action needs the level"),
                    "the card says why the customer should act, not what the expert may not do: " + pages.actions());
            browser.screenshot("response-02-expert-recommended");
        }
    }

    @Test
    void theReaderSeesTheCardsDisabledAndTheOperatorAnswersThem() {
        String u = Fixtures.unique();
        String tenant = subscribedTenant("Cards " + u);
        String operator = Api.createUser("rcoper-" + u, "tenant-operator", tenant);
        String reader = Api.createUser("rcreader-" + u, "tenant-reader", tenant);
        String incident = incidentWithTwoRecommendedCards(tenant, u);

        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            IncidentPages pages = new IncidentPages(browser);
            console.signIn(reader, Fixtures.PASSWORD);
            pages.open(tenant, incident);
            assertEquals(2, pages.cardCount());
            assertTrue(pages.actions().contains(DISABLE_RATIONALE), pages.actions());
            assertBothCardsOfferTwoDisabledButtons(pages);
            pages.send(XSS);
            assertTrue(pages.chat().contains(XSS), "shown as the text written: " + pages.chat());
            assertNull(pages.script("return window.mxdrXss === undefined ? null : window.mxdrXss;"), "no script from a message ever runs");
            browser.screenshot("response-03-reader-sees-cards-disabled");
            console.signOut();

            console.signIn(operator, Fixtures.PASSWORD);
            pages.open(tenant, incident);
            assertTrue(pages.chat().contains(XSS), pages.chat());
            assertNull(pages.script("return window.mxdrXss === undefined ? null : window.mxdrXss;"));
            browser.screenshot("response-04-operator-sees-cards");
            pages.answer(0, true);
            pages.answer(1, false);
            String actions = pages.actions();
            assertTrue(actions.contains("Completed by the customer"), actions);
            assertTrue(actions.contains("Skipped by the customer"), actions);
            assertTrue(pages.resolvable(), "every card answered: the incident can be resolved");
            browser.screenshot("response-05-operator-answered");
        }
    }

    @Test
    void aReaderSortsAndSearchesTheQueue() {
        String u = Fixtures.unique();
        String tenant = subscribedTenant("Queue " + u);
        String reader = Api.createUser("rqreader-" + u, "tenant-reader", tenant);
        String platform = Api.createUser("rqplatform-" + u, "platform", null);
        assertEquals("INC-1", reportCredentialTheft(tenant, platform, u).field("key"));
        Api.Reply later = Api.post("/tenants/" + tenant + "/incidents", platform, Fixtures.PASSWORD,
                Api.json("externalId", "PH-" + u, "title", "Phishing mail opened", "severity", "LOW", "category", "Phishing",
                        "tactic", "Initial Access", "users", List.of("u-1")));
        assertEquals("INC-2", later.field("key"), later.toString());

        try (Browser browser = Browser.open()) {
            IncidentQueuePages pages = new IncidentQueuePages(browser);
            new ConsolePages(browser).signIn(reader, Fixtures.PASSWORD);
            pages.open();
            assertTrue(pages.text().contains("Credential theft on HOST-d-1"), pages.text());
            assertEquals(List.of("INC-2", "INC-1"), pages.keys(), "newest first");
            pages.sortBy("Oldest first");
            browser.waiting().until(d -> pages.keys().equals(List.of("INC-1", "INC-2")));
            pages.sortBy("Most severe first");
            browser.waiting().until(d -> pages.keys().equals(List.of("INC-1", "INC-2")));
            pages.sortBy("Newest first");
            browser.waiting().until(d -> pages.keys().equals(List.of("INC-2", "INC-1")));
            pages.search("inc-1");
            browser.waiting().until(d -> pages.keys().equals(List.of("INC-1")));
            pages.search("phishing");
            browser.waiting().until(d -> pages.keys().equals(List.of("INC-2")));
            for (int width : new int[] {390, 1366}) {
                browser.resize(width);
                assertFalse(browser.scrollsSideways(), "the queue at " + width + " px");
                browser.screenshot("response-03a-queue-searched-" + width);
            }
            pages.search("");
            browser.waiting().until(d -> pages.keys().size() == 2);
        }
    }

    @Test
    void aFalsePositiveIsConfirmedBeforeItResolvesAndTheExpertReopensItWithAReason() {
        String u = Fixtures.unique();
        String tenant = subscribedTenant("Reopen " + u);
        String admin = Api.createUser("ropadmin-" + u, "tenant-admin", tenant);
        String expert = Api.createUser("ropexpert-" + u, "expert", null);
        String platform = Api.createUser("ropplatform-" + u, "platform", null);
        grantReaderLevel(tenant, admin, u);
        Api.Reply reported = Api.post("/tenants/" + tenant + "/incidents", platform, Fixtures.PASSWORD,
                Api.json("externalId", "INC-" + u, "title", "Suspicious script on HOST-d-1", "severity", "MEDIUM",
                        "category", "Execution", "tactic", "Execution", "devices", List.of("d-1"), "users", List.of()));
        assertEquals(201, reported.status(), reported.toString());
        String incident = reported.field("id");

        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            IncidentPages pages = new IncidentPages(browser);
            console.signIn(expert, Fixtures.PASSWORD);
            pages.open(tenant, incident);

            String asked = pages.classifyAsking("False positive", "An administrator's inventory script");
            assertTrue(asked.contains("False positive resolves the incident"), asked);
            browser.screenshot("response-06-false-positive-confirmation");
            pages.confirm(false);
            assertEquals("New", pages.status(), "declined: nothing classified");

            pages.classifyAsking("False positive", "An administrator's inventory script");
            pages.confirm(true);
            browser.waiting().until(d -> pages.status().equals("Resolved"));
            assertTrue(pages.reopenable(), "the expert may reopen it");

            pages.reopen(" ");
            assertTrue(pages.reopenDialogOpen(), "a blank reason keeps the dialog open");
            assertTrue(pages.reopenDialog().contains("The reason for reopening is required."), pages.reopenDialog());
            browser.screenshot("response-07-reopen-needs-a-reason");
            pages.reopenAgain("The script was not the administrator's");
            browser.waiting().until(d -> pages.status().equals("In progress"));
            assertTrue(pages.facts().contains("The script was not the administrator's"), pages.facts());
            assertFalse(pages.reopenable());
            for (int width : new int[] {390, 1366}) {
                browser.resize(width);
                assertFalse(browser.scrollsSideways(), "no sideways scroll at " + width);
                browser.screenshot("response-08-reopened-" + width);
            }
        }
    }

    /** An incident contact and the reader level only: the expert investigates and recommends, the customer acts. */
    private static void grantReaderLevel(String tenant, String admin, String u) {
        assertEquals(201, Api.post("/tenants/" + tenant + "/contacts", admin, Fixtures.PASSWORD,
                Api.json("name", "SOC", "email", "soc-" + u + "@example.org", "incidentNotification", true)).status());
        assertEquals(200, Api.send("PUT", "/tenants/" + tenant + "/permissions", admin, Fixtures.PASSWORD,
                Api.json("investigateAndGuide", true, "respondDirectly", false)).status());
    }

    /**
     * What the expert leaves in the first test, made through the API: a credential theft reported, classified as a
     * true positive, with the two cards recommended at the reader level (device d-1 isolated, then user u-1 disabled).
     */
    private static String incidentWithTwoRecommendedCards(String tenant, String u) {
        String expert = Api.createUser("rcexpert-" + u, "expert", null);
        grantReaderLevel(tenant, Api.createUser("rcadmin-" + u, "tenant-admin", tenant), u);
        String incident = reportCredentialTheft(tenant, Api.createUser("rcplatform-" + u, "platform", null), u).field("id");
        String i = "/tenants/" + tenant + "/incidents/" + incident;
        Api.Reply classified = Api.post(i + "/classification", expert, Fixtures.PASSWORD,
                Api.json("classification", "TRUE_POSITIVE", "determination", "Malware: credential theft tool"));
        assertEquals(200, classified.status(), classified.toString());
        for (List<String> card : List.of(List.of("ISOLATE_DEVICE", "d-1", ISOLATE_RATIONALE), List.of("DISABLE_USER", "u-1", DISABLE_RATIONALE))) {
            Api.Reply recommended = Api.post(i + "/actions", expert, Fixtures.PASSWORD,
                    Api.json("type", card.get(0), "target", card.get(1), "rationale", card.get(2)));
            assertEquals(201, recommended.status(), recommended.toString());
            assertTrue(recommended.json().getBoolean("recommended"), recommended.toString());
        }
        return incident;
    }

    private static void assertBothCardsOfferTwoDisabledButtons(IncidentPages pages) {
        for (int card = 0; card < 2; card++) {
            assertEquals(2, pages.cardButtons(card).size());
            for (WebElement button : pages.cardButtons(card)) {
                assertFalse(button.isEnabled(), "the reader sees the card buttons disabled: " + button.getText());
            }
        }
    }

    /** An eligible tenant subscribed for a year. */
    private static String subscribedTenant(String name) {
        String tenant = Api.createEligibleTenant(name, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        return tenant;
    }

    /** The platform reports a high-severity credential theft on the tenant's device d-1 and user u-1. */
    private static Api.Reply reportCredentialTheft(String tenant, String platform, String u) {
        Api.Reply reported = Api.post("/tenants/" + tenant + "/incidents", platform, Fixtures.PASSWORD,
                Api.json("externalId", "INC-" + u, "title", "Credential theft on HOST-d-1", "severity", "HIGH", "category", "Credential access",
                        "tactic", "Credential Access", "devices", List.of("d-1"), "users", List.of("u-1")));
        assertEquals(201, reported.status(), reported.toString());
        return reported;
    }
}
