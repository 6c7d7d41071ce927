package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

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
import org.mxdr.testing.browser.Browser;
import org.mxdr.testing.browser.ConsolePages;
import org.mxdr.testing.browser.PasswordResetPages;
import org.mxdr.testing.browser.UserPages;

/**
 * An admin edits a user and sends a reset link from the Users page; a user who forgot the
 * password asks for a link on the sign-in page, follows the mailed link and signs in with the
 * new password. Every page state passes axe-core; the forms fit a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetBrowserIT {
    private static final String NEW_PASSWORD = "maple-orbit-whistle-58";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdminEditsAUserAndTheUserSetsANewPasswordFromTheMailedLink() {
        String u = Fixtures.unique();
        String username = Api.createUser("forgetful-" + u, "expert", null);
        String moved = "moved-" + u + "@example.org";
        Mailbox mailbox = Mailbox.ofTheRun();
        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser).signIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            UserPages users = new UserPages(browser);
            users.open();
            users.search(username);
            users.editFirst();
            browser.screenshot("users-06-edit");
            users.changeEmailAndRole(moved, "Delivery manager");
            browser.waiting().until(d -> !users.editDialogOpen());
            String row = users.table();
            assertTrue(row.contains(moved) && row.contains("Delivery manager"), row);

            users.sendResetToFirst();
            users.waitForText("is on its way to " + moved);
            browser.screenshot("users-07-reset-sent");
            assertEquals(1, mailbox.await(moved, 1, Duration.ofSeconds(60)).size());
            console.signOut();

            browser.resize(390);
            console.open("/login.xhtml");
            PasswordResetPages reset = new PasswordResetPages(browser);
            reset.askForResetLink(username);
            assertFalse(browser.scrollsSideways(), "the forgot page fits a phone");
            browser.screenshot("users-08-forgot-390");
            String link = Mailbox.resetLink(mailbox.await(moved, 2, Duration.ofSeconds(60)).get(1))[0];

            reset.openLink(link);
            reset.chooseNewPassword(NEW_PASSWORD, NEW_PASSWORD + "x");
            browser.waiting().until(d -> reset.page().contains("The two passwords differ; type the same password twice."));
            browser.screenshot("users-09-reset-differ-390");
            reset.chooseNewPassword(NEW_PASSWORD, NEW_PASSWORD);
            reset.waitUntilSet();
            browser.screenshot("users-10-reset-done-390");

            browser.resize(1366);
            console.signIn(username, NEW_PASSWORD);
            assertEquals(username, console.signedInAs());
        }
    }
}
