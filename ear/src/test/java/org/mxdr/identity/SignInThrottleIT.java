package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.control.SignInThrottle;
import org.mxdr.identity.entity.SignInSource;
import org.mxdr.platform.Role;
import org.mxdr.testing.Api;
import org.mxdr.testing.As;
import org.mxdr.testing.Console;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * Failed sign-ins slow down and then refuse their source, never the account: a stranger's wrong
 * passwords do not stop the owner, the platform's service account included.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {
    /** Addresses of their own per run: the counts outlive a test run for 15 minutes. */
    private static final String STRANGER = "2001:db8:1::" + Fixtures.unique().substring(0, 4);
    private static final String OWNER = "2001:db8:2::" + Fixtures.unique().substring(0, 4);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(SignInThrottleIT.class);
    }

    @Inject
    SignInThrottle throttle;

    @Inject
    UserService users;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    private String user(String prefix, Role role) throws Exception {
        String username = prefix + "-" + Fixtures.unique();
        As.run(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                () -> users.create(new NewUser(username, Fixtures.PASSWORD, username + "@example.org", role, null)));
        return username;
    }

    @Test
    void aStrangersWrongPasswordsRefuseTheStrangerNotTheOwnerElsewhere() {
        String platform = "platform";
        for (int i = 0; i < 12; i++) {
            throttle.failed(STRANGER, platform);
        }
        Duration stranger = throttle.refusal(STRANGER, platform);
        assertTrue(stranger.compareTo(Duration.ofSeconds(60)) >= 0, "the stranger waits longer and longer: " + stranger);
        assertEquals(Duration.ZERO, throttle.refusal(OWNER, platform), "the owner at another address is not refused");
        assertEquals(Duration.ZERO, throttle.refusal(STRANGER, "someone-else"), "12 failures do not refuse the whole address");
    }

    @Test
    void manyUsernamesFromOneAddressRefuseTheAddress() {
        String address = "2001:db8:3::" + Fixtures.unique().substring(0, 4);
        for (int i = 0; i <= SignInThrottle.freePerAddress(); i++) {
            throttle.failed(address, "guess-" + i + "-" + Fixtures.unique());
        }
        assertTrue(throttle.refusal(address, "anyone-" + Fixtures.unique()).compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.refusal(OWNER, "anyone"));
    }

    @Test
    void theRealmNoLongerLocksAnAccountAfterWrongPasswords() throws Exception {
        String platform = user("platform", Role.PLATFORM);
        for (int i = 0; i < 12; i++) {
            try {
                As.run(platform, "wrong-password-" + i, () -> { });
            } catch (SecurityException expected) {
                // a wrong password
            }
        }
        assertTrue(As.user(platform, Fixtures.PASSWORD, () -> true), "the right password still works after 12 wrong ones");
    }

    @Test
    void aBurstOfFailuresIsAuditedAndMailedToTheOwner() throws Exception {
        String user = user("burst", Role.EXPERT);
        String address = "2001:db8:4::" + Fixtures.unique().substring(0, 4);
        for (int i = 0; i <= SignInSource.FREE_PER_ACCOUNT; i++) {
            throttle.failed(address, user);
        }
        long audited = em.createQuery("SELECT COUNT(a) FROM AuditRecord a WHERE a.action = 'SIGN_IN_THROTTLED' AND a.after LIKE :u", Long.class)
                .setParameter("u", "%\"" + user + "\"%").getSingleResult();
        assertEquals(1, audited);
        long mailed = em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :to", Long.class)
                .setParameter("to", user + "@example.org").getSingleResult();
        assertEquals(1, mailed, "one mail to the owner for the burst");
    }

    @Test
    @RunAsClient
    void theApiAnswersJson401ThenRefusesTheSourceWith429AndRetryAfter() throws Exception {
        String tenant = Api.createTenant("Throttle " + Fixtures.unique(), "COMMERCIAL", "EU");
        String victim = Api.createUser("victim-" + Fixtures.unique(), "tenant-reader", tenant);
        String path = "/tenants/" + tenant;
        int refusals = 0;
        for (int i = 0; i < SignInSource.FREE_PER_ACCOUNT + 5; i++) {
            Api.Reply wrong = Api.get(path, victim, "wrong-password-" + i);
            if (i < SignInSource.FREE_PER_ACCOUNT) {
                assertEquals(401, wrong.status(), wrong.toString());
                assertTrue(wrong.header("Content-Type").orElse("").startsWith("application/json"), "JSON, not the login page");
                assertEquals(401, wrong.json().getInt("status"));
            } else if (wrong.status() == 429) {
                refusals++;
            }
        }
        assertTrue(refusals > 0, "the source is refused once it has used its free failures");
        Api.Reply refused = Api.get(path, victim, Fixtures.PASSWORD);
        assertEquals(429, refused.status(), "refused before the password is checked, the right one too: " + refused);
        assertEquals(429, refused.json().getInt("status"));
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
        assertFalse(refused.body().contains(Fixtures.PASSWORD));

        assertEquals(200, Api.get(path, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).status(), "another account from the same address is not refused");
        Thread.sleep(retryAfter * 1000 + 200);
        Api.Reply owner = Api.get(path, victim, Fixtures.PASSWORD);
        assertEquals(200, owner.status(), "the right password once the wait is over: " + owner);
        assertTrue(owner.header("Set-Cookie").isEmpty(), "the API starts no session: " + owner.raw().headers().map());
    }

    @Test
    @RunAsClient
    void theConsoleLoginPageSaysWhyASourceIsRefused() throws Exception {
        String user = "console-" + Fixtures.unique();
        String location = null;
        for (int i = 0; i < SignInSource.FREE_PER_ACCOUNT + 5; i++) {
            HttpResponse<String> attempt = Console.signIn(Console.newSession(), user, "wrong-password-" + i);
            if (i < SignInSource.FREE_PER_ACCOUNT) {
                assertTrue(attempt.body().contains("The username or password is not right"), "failure " + i);
            } else if (attempt.statusCode() == 303) {
                location = attempt.headers().firstValue("Location").orElseThrow();
            }
        }
        assertTrue(location != null && location.startsWith("/mxdr/login.xhtml?retryAfter="), "refused with a redirect to the login page: " + location);
        HttpResponse<String> page = Console.get(location.substring("/mxdr".length()), null);
        assertTrue(page.body().contains("Too many failed sign-ins from your address"), page.body());
    }
}
