package org.mxdr.onboarding;

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
import org.mxdr.testing.browser.HomePages;

/** Home pages: a tenant user's open incidents and those waiting for its answer; the expert's granted tenants, listed and linked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theTenantSeesItsOpenIncidentsAndTheExpertItsTenants() {
        String u = Fixtures.unique();
        // every live grant counts for every expert and the home page lists the first 10 by name: this
        // tenant sorts before those the rest of the suite grants
        String name = "Aaa home " + u;
        String tenant = Api.createEligibleTenant(name, "EU");
        assertEquals(201, Commercial.subscribe(tenant, Commercial.newCommercialExecutive(), Fixtures.PASSWORD, Commercial.aYear()).status());
        String admin = Api.createUser("hadmin-" + u, "tenant-admin", tenant);
        String operator = Api.createUser("hoper-" + u, "tenant-operator", tenant);
        String expert = Api.createUser("hexpert-" + u, "expert", null);
        String platform = Api.createUser("hplatform-" + u, "platform", null);
        assertEquals(201, Api.post("/tenants/" + tenant + "/contacts", admin, Fixtures.PASSWORD,
                Api.json("name", "SOC", "email", "soc-" + u + "@example.org", "incidentNotification", true)).status());
        assertEquals(200, Api.send("PUT", "/tenants/" + tenant + "/permissions", admin, Fixtures.PASSWORD,
                Api.json("investigateAndGuide", true, "respondDirectly", false)).status());
        String first = incident(tenant, platform, "INC-A-" + u);
        incident(tenant, platform, "INC-B-" + u);
        // the expert, reader level, recommends an action: the first incident waits for the customer
        assertEquals(200, Api.post("/tenants/" + tenant + "/incidents/" + first + "/classification", expert, Fixtures.PASSWORD,
                Api.json("classification", "TRUE_POSITIVE", "determination", "Malware")).status());
        Api.Reply recommended = Api.post("/tenants/" + tenant + "/incidents/" + first + "/actions", expert, Fixtures.PASSWORD,
                Api.json("type", "ISOLATE_DEVICE", "target", "d-1", "rationale", "Stops the spread"));
        assertEquals(201, recommended.status(), recommended.toString());

        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            HomePages home = new HomePages(browser);
            console.signIn(operator, Fixtures.PASSWORD);
            assertTrue(home.text("openIncidents").startsWith("2 incidents are open"), home.text("openIncidents"));
            assertTrue(home.text("awaitingYou").startsWith("1 incident waits for your answer"), home.text("awaitingYou"));
            browser.screenshot("home-01-tenant");
            browser.resize(390);
            assertFalse(browser.scrollsSideways(), "the home page fits a phone");
            browser.screenshot("home-02-tenant-390");
            browser.resize(1366);
            console.signOut();

            console.signIn(expert, Fixtures.PASSWORD);
            assertTrue(home.grantedTenants().contains(name), home.grantedTenants());
            browser.screenshot("home-03-expert");
            assertTrue(home.enterTenant(name).contains("Investigate"), "the link opens the tenant");
        }
    }

    private static String incident(String tenant, String platform, String externalId) {
        Api.Reply reported = Api.post("/tenants/" + tenant + "/incidents", platform, Fixtures.PASSWORD,
                Api.json("externalId", externalId, "title", "Credential theft on HOST-d-1", "severity", "HIGH", "category", "Credential access",
                        "tactic", "Credential Access", "devices", List.of("d-1"), "users", List.of("u-1")));
        assertEquals(201, reported.status(), reported.toString());
        return reported.field("id");
    }
}
