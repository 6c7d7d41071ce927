package org.mxdr.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Mailbox;
import org.mxdr.testing.browser.AcknowledgePages;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.ContactPages;
import org.mxdr.testing.browser.NotificationSettingsPages;
import org.mxdr.testing.browser.IncidentPages;
import org.openqa.selenium.Keys;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * A tenant admin sets the notifications by keyboard and at phone width, adds a contact with its
 * place on the escalation ladder and its working hours, and a contact acknowledges a
 * high-severity incident from the link in the mail; every state is checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsBrowserIT {
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/acknowledge\\.xhtml\\?token=[0-9a-f.-]+)");

    private static final Mailbox mailbox = Mailbox.ofTheRun();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdminSetsTheNotificationsByKeyboardAndAddsALadderContactAtPhoneWidth() {
        String u = Fixtures.unique();
        String tenant = Api.createEligibleTenant("Bell " + u, "EU");
        String admin = Api.createUser("badm-" + u, "tenant-admin", tenant);
        String desk = "desk-" + u + "@example.org";
        try (Browser browser = Browser.open()) {
            NotificationSettingsPages settings = new NotificationSettingsPages(browser);
            ContactPages contacts = new ContactPages(browser);
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            assertTrue(settings.menuHasNotifications(), "Settings › Notifications is in the menu");
            settings.open();
            browser.screenshot("notify-01-settings");
            settings.toggleSeverity("Low");
            settings.escalateAfter(20);
            // by keyboard: Tab to Save, Enter
            browser.tabTo("button[id='notificationsForm:save']");
            browser.press(Keys.ENTER);
            settings.waitForSaved();
            browser.screenshot("notify-02-saved");
            assertSaved(tenant, admin, List.of("HIGH", "MEDIUM", "LOW"), 20);
            browser.resize(390);
            settings.open();
            assertFalse(browser.scrollsSideways(), "the settings fit a phone");
            browser.screenshot("notify-03-settings-390");
            contacts.open();
            contacts.fillLadderContact("Night desk", desk, 1, "Mars/Olympus", "08:00", "18:00");
            contacts.add();
            assertTrue(contacts.shows("is not a time zone").contains("Time zone"));
            browser.screenshot("notify-04-contact-refused-390");
            contacts.fillLadderContact("Night desk", desk, 1, "Europe/London", "08:00", "18:00");
            contacts.add();
            String list = contacts.shows("Europe/London");
            assertTrue(list.contains("1. Mon-Fri 08:00-18:00 (Europe/London)"), list);
            assertFalse(browser.scrollsSideways(), "the contacts fit a phone");
            browser.screenshot("notify-05-contacts-390");
        }
    }

    @Test
    void aContactAcknowledgesAHighSeverityIncidentFromTheMailAndTheIncidentShowsTheLadder() {
        String u = Fixtures.unique();
        String tenant = Api.createEligibleTenant("Bell " + u, "EU");
        String admin = Api.createUser("badm-" + u, "tenant-admin", tenant);
        String platform = Api.createUser("bpf-" + u, "platform", null);
        String desk = "desk-" + u + "@example.org";
        addNightDesk(tenant, admin, desk);
        // a high-severity incident: the mail's link opens a page that asks before it acknowledges
        Api.Reply reported = Api.post("/tenants/" + tenant + "/incidents", platform, Fixtures.PASSWORD, Api.json("externalId", "ext-" + u,
                "title", "Ransomware staged on FIN-07", "severity", "HIGH", "category", "Ransomware", "tactic", "TA0040"));
        assertEquals(201, reported.status(), reported.toString());
        String link = acknowledgeLink(mailbox.await(desk, 2, Duration.ofSeconds(60)));
        try (Browser browser = Browser.open()) {
            AcknowledgePages acknowledge = new AcknowledgePages(browser);
            acknowledge.openLink(link);
            assertTrue(acknowledge.page().contains("Ransomware staged on FIN-07"), acknowledge.page());
            browser.screenshot("notify-06-acknowledge");
            acknowledge.confirm();
            assertTrue(acknowledge.page().contains("Acknowledged by Night desk"), acknowledge.page());
            browser.screenshot("notify-07-acknowledged");
            acknowledge.openLink(link);
            assertTrue(acknowledge.page().contains("Acknowledged by"), "the used link says so and offers nothing to press");
            assertFalse(acknowledge.offersConfirmation());

            // the incident page shows the ladder's run: who was told, and who acknowledged
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            String run = new IncidentPages(browser).ladder(reported.field("id"));
            assertTrue(run.contains("Acknowledged by Night desk") && run.contains("told at intake; first in charge"), run);
            browser.screenshot("notify-08-incident-ladder");
        }
    }

    /** The settings the API reads back: the mailed severities and the minutes before the ladder escalates. */
    private static void assertSaved(String tenant, String admin, List<String> severities, int escalationMinutes) {
        JsonObject saved = Api.get("/tenants/" + tenant + "/notification-settings", admin, Fixtures.PASSWORD).json();
        assertEquals(severities, saved.getJsonArray("incidentSeverities").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        assertEquals(escalationMinutes, saved.getInt("escalationMinutes"));
    }

    /** Adds, as the admin, the incident contact first on the ladder, working Mon-Fri 08:00-18:00 in London. */
    private static void addNightDesk(String tenant, String admin, String email) {
        String contact = Json.createObjectBuilder().add("name", "Night desk").add("email", email).add("incidentNotification", true)
                .add("order", 1).add("timeZone", "Europe/London").add("alwaysAvailable", false)
                .add("workingDays", Json.createArrayBuilder().add("MON").add("TUE").add("WED").add("THU").add("FRI"))
                .add("workingFrom", "08:00").add("workingTo", "18:00").build().toString();
        Api.Reply added = Api.post("/tenants/" + tenant + "/contacts", admin, Fixtures.PASSWORD, contact);
        assertEquals(201, added.status(), added.toString());
    }

    /** The acknowledge link of the first of these mails that holds one. */
    private static String acknowledgeLink(List<MimeMessage> mails) {
        return mails.stream().map(m -> LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=")))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
    }
}
