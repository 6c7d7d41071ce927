package org.mxdr.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.WebhookPages;

/** A tenant admin registers a webhook in the console, sees the secret once, and sees the deliveries of an incident with their status codes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aTenantAdminRegistersAWebhookAndSeesTheSecretOnce() {
        String u = Fixtures.unique();
        String admin = Api.createUser("whb-admin-" + u, "tenant-admin", Api.createTenant("Webhook console " + u, "COMMERCIAL", "EU"));
        String url = "http://127.0.0.1:9/hook-" + u;
        try (Browser browser = Browser.open()) {
            WebhookPages pages = new WebhookPages(browser);
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            assertTrue(pages.inMenu(), "Settings › Webhooks is in the menu");
            pages.open();
            browser.screenshot("webhooks-01-empty");

            pages.register("ftp://" + u + ".example/in");
            assertTrue(pages.formShows("Only http and https").contains("URL"));
            pages.register(url);
            String secret = pages.secret();
            assertTrue(secret.startsWith("whsec_"), secret);
            assertTrue(pages.endpoints().contains(url), pages.endpoints());
            assertTrue(pages.endpoints().contains("Enabled"), pages.endpoints());
            browser.screenshot("webhooks-02-registered-secret-once");

            pages.open();
            assertFalse(pages.showsSecret(), "the secret is shown once, not again");
        }
    }

    @Test
    void aTenantAdminSeesTheDeliveriesOfAnIncidentAndRedeliversOne() throws Exception {
        String u = Fixtures.unique();
        String tenant = Api.createTenant("Webhook deliveries " + u, "COMMERCIAL", "EU");
        String admin = Api.createUser("whd-admin-" + u, "tenant-admin", tenant);
        try (Receiver receiver = Receiver.start(); Browser browser = Browser.open()) {
            Receiver.Received got = registeredAndSentAnIncident(tenant, admin, receiver, u);
            assertTrue(got.signature().startsWith("t="), got.signature());

            WebhookPages pages = new WebhookPages(browser);
            new ConsolePages(browser).signIn(admin, Fixtures.PASSWORD);
            pages.open();
            pages.openDeliveries();
            String list = pages.deliveriesShow("DELIVERED");
            assertTrue(list.contains("incident.created"), list);
            assertTrue(list.contains("200 at "), list);
            browser.screenshot("webhooks-03-deliveries");

            pages.redeliverFirst();
            receiver.await(r -> r.size() >= 2, Duration.ofSeconds(20), () -> { });
            assertEquals(got.eventId(), receiver.received().get(1).eventId(), "the same event, sent again");
            browser.resize(390);
            assertFalse(browser.scrollsSideways(), "the deliveries fit a phone");
            browser.screenshot("webhooks-04-deliveries-phone");
        }
    }

    /** A webhook for created incidents registered through the API, and the first delivery of an incident the platform reports. */
    private static Receiver.Received registeredAndSentAnIncident(String tenant, String admin, Receiver receiver, String u) {
        Reply made = Api.post("/tenants/" + tenant + "/webhooks", admin, Fixtures.PASSWORD,
                Api.json("url", receiver.url(), "events", List.of("incident.created")));
        assertEquals(201, made.status(), made.toString());
        String platform = Api.createUser("whd-platform-" + u, "platform", null);
        Reply incident = Api.post("/tenants/" + tenant + "/incidents", platform, Fixtures.PASSWORD, Json.createObjectBuilder()
                .add("externalId", "whb-" + u).add("title", "Credential theft on HR-2").add("severity", "HIGH").add("category", "Malware")
                .add("tactic", "Credential access").add("devices", Json.createArrayBuilder()).add("users", Json.createArrayBuilder())
                .build().toString());
        assertEquals(201, incident.status(), incident.toString());
        return receiver.await(r -> !r.isEmpty(), Duration.ofSeconds(20), () -> { }).get(0);
    }
}
