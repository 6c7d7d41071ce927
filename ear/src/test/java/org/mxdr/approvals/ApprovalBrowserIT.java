package org.mxdr.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.AccessApi;
import org.mxdr.testing.AccessApi.Tenant;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Mailbox;
import org.mxdr.testing.browser.ApprovalAnswerPages;
import org.mxdr.testing.browser.ApprovalPages;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.ResponsePolicyPages;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * A tenant admin makes isolating the devices of one group need approval; the expert's isolation
 * of such a device becomes a request; a tenant operator approves it from the link mailed to him
 * (read from the test's mail server); the action runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalBrowserIT {
    private static final String PW = Fixtures.PASSWORD;
    private static final String FINANCE_ISOLATION = "Isolate device on devices in the group 'Finance'";
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/approval\\.xhtml\\?token=[A-Za-z0-9._-]+)");

    private static final Mailbox mailbox = Mailbox.ofTheRun();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdminMakesIsolatingFinanceDevicesAskForApprovalAndThePolicyFitsAPhone() {
        Tenant t = grantedTenant();
        try (Browser browser = Browser.open()) {
            ResponsePolicyPages pages = new ResponsePolicyPages(browser);
            new ConsolePages(browser).signIn(t.admin(), PW);
            pages.open();
            assertTrue(pages.precedence().contains("most restrictive"), pages.precedence());
            assertEquals("Access level decides", pages.chosen(FINANCE_ISOLATION));
            pages.choose(FINANCE_ISOLATION, "Ask for approval");
            pages.save();
            pages.waitForSaved();
            assertEquals("Ask for approval", pages.chosen(FINANCE_ISOLATION));
            browser.screenshot("approvals-01-policy");
            browser.resize(390);
            pages.open();
            assertTrue(!browser.scrollsSideways(), "the policy fits 390 px");
            browser.screenshot("approvals-02-policy-390");
        }
    }

    @Test
    void anOperatorApprovesTheExpertsIsolationFromTheMailedLinkAndItRuns() {
        String u = Fixtures.unique();
        Tenant t = grantedTenant();
        String operator = Api.createUser("abop-" + u, "tenant-operator", t.id());
        String expert = Api.createUser("abex-" + u, "expert", null);
        String platform = Api.createUser("abpl-" + u, "platform", null);
        askForApprovalToIsolateFinanceDevices(t);
        // the expert's isolation of a Finance device becomes a request
        String incident = trueIncident(t, platform, expert);
        Reply isolate = Api.post(incident + "/actions", expert, PW,
                Api.json("type", "ISOLATE_DEVICE", "target", "d-fin", "rationale", "Stops the spread"));
        assertEquals(201, isolate.status(), isolate.toString());
        assertEquals("AWAITING_APPROVAL", isolate.field("state"));
        String link = link(mailbox.await(operator + "@example.org", 1, Duration.ofSeconds(60)).get(0));
        try (Browser browser = Browser.open()) {
            ApprovalAnswerPages answering = new ApprovalAnswerPages(browser);
            // the operator's mailed link opens the page that asks to confirm; only the confirmation answers
            String asked = answering.openLink(link);
            assertTrue(asked.contains("Isolate device on FIN-1 (d-fin)"), asked);
            browser.screenshot("approvals-03-link");
            assertEquals("AWAITING_APPROVAL", action(incident, operator, isolate.field("id")), "opening the link changed nothing");
            String answer = answering.approve();
            assertTrue(answer.startsWith("Approved"), answer);
            browser.screenshot("approvals-04-approved");
            assertEquals("IN_PROGRESS", action(incident, operator, isolate.field("id")), "the action runs");

            // used once: the link now says so; the console lists the answer
            assertTrue(answering.openLink(link).contains("used already"));
            new ConsolePages(browser).signIn(operator, PW);
            String listed = new ApprovalPages(browser).open();
            assertTrue(listed.contains("Approved by " + operator), listed);
            browser.screenshot("approvals-05-list");
        }
    }

    /** A subscribed tenant whose grant lets the experts investigate and respond directly on all devices. */
    private static Tenant grantedTenant() {
        Tenant t = AccessApi.subscribedTenant("Approval browser", Commercial.newCommercialExecutive());
        AccessApi.grant(t, Api.json("investigateAndGuide", true, "respondDirectly", true, "allDevices", true));
        return t;
    }

    /** What the admin saves on the policy page: isolating a device of the group Finance asks for approval. */
    private static void askForApprovalToIsolateFinanceDevices(Tenant t) {
        String policy = Json.createObjectBuilder().add("version", 0).add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("action", "ISOLATE_DEVICE").add("scope", Json.createObjectBuilder().add("kind", "DEVICE_GROUP").add("name", "Finance"))
                .add("mode", "APPROVE"))).build().toString();
        Reply saved = Api.send("PUT", t.path("/response-policy"), t.admin(), PW, policy);
        assertEquals(200, saved.status(), saved.toString());
    }

    private static String link(MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = LINK.matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private static String trueIncident(Tenant t, String platform, String expert) {
        String body = Json.createObjectBuilder().add("externalId", "abx-" + Fixtures.unique()).add("title", "Ransomware staging on FIN-1")
                .add("severity", "HIGH").add("category", "Malware").add("tactic", "Impact")
                .add("devices", Json.createArrayBuilder().add("d-fin")).add("users", Json.createArrayBuilder()).build().toString();
        Reply created = Api.post(t.path("/incidents"), platform, PW, body);
        assertEquals(201, created.status(), created.toString());
        String incident = t.path("/incidents/" + created.field("id"));
        assertEquals(200, Api.post(incident + "/take", expert, PW, null).status());
        assertEquals(200, Api.post(incident + "/classification", expert, PW,
                Api.json("classification", "TRUE_POSITIVE", "determination", "Encryption started")).status());
        return incident;
    }

    private static String action(String incident, String user, String actionId) {
        return Api.get(incident, user, PW).json().getJsonArray("actions").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(a -> a.getString("id").equals(actionId)).findFirst().orElseThrow().getString("state");
    }
}
