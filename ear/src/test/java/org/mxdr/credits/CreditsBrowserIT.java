package org.mxdr.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

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
import org.mxdr.testing.browser.CreditLedgerPages;
import org.mxdr.testing.browser.QuestionPages;
import org.mxdr.testing.browser.QuestionThreadPages;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreditsBrowserIT {
    private static final String QUESTION = "A user signed in from two countries within an hour. Is this a compromise?";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aReaderAsksAndSeesTheCreditUsedAndTheLedgerNamingTheQuestion() {
        String u = Fixtures.unique();
        String tenant = tenantWithCreditsAndGrant("Questions " + u, u);
        String reader = Api.createUser("qreader-" + u, "tenant-reader", tenant);
        String subject = "Impossible travel sign-in " + u;
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            QuestionPages pages = new QuestionPages(browser);
            CreditLedgerPages ledger = new CreditLedgerPages(browser);
            console.signIn(reader, Fixtures.PASSWORD);
            assertTrue(console.menuOffers("Credits"));
            pages.openFromMenu();
            assertEquals("2", pages.remaining());
            pages.ask(subject, QUESTION);
            assertTrue(pages.askedNotice().contains("It used one credit"), pages.askedNotice());
            assertEquals("1", pages.remaining(), "the credit is consumed");
            assertTrue(pages.list().contains(subject), pages.list());
            assertTrue(pages.list().contains("Awaiting the experts"), pages.list());
            browser.screenshot("credits-01-asked");
            ledger.openFromMenu();
            assertEquals("2", ledger.total("assigned"));
            assertEquals("1", ledger.total("used"));
            assertEquals("1", ledger.total("remaining"));
            assertTrue(ledger.ledger().contains(subject), "the used credit names its question: " + ledger.ledger());
            browser.screenshot("credits-02-ledger");
        }
    }

    @Test
    void anExpertAnswersAndTheReadersThreadShowsQuestionAndAnswerInOrder() {
        String u = Fixtures.unique();
        String name = "Questions " + u;
        String tenant = tenantWithCreditsAndGrant(name, u);
        String reader = Api.createUser("qreader-" + u, "tenant-reader", tenant);
        String expert = Api.createUser("qexpert-" + u, "expert", null);
        String subject = "Impossible travel sign-in " + u;
        Api.Reply asked = Api.post("/tenants/" + tenant + "/questions", reader, Fixtures.PASSWORD, Api.json("subject", subject, "body", QUESTION));
        assertEquals(201, asked.status(), asked.toString());
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            QuestionPages pages = new QuestionPages(browser);
            QuestionThreadPages thread = new QuestionThreadPages(browser);
            console.signIn(expert, Fixtures.PASSWORD);
            pages.openFromMenu();
            assertTrue(pages.list().contains(name), pages.list());
            pages.openQuestion(subject);
            thread.reply("The second sign-in came through the company VPN in Frankfurt; no compromise.");
            assertEquals("Answered", thread.status());
            browser.screenshot("credits-03-expert-answered");
            console.signOut();

            console.signIn(reader, Fixtures.PASSWORD);
            pages.openFromMenu();
            pages.openQuestion(subject);
            String messages = thread.thread();
            assertTrue(messages.contains("A user signed in from two countries"), messages);
            assertTrue(messages.contains(reader + " asked"), messages);
            assertTrue(messages.contains(expert + " answered for the experts"), messages);
            assertTrue(messages.indexOf(reader + " asked") < messages.indexOf(expert + " answered"), "in order: " + messages);
            thread.reply("Thanks! We will add the VPN range to the known locations.");
            assertEquals("Awaiting the experts", thread.status());
            browser.screenshot("credits-04-thread");
        }
    }

    /**
     * An eligible tenant, subscribed, with this month's credits assigned, and the experts' live grant (they answer only
     * through it): an incident contact and investigate-and-guide, set by the tenant's own admin.
     */
    private static String tenantWithCreditsAndGrant(String name, String u) {
        String tenant = Api.createEligibleTenant(name, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        assertEquals(200, Api.post("/jobs/credit-assignment?period=" + LocalDate.now().toString().substring(0, 7), Fixtures.ADMIN,
                Fixtures.ADMIN_PASSWORD, null).status());
        String admin = Api.createUser("qadmin-" + u, "tenant-admin", tenant);
        assertEquals(201, Api.post("/tenants/" + tenant + "/contacts", admin, Fixtures.PASSWORD,
                Api.json("name", "SOC", "email", "soc-" + u + "@example.org", "incidentNotification", true)).status());
        assertEquals(200, Api.send("PUT", "/tenants/" + tenant + "/permissions", admin, Fixtures.PASSWORD, Api.json("investigateAndGuide", true)).status());
        return tenant;
    }
}
