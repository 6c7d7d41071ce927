package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.control.UserRegistry;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.boundary.WelcomeInfo;
import org.mxdr.onboarding.boundary.WelcomeService;
import org.mxdr.onboarding.control.WelcomeLinks;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.onboarding.entity.WelcomeLink;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.EligibleInventory;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClock;

/** The welcome link's rules at the boundary: single use, expiry, who gets the password, new links on request and their limit. */
@ExtendWith(ArquillianExtension.class)
class WelcomeServiceIT {
    private static final String NEW_PASSWORD = "violet-harbour-lantern-42";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(WelcomeServiceIT.class);
    }

    @Inject
    InventoryService inventories;

    @Inject
    WelcomeService welcome;

    @Inject
    WelcomeLinks links;

    @Inject
    TenantService tenants;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    UserService users;

    @Inject
    UserRegistry registry;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    private String u;
    private String tenant;
    private String email;

    @BeforeEach
    void subscribedTenant() throws Exception {
        u = Fixtures.unique();
        email = "admin@w-" + u + ".example";
        tenant = asAdmin(() -> tenants.create(new NewTenant("Welcome svc " + u, Cloud.COMMERCIAL, Region.EU, email)).getId());
        asAdmin(() -> inventories.replace(tenant, EligibleInventory.minimal()));
        String ce = "wce-" + u;
        asAdmin(() -> users.create(new NewUser(ce, Fixtures.PASSWORD, "ce@example.org", Role.COMMERCIAL_EXECUTIVE, null)));
        As.user(ce, Fixtures.PASSWORD, () -> subscriptions.transact(tenant, new NewSubscription(LocalDate.now(), LocalDate.now().plusYears(1), 10, null)));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aLinkWorksOnceAndCreatesTheTenantAdmin() throws Exception {
        String token = link(Instant.now());
        WelcomeInfo info = welcome.inspect(token);
        assertEquals(WelcomeInfo.Status.VALID, info.status());
        assertEquals("Welcome svc " + u, info.tenantName());
        assertEquals(email, info.suggestedUsername());
        assertEquals("a***@w-" + u + ".example", info.maskedEmail());

        assertEquals("password", assertThrows(BadInput.class, () -> welcome.setPassword(token, "first-" + u, "short")).field());
        assertEquals("username", assertThrows(BadInput.class, () -> welcome.setPassword(token, "No Spaces", NEW_PASSWORD)).field());
        assertEquals(WelcomeInfo.Status.VALID, welcome.inspect(token).status(), "refused input does not use the link up");

        assertEquals("first-" + u, welcome.setPassword(token, "first-" + u, NEW_PASSWORD));
        var created = registry.find("first-" + u).orElseThrow();
        assertEquals(Role.TENANT_ADMIN, created.getRole());
        assertEquals(tenant, created.getTenantId());
        assertEquals(email, created.getEmail());
        assertEquals(WelcomeInfo.Status.USED, welcome.inspect(token).status());
        Conflict again = assertThrows(Conflict.class, () -> welcome.setPassword(token, "second-" + u, NEW_PASSWORD));
        assertTrue(again.getMessage().contains("used already"), again.getMessage());
        assertTrue(registry.find("second-" + u).isEmpty());
    }

    @Test
    void aLinkNeverTouchesAnExistingAccount() throws Exception {
        String admin = "known-" + u;
        asAdmin(() -> users.create(new NewUser(admin, Fixtures.PASSWORD, email, Role.TENANT_ADMIN, tenant)));
        String token = link(Instant.now());
        // the takeover of issue 12: a live link, the name of an existing admin of the tenant, a new password
        for (String existing : new String[] {admin, Fixtures.ADMIN}) {
            Conflict taken = assertThrows(Conflict.class, () -> welcome.setPassword(token, existing, NEW_PASSWORD));
            assertEquals("username", taken.field());
        }
        assertEquals(WelcomeInfo.Status.VALID, welcome.inspect(token).status(), "a refusal does not use the link up");
        assertEquals(tenant, As.user(admin, Fixtures.PASSWORD, () -> subscriptions.summary(tenant).subscription().getTenantId()),
                "the admin's own password still works");
        assertThrows(SecurityException.class, () -> As.user(admin, NEW_PASSWORD, () -> true), "and the attacker's does not");

        assertEquals("new-" + u, welcome.setPassword(token, "new-" + u, NEW_PASSWORD));
        assertEquals(tenant, As.user("new-" + u, NEW_PASSWORD, () -> subscriptions.summary(tenant).subscription().getTenantId()));
    }

    @Test
    void aNewLinkVoidsTheOlderOnes() throws Exception {
        Instant now = Instant.now();
        String first = link(now.minus(Duration.ofMinutes(2)));
        String second = issued();
        String third = issued();
        assertEquals(WelcomeInfo.Status.REPLACED, welcome.inspect(first).status());
        assertEquals(WelcomeInfo.Status.REPLACED, welcome.inspect(second).status());
        assertEquals(WelcomeInfo.Status.VALID, welcome.inspect(third).status());
        Conflict replaced = assertThrows(Conflict.class, () -> welcome.setPassword(first, "old-" + u, NEW_PASSWORD));
        assertTrue(replaced.getMessage().contains("newer welcome link"), replaced.getMessage());
        assertTrue(registry.find("old-" + u).isEmpty());
        assertEquals("latest-" + u, welcome.setPassword(third, "latest-" + u, NEW_PASSWORD));
    }

    @Test
    void anExpiredOrUnknownLinkIsRefusedAndANewOneCanBeAskedForOncePerQuarterHour() throws Exception {
        // whole milliseconds: the database keeps microseconds, rounding
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String token = link(now);
        TestClock.fixAt(now.plus(Duration.ofDays(7)));
        assertEquals(WelcomeInfo.Status.EXPIRED, welcome.inspect(token).status());
        Conflict expired = assertThrows(Conflict.class, () -> welcome.setPassword(token, "late-" + u, NEW_PASSWORD));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        assertTrue(registry.find("late-" + u).isEmpty());

        assertEquals(WelcomeInfo.Status.UNKNOWN, welcome.inspect("no-such-token").status());
        assertThrows(NotFound.class, () -> welcome.setPassword("no-such-token", "x-" + u, NEW_PASSWORD));
        assertThrows(NotFound.class, () -> welcome.resend("no-such-token"));

        long before = mails();
        assertEquals("a***@w-" + u + ".example", welcome.resend(token));
        assertEquals(before + 1, mails(), "a new welcome email in the outbox");
        Conflict tooSoon = assertThrows(Conflict.class, () -> welcome.resend(token));
        assertTrue(tooSoon.getMessage().contains("less than 15 minutes ago"), tooSoon.getMessage());
        assertEquals(before + 1, mails());
        TestClock.fixAt(now.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(16)));
        welcome.resend(token);
        assertEquals(before + 2, mails());
        String fresh = link(now.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(16)));
        assertThrows(Conflict.class, () -> welcome.resend(fresh), "a valid link needs no replacement");
    }

    /** "Send me a new link" on a link used a minute ago sends one: the used link is not a newer link already sent. */
    @Test
    void aLinkUsedMinutesAgoGetsANewOneOnRequest() throws Exception {
        // the tenant's newest link (the subscription sent one before), used at once
        String token = issued();
        welcome.setPassword(token, "used-" + u, NEW_PASSWORD);
        assertEquals(WelcomeInfo.Status.USED, welcome.inspect(token).status());

        long before = mails();
        assertEquals("a***@w-" + u + ".example", welcome.resend(token));
        assertEquals(before + 1, mails(), "a new welcome email really is in the outbox");
        Conflict again = assertThrows(Conflict.class, () -> welcome.resend(token));
        assertTrue(again.getMessage().contains("A newer link than this one was sent less than 15 minutes ago"), again.getMessage());
        assertEquals(before + 1, mails(), "and no second one");
    }

    @Test
    void aNewLinkNeedsACurrentSubscription() throws Exception {
        String ce = "wce-" + u;
        As.user(ce, Fixtures.PASSWORD, () -> subscriptions.terminate(tenant));
        Instant now = Instant.now();
        String token = link(now.minus(Duration.ofDays(8)));
        Conflict refused = assertThrows(Conflict.class, () -> welcome.resend(token));
        assertTrue(refused.getMessage().contains("no active subscription"), refused.getMessage());
    }

    /** A link of the tenant issued as the subscription and the resend issue them; returns its token. */
    private String issued() throws Exception {
        tx.begin();
        String token = links.issue(em.find(Tenant.class, tenant)).token();
        tx.commit();
        return token;
    }

    /** A link of the tenant issued at the given instant; returns its token. */
    private String link(Instant at) throws Exception {
        tx.begin();
        WelcomeLink.Issued issued = WelcomeLink.issue(tenant, email, at, Duration.ofDays(7));
        em.persist(issued.link());
        tx.commit();
        assertNotEquals(issued.token(), issued.link().getId());
        return issued.token();
    }

    private long mails() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?").setParameter(1, email).getSingleResult()).longValue();
    }

    private static <T> T asAdmin(Callable<T> work) throws Exception {
        return As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, work);
    }
}
