package org.mxdr.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.D_FINANCE;
import static org.mxdr.testing.GrantedTenants.D_FREE;
import static org.mxdr.testing.GrantedTenants.D_HR;
import static org.mxdr.testing.GrantedTenants.FINANCE;
import static org.mxdr.testing.GrantedTenants.FINANCE_USERS;
import static org.mxdr.testing.GrantedTenants.HR;
import static org.mxdr.testing.GrantedTenants.U_FINANCE;
import static org.mxdr.testing.GrantedTenants.U_FREE;
import static org.mxdr.testing.GrantedTenants.asAdmin;
import static org.mxdr.testing.GrantedTenants.asAdminOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.access.boundary.PermissionService;
import org.mxdr.access.control.AccessCache;
import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.AccessDecision;
import org.mxdr.access.entity.AccessDecision.Reason;
import org.mxdr.access.entity.Operation;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.eligibility.entity.Problems;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.GroupMembership;
import org.wildfly.clustering.server.GroupMembershipMergeEvent;

/**
 * The cached access decision: each kind of change that can alter a decision is seen by the very
 * next call, also by a transaction that was open while another one committed the change; what
 * the changing transaction has not committed is never seen by others; the clock passing an
 * expiry or a term's end needs no invalidation (the decision is made from the cached data, with
 * no query); and a miss reads the database at most twice.
 * <p>
 * Every test first makes a decision that fills the cache, so the next one would be served from
 * it if the change had not dropped it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessCacheIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AccessCacheIT.class);
    }

    @Inject
    AccessControl access;

    @Inject
    AccessCache cache;

    @Inject
    GrantedTenants grants;

    @Inject
    PermissionService permissions;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    InventoryService inventories;

    @Inject
    UserTransaction tx;

    /** Another request's thread: its own transaction, the same security and naming context. */
    @Resource
    ManagedExecutorService other;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    private static String commercialExecutive;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aLowerLevelOrTheAllDevicesSwitchOffIsSeenByTheVeryNextCall() throws Exception {
        Tenant t = cached(grants.granted("Cache level " + Fixtures.unique(), true, true, true));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FINANCE), List.of()));
        grants.change(t, false, true, null);
        assertDenied(Reason.LEVEL_TOO_LOW, access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()));
        grants.change(t, true, false, null);
        assertDenied(Reason.DEVICE_GROUPS_WITHHELD, access.decide(t.id(), Operation.INVESTIGATE, List.of(D_FINANCE), List.of()));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()));
    }

    @Test
    void aRevocationIsSeenByTheVeryNextCall() throws Exception {
        Tenant t = cached(grants.granted("Cache revoke " + Fixtures.unique(), true, true, true));
        grants.revoke(t);
        assertDenied(Reason.REVOKED, access.decide(t.id(), Operation.READ_INCIDENTS));
    }

    @Test
    void aNewExpiryIsSeenByTheVeryNextCall() throws Exception {
        Tenant t = cached(grants.granted("Cache expiry " + Fixtures.unique(), true, true, true));
        Instant expiresAt = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        TestClock.fixAt(expiresAt.plusSeconds(1));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of())); // cached, lasting a year
        TestClock.reset();
        grants.change(t, true, true, expiresAt);
        TestClock.fixAt(expiresAt.plusSeconds(1));
        assertDenied(Reason.EXPIRED, access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()));
    }

    @Test
    void exclusionsAreSeenByTheVeryNextCall() throws Exception {
        Tenant t = cached(grants.granted("Cache exclusions " + Fixtures.unique(), true, true, true));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FINANCE), List.of(U_FINANCE)));
        grants.exclude(t, List.of(FINANCE), List.of());
        assertDenied(Reason.EXCLUDED_ASSET, access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FINANCE), List.of()));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_HR), List.of(U_FINANCE)));
        grants.exclude(t, List.of(), List.of(FINANCE_USERS));
        assertDenied(Reason.EXCLUDED_ASSET, access.decide(t.id(), Operation.RUN_ACTION, List.of(), List.of(U_FINANCE)));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FINANCE), List.of()));
    }

    @Test
    void aTerminationAndANewSubscriptionAreSeenByTheVeryNextCall() throws Exception {
        Tenant t = cached(grants.granted("Cache termination " + Fixtures.unique(), true, true, true));
        asAdminOf(t, () -> subscriptions.terminate(t.id()));
        assertDenied(Reason.NO_SUBSCRIPTION, access.decide(t.id(), Operation.READ_INCIDENTS));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        As.user(commercialExecutive(), Fixtures.PASSWORD,
                () -> subscriptions.transact(t.id(), new NewSubscription(today.minusDays(1), today.plusYears(1), 10, null)));
        assertDenied(Reason.NO_GRANT, access.decide(t.id(), Operation.READ_INCIDENTS));
    }

    @Test
    void anInventoryImportIsSeenByTheVeryNextCall() throws Exception {
        Tenant t = cached(grants.granted("Cache inventory " + Fixtures.unique(), true, true, false));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of(U_FREE)));
        grants.exclude(t, List.of(), List.of(FINANCE_USERS));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of(U_FREE)));
        // d-free moves into a device group, u-free into the excluded user group, d-hr leaves the inventory
        asAdmin(() -> inventories.replace(t.id(), new Inventory(null,
                List.of(new UserItem(U_FINANCE, "Finance User", List.of("AZURE_AD_PREMIUM_P1"), FINANCE_USERS),
                        new UserItem(U_FREE, "Plain User", List.of("AZURE_AD_PREMIUM_P1"), FINANCE_USERS)),
                List.of(new DeviceItem(D_FINANCE, "FIN-1", "Windows 11", true, true, AvMode.ACTIVE, FINANCE),
                        new DeviceItem(D_FREE, "FREE-1", "Windows 11", true, true, AvMode.ACTIVE, HR))), Problems.inJson()));
        assertDenied(Reason.DEVICE_GROUPS_WITHHELD, access.decide(t.id(), Operation.INVESTIGATE, List.of(D_FREE), List.of()));
        assertDenied(Reason.EXCLUDED_ASSET, access.decide(t.id(), Operation.RUN_ACTION, List.of(), List.of(U_FREE)));
        BadInput gone = assertThrows(BadInput.class, () -> access.decide(t.id(), Operation.INVESTIGATE, List.of(D_HR), List.of()));
        assertEquals("devices", gone.field());
        assertTrue(gone.getMessage().contains("'" + D_HR + "'"), gone.getMessage());
    }

    @Test
    void aTransactionOpenWhileAnotherRevokesSeesTheRevocationOnItsNextCall() throws Exception {
        Tenant t = cached(grants.granted("Cache other transaction " + Fixtures.unique(), true, true, true));
        tx.begin();
        try {
            assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()));
            other.submit(() -> grants.revoke(t)).get(); // its own transaction, committed when this returns
            assertDenied(Reason.REVOKED, access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()));
        } finally {
            tx.rollback();
        }
        assertDenied(Reason.REVOKED, access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()));
    }

    /**
     * While the cluster is split, a revocation on the other side drops nothing here (played by
     * writing the revocation to the database behind the cache's back); once the split heals, the
     * next call reads the database again.
     */
    @Test
    void aRevocationTheOtherSideOfASplitMadeIsSeenOnceTheClusterMerges() throws Exception {
        Tenant t = cached(grants.granted("Cache merge " + Fixtures.unique(), true, true, true));
        tx.begin();
        em.createNativeQuery("UPDATE expert_grant SET revoked_at = ?1, revoked_by = 'other-side' WHERE tenant_id = ?2")
                .setParameter(1, Instant.now()).setParameter(2, t.id()).executeUpdate();
        tx.commit();
        assertAllowed(access.decide(t.id(), Operation.READ_INCIDENTS)); // what this side still holds
        cache.merged(Merge.OF_TWO_PARTITIONS);
        assertDenied(Reason.REVOKED, access.decide(t.id(), Operation.READ_INCIDENTS));
    }

    @Test
    void aChangeNotYetCommittedIsSeenOnlyByItsOwnTransactionAndARollbackLeavesNoTrace() throws Exception {
        Tenant t = cached(grants.granted("Cache rollback " + Fixtures.unique(), true, true, true));
        tx.begin();
        try {
            asAdminOf(t, () -> permissions.revoke(t.id()));
            assertDenied(Reason.REVOKED, access.decide(t.id(), Operation.READ_INCIDENTS));
            // another request meanwhile: the grant is still live for it, and it is not told otherwise
            assertAllowed(other.submit(() -> access.decide(t.id(), Operation.READ_INCIDENTS)).get());
        } finally {
            tx.rollback();
        }
        assertAllowed(access.decide(t.id(), Operation.READ_INCIDENTS));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FINANCE), List.of(U_FINANCE)));
    }

    @Test
    void theClockPassingAnExpiryOrATermsEndNeedsNoInvalidation() throws Exception {
        Tenant t = grants.granted("Cache clock " + Fixtures.unique(), true, true, true);
        Instant expiresAt = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        grants.change(t, true, true, expiresAt);
        TestClock.fixAt(expiresAt.minusMillis(1));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()));
        TestClock.fixAt(expiresAt);
        assertEquals(0, statements(() -> assertDenied(Reason.EXPIRED, access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()))),
                "expired by the clock alone, decided from the cache");

        // a grant lasting the whole term: the term's end alone ends it, also without a query
        Tenant whole = grants.granted("Cache term " + Fixtures.unique(), true, true, true);
        Instant end = whole.subscription().endsAt();
        TestClock.fixAt(end.minusMillis(1));
        assertAllowed(access.decide(whole.id(), Operation.READ_INCIDENTS));
        TestClock.fixAt(end);
        assertEquals(0, statements(() -> assertFalse(access.decide(whole.id(), Operation.READ_INCIDENTS).allowed(), "the term is over")));
        TestClock.reset();
        assertEquals(0, statements(() -> assertAllowed(access.decide(whole.id(), Operation.READ_INCIDENTS))), "and back: the clock moved, nothing changed");
    }

    @Test
    void aMissReadsTheDatabaseAtMostTwiceAndAHitNotAtAll() throws Exception {
        Tenant t = grants.granted("Cache queries " + Fixtures.unique(), true, true, true);
        grants.exclude(t, List.of(FINANCE), List.of(FINANCE_USERS));
        Callable<AccessDecision> assets = () -> access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FINANCE, D_FREE), List.of(U_FINANCE));
        assertEquals(2, leastStatementsOnAMiss(t, assets), "the grant with the subscriptions, then the assets' groups and exclusions");
        assertEquals(1, leastStatementsOnAMiss(t, () -> access.decide(t.id(), Operation.READ_INCIDENTS)), "about no asset: the grant only");
        assets.call();
        assertEquals(0, statements(assets), "cached: the tenant and the assets");
        // a new asset of a cached tenant: one query (the tenant read afresh before each run, the asset not yet asked about)
        assertEquals(1, leastStatements(() -> {
            cache.changed(t.id());
            access.decide(t.id(), Operation.READ_INCIDENTS);
        }, () -> access.decide(t.id(), Operation.RUN_ACTION, List.of(D_HR), List.of())), "a new asset: one query");
        assertEquals(Reason.EXCLUDED_ASSET, assets.call().reason());
    }

    /** The tenant with its state cached (one decision made). */
    private Tenant cached(Tenant t) {
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()));
        return t;
    }

    /** The fewest statements of a few runs of the work, each after the tenant's state was dropped. */
    private long leastStatementsOnAMiss(Tenant t, Callable<?> work) throws Exception {
        return leastStatements(() -> cache.changed(t.id()), work);
    }

    private long statements(Runnable work) throws Exception {
        return statements(() -> {
            work.run();
            return null;
        });
    }

    private long statements(Callable<?> work) throws Exception {
        return leastStatements(() -> {
        }, work);
    }

    /**
     * The fewest SQL statements the work prepared in a few runs, each after {@code before}, counted by
     * the server-wide statistics: a timer's query running meanwhile can only add to a run.
     */
    private long leastStatements(Runnable before, Callable<?> work) throws Exception {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long least = Long.MAX_VALUE;
            for (int run = 0; run < 5 && least > 0; run++) {
                before.run();
                em.clear();
                statistics.clear();
                work.call();
                least = Math.min(least, statistics.getPrepareStatementCount());
            }
            return least;
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private String commercialExecutive() throws Exception {
        if (commercialExecutive == null) {
            commercialExecutive = grants.newUser("acce-" + Fixtures.unique(), Role.COMMERCIAL_EXECUTIVE, null);
        }
        return commercialExecutive;
    }

    private static void assertAllowed(AccessDecision d) {
        assertTrue(d.allowed(), "expected allowed: " + d.reason());
    }

    private static void assertDenied(Reason reason, AccessDecision d) {
        assertFalse(d.allowed(), "expected " + reason);
        assertEquals(reason, d.reason());
    }

    /** What the server tells its listeners when two partitions of one member each merge. */
    private enum Merge implements GroupMembershipMergeEvent<GroupMember> {
        OF_TWO_PARTITIONS;

        @Override
        public List<GroupMembership<GroupMember>> getPartitions() {
            return List.of(membership(), membership());
        }

        @Override
        public GroupMembership<GroupMember> getPreviousMembership() {
            return membership();
        }

        @Override
        public GroupMembership<GroupMember> getCurrentMembership() {
            return membership();
        }

        private static GroupMembership<GroupMember> membership() {
            return new GroupMembership<>() {
                @Override
                public GroupMember getCoordinator() {
                    return null;
                }

                @Override
                public List<GroupMember> getMembers() {
                    return List.of();
                }
            };
        }
    }
}
