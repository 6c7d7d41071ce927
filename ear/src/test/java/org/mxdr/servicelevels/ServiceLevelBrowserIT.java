package org.mxdr.servicelevels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.mxdr.testing.browser.ExpertQueuePages;
import org.mxdr.testing.browser.ServiceReviewPages;

/**
 * An expert works from one Queue across two tenants, each incident with its service-level badge,
 * at desktop and phone width; a delivery manager's Service review shows the month's compliance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceLevelBrowserIT {
    private static final String PW = Fixtures.PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Two granted tenants, North with a high incident the expert took at once, South with a medium one nobody took. */
    private record TwoTenants(String u, String north, String south) {
        static TwoTenants made(String expert) {
            String u = Fixtures.unique();
            String platform = Api.createUser("slb-platform-" + u, "platform", null);
            String north = "North " + u;
            String south = "South " + u;
            String northId = grantedTenant(north, u);
            String southId = grantedTenant(south, u);
            String taken = report(northId, platform, "Beaconing from HOST-d-1 " + u, "HIGH");
            report(southId, platform, "Suspicious sign-in of u-1 " + u, "MEDIUM");
            assertEquals(200, Api.post("/tenants/" + northId + "/incidents/" + taken + "/take", expert, PW, null).status());
            return new TwoTenants(u, north, south);
        }
    }

    @Test
    void anExpertsQueueSpansTwoTenantsWithEachIncidentsServiceLevel() {
        String expert = Api.createUser("slb-expert-" + Fixtures.unique(), "expert", null);
        TwoTenants t = TwoTenants.made(expert);
        try (Browser browser = Browser.open()) {
            ExpertQueuePages pages = new ExpertQueuePages(browser);
            new ConsolePages(browser).signIn(expert, PW);
            pages.openFromMenu();
            pages.filterTenant(t.north());
            assertTrue(pages.queue().contains("Beaconing from HOST-d-1 " + t.u()), pages.queue());
            assertEquals(1, pages.badges("ON_TRACK"), "taken in time, classify due within the hour: " + pages.queue());
            pages.filterTenant(t.south());
            assertTrue(pages.queue().contains("Suspicious sign-in of u-1 " + t.u()), pages.queue());
            assertTrue(pages.queue().contains("Acknowledge:"), "what is left of the target due next: " + pages.queue());
            pages.filterTenant("Every tenant");
            assertTrue(pages.badges("") > 1, "every tenant's incidents, each with its badge: " + pages.queue());
            browser.screenshot("service-levels-01-expert-queue");
            browser.resize(390);
            assertFalse(browser.scrollsSideways(), "the queue fits a phone");
            browser.screenshot("service-levels-02-expert-queue-phone");
        }
    }

    @Test
    void theDeliveryManagerSeesEachTenantsCompliance() {
        TwoTenants t = TwoTenants.made(Api.createUser("slb-expert-" + Fixtures.unique(), "expert", null));
        String manager = Api.createUser("slb-dm-" + t.u(), "delivery-manager", null);
        try (Browser browser = Browser.open()) {
            ServiceReviewPages review = new ServiceReviewPages(browser);
            new ConsolePages(browser).signIn(manager, PW);
            review.openFromMenu();
            String row = review.reviewRow(t.north());
            assertTrue(row.contains("100 %"), "acknowledged in time: " + row);
            assertTrue(row.contains("Live"), row);
            assertTrue(review.reviewRow(t.south()).contains("–"), "nothing decided yet: " + review.reviewRow(t.south()));
            browser.screenshot("service-levels-03-service-review");
            browser.resize(390);
            assertFalse(browser.scrollsSideways(), "the review fits a phone");
            browser.screenshot("service-levels-04-service-review-phone");
        }
    }

    /** An eligible tenant subscribed for a year, whose admin named an incident contact and granted the experts' Reader level. */
    private static String grantedTenant(String name, String u) {
        String tenant = Api.createEligibleTenant(name, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), PW, Commercial.aYear()).status());
        String admin = Api.createUser("slb-admin-" + Fixtures.unique(), "tenant-admin", tenant);
        assertEquals(201, Api.post("/tenants/" + tenant + "/contacts", admin, PW,
                Api.json("name", "SOC", "email", "soc-" + u + "@example.org", "incidentNotification", true)).status());
        assertEquals(200, Api.send("PUT", "/tenants/" + tenant + "/permissions", admin, PW,
                Api.json("investigateAndGuide", true, "respondDirectly", false)).status());
        return tenant;
    }

    private static String report(String tenant, String platform, String title, String severity) {
        Api.Reply reported = Api.post("/tenants/" + tenant + "/incidents", platform, PW, Api.json("externalId", "INC-" + Fixtures.unique(),
                "title", title, "severity", severity, "category", "Command and control",
                "tactic", "Command and Control", "devices", List.of("d-1"), "users", List.of("u-1")));
        assertEquals(201, reported.status(), reported.toString());
        return reported.field("id");
    }
}
