package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Mailbox;
import org.mxdr.testing.TestClockResource;
import org.mxdr.testing.WelcomePage;

/**
 * The welcome email as the tenant's admin receives it from a real SMTP server, and its link
 * followed over HTTP: the password is set once, the admin is signed in on Settings > Experts, and
 * the link is refused after its use and after it expired.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WelcomeMailIT {
    private static final String NEW_PASSWORD = "violet-harbour-lantern-42";
    private static final Mailbox mailbox = Mailbox.ofTheRun();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(TestClockResource.class);
    }

    @AfterEach
    void resetClock() {
        Commercial.resetClock();
    }

    @Test
    void theWelcomeMailNamesTheTenantAndLinksToTheWelcomePage() throws Exception {
        Welcome w = welcomed();
        assertEquals("Welcome to MXDR: set up Welcome " + w.u(), w.mail().getSubject());
        assertTrue(GreenMailUtil.getBody(w.mail()).contains("works once and expires on"), GreenMailUtil.getBody(w.mail()));
        assertTrue(w.link().startsWith(Api.SERVER + "/mxdr/welcome.xhtml?token="), w.link());
    }

    @Test
    void theLinksPageShowsThePasswordRulesAndWhoseAccountItCreates() throws Exception {
        Welcome w = welcomed();
        String email = w.email();
        String html = new WelcomePage(w.link()).open();
        assertTrue(html.contains("id=\"linkValid\""), html);
        assertTrue(html.contains("At least 12 and at most 128 characters"), "the password rules are shown");
        assertTrue(html.contains("value=\"" + email + "\""), "the username is prefilled with the admin address");
        assertTrue(html.contains("id=\"linkCreates\"") && html.contains("creates a new administrator account")
                && html.contains(email.charAt(0) + "***" + email.substring(email.indexOf('@'))), "the page says whose account it creates: " + html);
    }

    @Test
    void passwordsThatDifferOrAreTooShortAreRefusedAndCreateNoAccount() throws Exception {
        Welcome w = welcomed();
        WelcomePage page = new WelcomePage(w.link());
        page.open();
        String username = "admin-" + w.u();
        String differ = page.setPassword(username, NEW_PASSWORD, NEW_PASSWORD + "x").body();
        assertTrue(differ.contains("The two passwords differ"), differ);
        String weak = page.setPassword(username, "short", "short").body();
        assertTrue(weak.contains("at least 12 characters"), weak);
        assertEquals(401, Api.get("/tenants/" + w.tenant(), username, NEW_PASSWORD).status(), "nothing created by refused attempts");
    }

    @Test
    void settingThePasswordSignsTheAdminInOnTheSettingsWizard() throws Exception {
        Welcome w = welcomed();
        WelcomePage page = new WelcomePage(w.link());
        page.open();
        HttpResponse<String> landed = page.setPassword("admin-" + w.u(), NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(200, landed.statusCode());
        assertTrue(landed.uri().getPath().endsWith("/console/access/wizard.xhtml"), landed.uri().toString());
        assertTrue(landed.body().contains("id=\"welcomeDone\""), "signed in, in the settings wizard: " + landed.body());
        assertTrue(landed.body().contains("Investigate incidents and guide my responses"), "the wizard's first step: " + landed.body());
        String experts = page.get(Api.SERVER + "/mxdr/console/settings/experts.xhtml").body();
        assertTrue(experts.contains("Consent given to the provider's experts to access the hunting data"), experts);
        assertTrue(experts.contains("ACTIVE"));
        assertTrue(experts.contains("Eligible: every required prerequisite is met"), "the readiness assessment: " + experts);
        assertTrue(experts.contains("Get started"), "the way into the wizard: " + experts);
    }

    @Test
    void theNewPasswordSignsTheTenantsAdminInAndTheLinkThenWorksNoMore() throws Exception {
        Welcome w = welcomed();
        WelcomePage page = new WelcomePage(w.link());
        page.open();
        String username = "admin-" + w.u();
        assertEquals(200, page.setPassword(username, NEW_PASSWORD, NEW_PASSWORD).statusCode());

        Reply signIn = Api.get("/tenants/" + w.tenant(), username, NEW_PASSWORD);
        assertEquals(200, signIn.status(), "sign-in works with the new password: " + signIn);
        assertEquals("ACTIVE", signIn.json().getJsonObject("subscription").getString("status"));
        assertEquals(403, Api.post("/tenants/" + w.tenant() + "/subscription", username, NEW_PASSWORD, Commercial.aYear()).status(),
                "the new user is the tenant's admin, not a commercial executive");

        String second = new WelcomePage(w.link()).open();
        assertTrue(second.contains("id=\"linkUsed\""), second);
        assertFalse(second.contains("id=\"welcome\""), "no form on a used link");
        assertTrue(second.contains("Send me a new link"));
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String u = Fixtures.unique();
        String tenant = Api.createEligibleTenant("Expiring " + u, "UK");
        String email = Commercial.adminEmail(tenant);
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        String[] link = Mailbox.welcomeLink(mailbox.await(email, 1, Duration.ofSeconds(60)).get(0));

        Commercial.fixClock(Instant.now().plus(Duration.ofDays(7)).minusSeconds(600));
        assertTrue(new WelcomePage(link[0]).open().contains("id=\"linkValid\""), "still valid just before the seventh day ends");

        Commercial.fixClock(Instant.now().plus(Duration.ofDays(7)).plusSeconds(600));
        WelcomePage page = new WelcomePage(link[0]);
        String html = page.open();
        assertTrue(html.contains("id=\"linkExpired\""), html);
        assertTrue(html.contains("Send me a new link"), html);
        assertFalse(html.contains("id=\"welcome\""), "no form on an expired link");

        String unknown = new WelcomePage(Api.SERVER + "/mxdr/welcome.xhtml?token=not-a-token").open();
        assertTrue(unknown.contains("id=\"linkUnknown\""), unknown);
    }

    /** A tenant of one test, subscribed, and the welcome mail its admin address received; {@code u} is in the tenant's name. */
    private record Welcome(String u, String tenant, String email, MimeMessage mail, String link) {
    }

    private static Welcome welcomed() {
        String u = Fixtures.unique();
        String tenant = Api.createEligibleTenant("Welcome " + u, "EU");
        String email = Commercial.adminEmail(tenant);
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        MimeMessage mail = mailbox.await(email, 1, Duration.ofSeconds(60)).get(0);
        return new Welcome(u, tenant, email, mail, Mailbox.welcomeLink(mail)[0]);
    }
}
