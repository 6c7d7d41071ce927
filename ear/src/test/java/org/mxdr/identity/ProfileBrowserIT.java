package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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
import org.mxdr.testing.browser.ProfilePages;
import org.mxdr.testing.browser.UserPages;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Times in the viewer's time zone: the browser's until the person chooses one in the profile,
 * UTC on hover, one format on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfileBrowserIT {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void timesAreShownInTheBrowsersZoneOrTheOneChosenInTheProfileWithUtcOnHover() {
        String u = Fixtures.unique();
        String tenant = Api.createTenant("Zones " + u, "COMMERCIAL", "EU");
        String admin = Api.createUser("zadmin-" + u, "tenant-admin", tenant);

        try (Browser browser = Browser.open()) {
            ConsolePages console = new ConsolePages(browser);
            UserPages users = new UserPages(browser);
            ProfilePages profile = new ProfilePages(browser);
            console.signIn(admin, Fixtures.PASSWORD);
            // the browser reports its zone with every request; the console shows times in it
            browser.driver().manage().addCookie(new Cookie("mxdr-tz", "America/New_York", "/"));
            console.open("/console/users.xhtml");
            assertShownIn(users.firstTime(), ZoneId.of("America/New_York"));

            profile.openFromBar();
            profile.chooseTimeZone("Asia/Kolkata");
            browser.waiting().until(d -> profile.now().getText().endsWith(" IST"));
            assertShownIn(profile.now(), ZoneId.of("Asia/Kolkata"));
            for (int width : new int[] {390, 1366}) {
                browser.resize(width);
                assertFalse(browser.scrollsSideways(), "the profile at " + width + " px");
                browser.screenshot("profile-01-zone-chosen-" + width);
            }
            assertEquals(1L, console.menuLines(), "a tenant admin's menu items stay on one line at 1366 px");
            assertTrue(console.barHeight() < 80, "the bar, the account and Sign out included, is one line high at 1366 px");

            // the choice wins over the browser's, on every page, until taken back
            console.open("/console/users.xhtml");
            assertShownIn(users.firstTime(), ZoneId.of("Asia/Kolkata"));
            browser.screenshot("profile-02-users-in-chosen-zone");
            profile.open();
            profile.chooseTimeZone("Browser default (" + browserZone(browser) + ")");
            browser.waiting().until(d -> !profile.now().getText().endsWith(" IST"));
            browser.driver().manage().addCookie(new Cookie("mxdr-tz", "Asia/Tokyo", "/"));
            console.open("/console/users.xhtml");
            assertShownIn(users.firstTime(), ZoneId.of("Asia/Tokyo"));
        }
    }

    /** The zone the browser itself reports (console.js keeps it in the cookie on every page). */
    private static String browserZone(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;"));
    }

    /** The element shows a time of the zone, to the minute, and the same instant in UTC on hover. */
    private static void assertShownIn(WebElement time, ZoneId zone) {
        String shown = time.getText();
        String utc = time.getAttribute("title");
        assertTrue(utc.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"), utc);
        LocalDateTime atUtc = LocalDateTime.parse(utc.substring(0, 16), SHOWN);
        String expected = SHOWN.format(atUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
        assertTrue(shown.startsWith(expected + " "), shown + " is " + utc + " in " + zone);
        assertFalse(shown.endsWith("UTC"), shown);
        assertEquals(shown.trim(), shown);
    }
}
