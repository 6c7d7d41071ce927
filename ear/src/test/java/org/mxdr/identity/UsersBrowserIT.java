package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.UserPages;

/** The Users page: the organisation picked by name, the search, and the focus on the first error after a failed submit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aProviderAdminPicksTheOrganisationByNameAndFindsTheUser() {
        String u = Fixtures.unique();
        String organisation = "Picked Organisation " + u;
        Api.createTenant(organisation, "COMMERCIAL", "EU");
        String username = "picked-" + u;
        try (Browser browser = Browser.open()) {
            new ConsolePages(browser).signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            UserPages users = new UserPages(browser);
            users.open();
            users.startNewUser();

            users.save();
            browser.waiting().until(d -> users.form().contains("A username is required."));
            assertTrue(browser.focusedMatches("#userForm\\:username"), "the focus is on the first field in error: " + browser.focusedElement());
            browser.screenshot("users-01-new-user-empty");

            users.fill(username, username + "@example.org", "Security reader", Fixtures.PASSWORD);
            users.pickOrganisation("organisation " + u, organisation);
            browser.screenshot("users-02-organisation-picked");
            users.save();
            browser.waiting().until(d -> !users.dialogOpen());

            users.search(username);
            String found = users.table();
            assertTrue(found.contains(username) && found.contains(organisation) && found.contains("Security reader"), found);
            assertFalse(found.contains(Fixtures.ADMIN), "the search leaves out the others: " + found);
            browser.screenshot("users-03-found");
            users.search("nobody-" + u);
            assertTrue(users.table().contains("No user matches."), users.table());

            browser.resize(390);
            users.search(u);
            assertFalse(browser.scrollsSideways(), "the Users page fits a phone");
            browser.screenshot("users-04-found-390");
        }
    }

    @Test
    void aTenantRoleWithoutAnOrganisationIsRefusedAndTheFocusGoesThere() {
        String u = Fixtures.unique();
        try (Browser browser = Browser.open()) {
            new ConsolePages(browser).signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            UserPages users = new UserPages(browser);
            users.open();
            users.startNewUser();
            users.fill("lost-" + u, "lost-" + u + "@example.org", "Security operator", Fixtures.PASSWORD);
            users.save();
            browser.waiting().until(d -> users.form().contains("Pick the organisation of this security operator from the list."));
            assertTrue(users.dialogOpen());
            assertTrue(browser.focusedMatches("#userForm\\:tenantId_input"), "the focus is on the organisation: " + browser.focusedElement());
            assertEquals("lost-" + u, users.typedUsername(),
                    "the other fields keep what was typed");
            browser.screenshot("users-05-no-organisation");
            users.cancel();
            users.search("lost-" + u);
            assertTrue(users.table().contains("No user matches."), "nothing was created: " + users.table());
        }
    }
}
