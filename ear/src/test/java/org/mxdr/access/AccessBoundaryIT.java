package org.mxdr.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.access.boundary.AccessCheckService;
import org.mxdr.access.boundary.ContactService;
import org.mxdr.access.boundary.ExclusionService;
import org.mxdr.access.boundary.ExpertTenant;
import org.mxdr.access.boundary.ExpertTenantService;
import org.mxdr.access.boundary.ExpertWorkspace;
import org.mxdr.access.boundary.GrantState;
import org.mxdr.access.boundary.GrantStatus;
import org.mxdr.access.boundary.PermissionChange;
import org.mxdr.access.boundary.PermissionService;
import org.mxdr.access.boundary.SettingsWizardService;
import org.mxdr.access.boundary.WizardState;
import org.mxdr.access.control.AccessControl;
import org.mxdr.access.control.GrantExpiry;
import org.mxdr.access.entity.AccessDecision;
import org.mxdr.access.entity.AccessDecision.Reason;
import org.mxdr.access.entity.Contact;
import org.mxdr.access.entity.ExclusionSet;
import org.mxdr.access.entity.Operation;
import org.mxdr.access.entity.Permissions;
import org.mxdr.access.entity.WizardStep;
import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.Role;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * The experts' access to a tenant through the EJB boundaries themselves: the one
 * access control's decisions and reasons for every grant shape, expiry, revocation and
 * termination; the expert's tenant list; who may change the settings; the wizard; concurrent
 * edits; and the audit trail and mail each change leaves.
 * <p>
 * The users are made once per class (hashing passwords is what costs); every test that changes
 * a grant works in a tenant of its own, so the tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class AccessBoundaryIT {
    private static final List<Operation> READER_OPERATIONS = List.of(Operation.READ_INCIDENTS, Operation.INVESTIGATE, Operation.CHAT,
            Operation.RECOMMEND);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AccessBoundaryIT.class);
    }

    @Inject
    PermissionService permissions;

    @Inject
    ExclusionService exclusions;

    @Inject
    ContactService contacts;

    @Inject
    SettingsWizardService wizard;

    @Inject
    ExpertTenantService expertTenants;

    @Inject
    AccessCheckService checks;

    @Inject
    AccessControl access;

    @Inject
    GrantExpiry expiry;

    @Inject
    AuditService audit;

    @Inject
    TenantService tenants;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    GrantedTenants grants;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /** made once for the class: one user per role (tenant roles in tenant A), another admin of A, an admin of B */
    private static final Map<Role, String> USER = new EnumMap<>(Role.class);
    private static String tenantA;
    private static String tenantB;
    private static String adminOfB;

    @BeforeEach
    void world() throws Exception {
        if (tenantA != null) {
            return;
        }
        String u = Fixtures.unique();
        // provider users first: the commercial executive subscribes the tenants
        for (Role role : Role.values()) {
            if (!role.onTenantSide()) {
                USER.put(role, newUser("ax" + role.name().toLowerCase().replace('_', '-') + "-" + u, role, null));
            }
        }
        grants.subscribeAs(USER.get(Role.COMMERCIAL_EXECUTIVE));
        Tenant a = subscribedTenant("Access A " + u);
        Tenant b = subscribedTenant("Access B " + u);
        USER.put(Role.TENANT_ADMIN, a.admin());
        USER.put(Role.TENANT_OPERATOR, newUser("axop-" + u, Role.TENANT_OPERATOR, a.id()));
        USER.put(Role.TENANT_READER, newUser("axrd-" + u, Role.TENANT_READER, a.id()));
        adminOfB = b.admin();
        tenantB = b.id();
        tenantA = a.id();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    // ---------------------------------------------------------------- the expert's decisions

    @Test
    void withoutAGrantTheExpertIsDeniedEverywhere() throws Exception {
        Tenant t = subscribedTenant("No grant " + Fixtures.unique());
        for (Operation op : Operation.values()) {
            assertDenied(Reason.NO_GRANT, access.decide(t.id(), op));
        }
        AccessDenied denied = assertThrows(AccessDenied.class, () -> access.require(expert(), t.id(), Operation.READ_INCIDENTS));
        assertEquals(Reason.NO_GRANT.message(), denied.getMessage());
        assertTrue(denied.ref() != null && !denied.ref().isBlank(), "the refusal is logged with a reference");
        assertEquals(Reason.NO_GRANT.message(), assertThrows(AccessDenied.class, () -> asExpert(() -> expertTenants.enter(t.id()))).getMessage());
        assertThrows(AccessDenied.class, () -> asExpert(() -> permissions.get(t.id())));
        assertFalse(listed(t.id()).isPresent());
        // the expert is told why, through the check boundary
        assertDenied(Reason.NO_GRANT, asExpert(() -> checks.check(t.id(), Operation.CHAT, List.of(), List.of())));
        // a contact alone grants nothing
        addIncidentContact(t);
        assertDenied(Reason.NO_GRANT, access.decide(t.id(), Operation.READ_INCIDENTS));

        // a tenant without a subscription: that is the first thing missing
        String unsubscribed = asAdmin(() -> tenants.create(new NewTenant("Unsubscribed " + Fixtures.unique(), Cloud.COMMERCIAL, Region.EU,
                "u@unsubscribed.example")).getId());
        assertDenied(Reason.NO_SUBSCRIPTION, access.decide(unsubscribed, Operation.READ_INCIDENTS));
        assertThrows(AccessDenied.class, () -> asExpert(() -> expertTenants.enter(unsubscribed)));
    }

    @Test
    void aReaderGrantAllowsReadingInvestigatingChattingAndRecommendingButNoAction() throws Exception {
        Tenant t = grantedTenant("Reader " + Fixtures.unique(), false, true);
        for (Operation op : READER_OPERATIONS) {
            assertAllowed(access.decide(t.id(), op), op.name());
            assertAllowed(access.decide(t.id(), op, List.of(D_FINANCE, D_FREE), List.of(U_FINANCE)), op + " on assets");
            access.require(expert(), t.id(), op);
        }
        assertDenied(Reason.LEVEL_TOO_LOW, access.decide(t.id(), Operation.RUN_ACTION));
        assertDenied(Reason.LEVEL_TOO_LOW, access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()));
        assertEquals(Reason.LEVEL_TOO_LOW.message(),
                assertThrows(AccessDenied.class, () -> access.require(expert(), t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of())).getMessage());
        assertDenied(Reason.LEVEL_TOO_LOW, asExpert(() -> checks.check(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of())));

        // the expert enters, reads the grant, and the entry is audited
        ExpertWorkspace workspace = asExpert(() -> expertTenants.enter(t.id()));
        assertEquals(GrantStatus.ACTIVE, workspace.grant().status());
        assertEquals(1, workspace.incidentContacts().size());
        assertEquals(GrantStatus.ACTIVE, asExpert(() -> permissions.get(t.id())).status());
        AuditRecord entered = only(t.id(), "expert.entered");
        assertEquals(expert(), entered.getActor());

        ExpertTenant row = listed(t.id()).orElseThrow(() -> new AssertionError("a live grant is listed"));
        assertEquals("Investigate incidents and guide my responses", row.level());
        assertFalse(row.respondDirectly());
        assertEquals(t.subscription().endsAt(), row.expiresAt(), "by default the grant lasts until the subscription's end");
    }

    @Test
    void anOperatorGrantRunsActionsAndTheScopeRulesHold() throws Exception {
        Tenant t = grantedTenant("Operator " + Fixtures.unique(), true, true);
        for (Operation op : Operation.values()) {
            assertAllowed(access.decide(t.id(), op, List.of(D_FINANCE, D_HR, D_FREE), List.of(U_FINANCE, U_FREE)), op.name());
        }
        access.require(expert(), t.id(), Operation.RUN_ACTION, List.of(D_FINANCE), List.of(U_FINANCE));
        assertEquals("Respond directly to active threats", listed(t.id()).orElseThrow().level());

        // all devices off: nothing on a device in a device group, anything on a device in none
        change(t, true, false, null);
        for (Operation op : Operation.values()) {
            assertDenied(Reason.DEVICE_GROUPS_WITHHELD, access.decide(t.id(), op, List.of(D_FINANCE), List.of()));
            assertDenied(Reason.DEVICE_GROUPS_WITHHELD, access.decide(t.id(), op, List.of(D_FREE, D_HR), List.of()));
            assertAllowed(access.decide(t.id(), op, List.of(D_FREE), List.of(U_FINANCE)), op.name());
            assertAllowed(access.decide(t.id(), op), op + " about no asset");
        }
        assertThrows(AccessDenied.class, () -> access.require(expert(), t.id(), Operation.INVESTIGATE, List.of(D_HR), List.of()));
        assertFalse(listed(t.id()).orElseThrow().allDevices());

        // all devices on again, with Finance devices and Finance Users excluded: guidance only on them
        change(t, true, true, null);
        asAdminOf(t, () -> exclusions.put(t.id(), List.of(FINANCE), List.of(FINANCE_USERS), null));
        assertDenied(Reason.EXCLUDED_ASSET, access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FINANCE), List.of()));
        assertDenied(Reason.EXCLUDED_ASSET, access.decide(t.id(), Operation.RUN_ACTION, List.of(), List.of(U_FINANCE)));
        assertDenied(Reason.EXCLUDED_ASSET, access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE, D_FINANCE), List.of(U_FREE)));
        for (Operation op : READER_OPERATIONS) {
            assertAllowed(access.decide(t.id(), op, List.of(D_FINANCE), List.of(U_FINANCE)), op + " on excluded assets");
        }
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_HR, D_FREE), List.of(U_FREE)), "action on assets not excluded");
        assertEquals(Reason.EXCLUDED_ASSET.message(), assertThrows(AccessDenied.class,
                () -> access.require(expert(), t.id(), Operation.RUN_ACTION, List.of(), List.of(U_FINANCE))).getMessage());

        // ids the inventory lacks are refused, named, not silently allowed
        BadInput unknown = assertThrows(BadInput.class, () -> access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE, "d-nowhere"), List.of()));
        assertEquals("devices", unknown.field());
        assertTrue(unknown.getMessage().contains("'d-nowhere'"), unknown.getMessage());
        assertEquals("users", assertThrows(BadInput.class, () -> access.decide(t.id(), Operation.CHAT, List.of(), List.of("u-nobody"))).field());
    }

    @Test
    void anExpiredGrantDeniesTheVeryNextCallAndItsExpiryIsRecordedOnce() throws Exception {
        Tenant t = grantedTenant("Expiring " + Fixtures.unique(), true, true);
        Instant expiresAt = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        change(t, true, true, expiresAt);
        assertEquals(expiresAt, listed(t.id()).orElseThrow().expiresAt());

        TestClock.fixAt(expiresAt.minusMillis(1));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION), "a millisecond before the expiry");
        assertTrue(listed(t.id()).isPresent());
        TestClock.fixAt(expiresAt);
        for (Operation op : Operation.values()) {
            assertDenied(Reason.EXPIRED, access.decide(t.id(), op));
        }
        assertEquals(Reason.EXPIRED.message(), assertThrows(AccessDenied.class, () -> asExpert(() -> expertTenants.enter(t.id()))).getMessage());
        assertThrows(AccessDenied.class, () -> asExpert(() -> permissions.get(t.id())));
        assertFalse(listed(t.id()).isPresent(), "an expired grant leaves the expert's list at once");
        assertEquals(GrantStatus.EXPIRED, asAdminOf(t, () -> permissions.get(t.id())).status());

        // the sweep writes the expiry into the audit trail, once (the minute timer may have run first)
        expiry.recordDue();
        AuditRecord expired = only(t.id(), "permissions.expired");
        assertEquals("system", expired.getActor());
        assertTrue(expired.getBefore().contains("expiresAt=" + expiresAt), expired.getBefore());
        assertTrue(expired.getAfter().contains("expired at " + expiresAt), expired.getAfter());
        expiry.recordDue();
        TestClock.fixAt(expiresAt.plus(1, ChronoUnit.HOURS));
        expiry.recordDue();
        assertEquals(1, records(t.id(), "permissions.expired").size(), "recorded once");

        // still after the expiry, the admin grants anew without a version: nothing is live to overwrite
        GrantState again = asAdminOf(t, () -> permissions.put(t.id(), new PermissionChange(true, true, false, true, null, null)));
        assertEquals(GrantStatus.ACTIVE, again.status());
        assertEquals(t.subscription().endsAt(), again.permissions().expiresAt());
        assertAllowed(access.decide(t.id(), Operation.INVESTIGATE), "granted anew");
        assertTrue(listed(t.id()).isPresent());
    }

    @Test
    void aRevokedGrantDeniesTheVeryNextCall() throws Exception {
        Tenant t = grantedTenant("Revoked " + Fixtures.unique(), true, true);
        Instant expiresAt = Instant.now().plus(1, ChronoUnit.HOURS);
        change(t, true, true, expiresAt);
        assertTrue(listed(t.id()).isPresent());
        GrantState revoked = asAdminOf(t, () -> permissions.revoke(t.id()));
        assertEquals(GrantStatus.REVOKED, revoked.status());
        assertEquals(t.admin(), revoked.revokedBy());
        for (Operation op : Operation.values()) {
            assertDenied(Reason.REVOKED, access.decide(t.id(), op));
        }
        assertEquals(Reason.REVOKED.message(), assertThrows(AccessDenied.class, () -> asExpert(() -> expertTenants.enter(t.id()))).getMessage());
        assertFalse(listed(t.id()).isPresent());
        // nothing left to revoke; the last incident contact may go now
        assertThrows(Conflict.class, () -> asAdminOf(t, () -> permissions.revoke(t.id())));
        String contact = asAdminOf(t, () -> contacts.list(t.id())).get(0).getId();
        asAdminOf(t, () -> {
            contacts.remove(t.id(), contact);
            return null;
        });
        // and the expiry sweep never records a revoked grant as expired
        TestClock.fixAt(expiresAt.plusSeconds(1));
        expiry.recordDue();
        assertEquals(0, records(t.id(), "permissions.expired").size());
    }

    @Test
    void terminatingTheSubscriptionEndsTheAccessAndANewSubscriptionNeedsANewGrant() throws Exception {
        Tenant t = grantedTenant("Terminated " + Fixtures.unique(), true, true);
        asAdminOf(t, () -> subscriptions.terminate(t.id()));
        for (Operation op : Operation.values()) {
            assertDenied(Reason.NO_SUBSCRIPTION, access.decide(t.id(), op));
        }
        assertEquals(Reason.NO_GRANT.message(), assertThrows(AccessDenied.class, () -> asExpert(() -> expertTenants.enter(t.id()))).getMessage());
        assertFalse(listed(t.id()).isPresent());
        assertEquals(GrantStatus.NO_SUBSCRIPTION, asAdminOf(t, () -> permissions.get(t.id())).status());
        // without a subscription nothing can be granted
        assertThrows(Conflict.class, () -> asAdminOf(t, () -> permissions.put(t.id(), new PermissionChange(true, true, true, true, null, null))));

        // the old grant gives nothing under the next subscription
        subscribe(t.id());
        assertDenied(Reason.NO_GRANT, access.decide(t.id(), Operation.READ_INCIDENTS));
        assertEquals(GrantStatus.NOT_GRANTED, asAdminOf(t, () -> permissions.get(t.id())).status());
        assertFalse(listed(t.id()).isPresent());
    }

    @Test
    void aGrantUnderAScheduledSubscriptionTakesEffectWhenTheTermStarts() throws Exception {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        Tenant t = subscribedTenant("Scheduled " + Fixtures.unique(), start, start.plusDays(90));
        addIncidentContact(t);
        GrantState scheduled = asAdminOf(t, () -> permissions.put(t.id(), new PermissionChange(null, null, true, null, null, null)));
        assertEquals(GrantStatus.SCHEDULED, scheduled.status());
        assertEquals(start.plusDays(91).atStartOfDay(ZoneOffset.UTC).toInstant(), scheduled.permissions().expiresAt(),
                "the end of the term's last day, UTC");
        assertDenied(Reason.NO_SUBSCRIPTION, access.decide(t.id(), Operation.READ_INCIDENTS));
        assertFalse(listed(t.id()).isPresent());

        Instant firstMorning = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        TestClock.fixAt(firstMorning.minusMillis(1));
        assertDenied(Reason.NO_SUBSCRIPTION, access.decide(t.id(), Operation.READ_INCIDENTS));
        TestClock.fixAt(firstMorning);
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FINANCE), List.of(U_FINANCE)), "the term has started");
        assertEquals(GrantStatus.ACTIVE, asAdminOf(t, () -> permissions.get(t.id())).status());
        assertTrue(listed(t.id()).isPresent());
        assertEquals(t.id(), asExpert(() -> expertTenants.enter(t.id())).tenant().getId());

        Instant end = scheduled.permissions().expiresAt();
        TestClock.fixAt(end.minusMillis(1));
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION), "the last millisecond of the term");
        TestClock.fixAt(end);
        assertFalse(access.decide(t.id(), Operation.READ_INCIDENTS).allowed(), "the term is over");
        assertFalse(listed(t.id()).isPresent());
    }

    // ---------------------------------------------------------------- who may change the settings

    // One test per role rather than a @ParameterizedTest: in-container, Arquillian 1.10 runs every case of a test
    // template for each case the client asks for (arquillian-core issue 771), nine roles eighty-one times, and reports
    // one case's failure under all of them. Each refusal test ends by finding tenant A as it was made.

    @Test
    void theProviderAdminChangesNoSettingsAndReadsThePermissions() throws Exception {
        assertRefusedTheSettingsOfTenantA(Role.PROVIDER_ADMIN);
    }

    @Test
    void theCommercialExecutiveChangesNoSettingsAndReadsThePermissions() throws Exception {
        assertRefusedTheSettingsOfTenantA(Role.COMMERCIAL_EXECUTIVE);
    }

    @Test
    void theDeliveryManagerChangesNoSettingsAndReadsThePermissions() throws Exception {
        assertRefusedTheSettingsOfTenantA(Role.DELIVERY_MANAGER);
    }

    @Test
    void theExpertChangesNoSettingsAndReadsThePermissionsOnlyThroughAGrant() throws Exception {
        assertRefusedTheSettingsOfTenantA(Role.EXPERT);
    }

    @Test
    void thePlatformChangesNoSettingsAndReadsNoPermissions() throws Exception {
        assertRefusedTheSettingsOfTenantA(Role.PLATFORM);
    }

    @Test
    void theTenantsOperatorChangesNoSettingsAndReadsThePermissions() throws Exception {
        assertRefusedTheSettingsOfTenantA(Role.TENANT_OPERATOR);
    }

    @Test
    void theTenantsReaderChangesNoSettingsAndReadsThePermissions() throws Exception {
        assertRefusedTheSettingsOfTenantA(Role.TENANT_READER);
    }

    @Test
    void anonymousCallersChangeNoSettings() throws Exception {
        for (Map.Entry<String, Callable<?>> change : changesOf(tenantA).entrySet()) {
            assertThrows(EJBAccessException.class, () -> change.getValue().call(), "anonymous: " + change.getKey());
        }
        assertTenantAUnchanged();
    }

    @Test
    void anotherTenantsAdminChangesAndReadsNothingOfTheTenant() throws Exception {
        String t = tenantA;
        for (Map.Entry<String, Callable<?>> change : changesOf(t).entrySet()) {
            assertThrows(AccessDenied.class, () -> As.user(adminOfB, Fixtures.PASSWORD, change.getValue()), "another tenant's admin: " + change.getKey());
        }
        assertThrows(AccessDenied.class, () -> As.user(adminOfB, Fixtures.PASSWORD, () -> permissions.get(t)));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> permissions.revoke(tenantB)), "nor the other way round");
        assertThrows(AccessDenied.class, () -> As.user(adminOfB, Fixtures.PASSWORD, () -> audit.ofTenant(t, 0, 10)));
        assertTenantAUnchanged();
    }

    /** In a tenant of its own, so that the refusals above always find tenant A as it was made. */
    @Test
    void theTenantsOwnAdminChangesEachSetting() throws Exception {
        Tenant own = subscribedTenant("Own admin " + Fixtures.unique());
        String t = own.id();
        assertEquals(GrantStatus.NOT_GRANTED, asAdminOf(own, () -> permissions.get(t)).status());
        Contact soc = asAdminOf(own, () -> contacts.add(t, "SOC team", "SOC-" + Fixtures.unique() + "@Example.org", "+44 20 7946 0958", true, true));
        assertEquals(WizardStep.PERMISSIONS, asAdminOf(own, () -> wizard.open(t)).step());
        assertEquals(GrantStatus.ACTIVE, asAdminOf(own, () -> permissions.put(t, new PermissionChange(true, true, false, true, null, null))).status());
        assertTrue(asAdminOf(own, () -> wizard.open(t)).submitted(), "a grant made outside the wizard closes it");
        assertEquals(Set.of(FINANCE), asAdminOf(own, () -> exclusions.put(t, List.of(FINANCE), List.of(), null)).getDeviceGroups());
        assertEquals(GrantStatus.REVOKED, asAdminOf(own, () -> permissions.revoke(t)).status());
        asAdminOf(own, () -> {
            contacts.remove(t, soc.getId());
            return null;
        });
        assertTrue(asAdminOf(own, () -> contacts.list(t)).isEmpty());
        // and the provider admin reads its audit trail too
        assertFalse(as(Role.PROVIDER_ADMIN, () -> audit.ofTenant(t, 0, 50)).isEmpty());
    }

    /** Every change of the tenant's settings, each refused to all but the tenant's own admin. */
    private Map<String, Callable<?>> changesOf(String t) {
        return Map.of(
                "put permissions", () -> permissions.put(t, new PermissionChange(true, true, true, true, null, null)),
                "revoke permissions", () -> permissions.revoke(t),
                "put exclusions", () -> exclusions.put(t, List.of(FINANCE), List.of(), null),
                "add contact", () -> contacts.add(t, "SOC", "soc-" + Fixtures.unique() + "@example.org", null, true, false),
                "remove contact", () -> {
                    contacts.remove(t, "no-such-contact");
                    return null;
                },
                "open wizard", () -> wizard.open(t),
                "choose permissions", () -> wizard.choosePermissions(t, Permissions.defaults(null), true),
                "skip exclusions", () -> wizard.skipExclusions(t, null),
                "submit wizard", () -> wizard.submit(t));
    }

    /**
     * The role changes nothing of tenant A; it reads neither the exclusions nor the contacts, and the permissions
     * as the role allows: every reader of the tenant does, the platform never, an expert only through a grant.
     */
    private void assertRefusedTheSettingsOfTenantA(Role role) throws Exception {
        String t = tenantA;
        for (Map.Entry<String, Callable<?>> change : changesOf(t).entrySet()) {
            assertThrows(EJBAccessException.class, () -> as(role, change.getValue()), role + ": " + change.getKey());
        }
        assertThrows(EJBAccessException.class, () -> as(role, () -> exclusions.get(t)), role.name());
        assertThrows(EJBAccessException.class, () -> as(role, () -> contacts.list(t)), role.name());
        if (role == Role.PLATFORM) {
            assertThrows(EJBAccessException.class, () -> as(role, () -> permissions.get(t)), role.name());
        } else if (role == Role.EXPERT) {
            assertThrows(AccessDenied.class, () -> as(role, () -> permissions.get(t)), "no grant yet");
        } else {
            assertEquals(GrantStatus.NOT_GRANTED, as(role, () -> permissions.get(t)).status(), role.name() + ": and nothing changed");
        }
        assertTenantAUnchanged();
    }

    private void assertTenantAUnchanged() throws Exception {
        String t = tenantA;
        assertEquals(GrantStatus.NOT_GRANTED, as(Role.TENANT_ADMIN, () -> permissions.get(t)).status(), "no refused call granted anything");
        assertTrue(as(Role.TENANT_ADMIN, () -> contacts.list(t)).isEmpty(), "no refused call added anything");
        assertTrue(as(Role.TENANT_ADMIN, () -> exclusions.get(t)).isEmpty());
        assertTrue(records(t, "contact.added").isEmpty() && records(t, "exclusions.changed").isEmpty());
    }

    // ---------------------------------------------------------------- the wizard

    @Test
    void theWizardOpensWithTheDefaultsAndLeavesNoStepUnsavedOrWithABadExpiry() throws Exception {
        Tenant t = subscribedTenant("Wizard " + Fixtures.unique());
        WizardState first = asAdminOf(t, () -> wizard.open(t.id()));
        assertEquals(WizardStep.PERMISSIONS, first.step());
        assertFalse(first.submitted());
        assertEquals(new Permissions(true, false, true, t.subscription().endsAt()), first.permissions(), "the seed's defaults");
        assertTrue(first.defaultExpiry());

        Conflict jump = assertThrows(Conflict.class, () -> asAdminOf(t, () -> wizard.goTo(t.id(), WizardStep.REVIEW)));
        assertEquals("step", jump.field(), "no page is jumped over unsaved");
        // an own expiry chosen but left empty, or after the subscription's end, is refused, never defaulted
        BadInput empty = assertThrows(BadInput.class,
                () -> asAdminOf(t, () -> wizard.choosePermissions(t.id(), new Permissions(true, false, true, null), false)));
        assertEquals("expiresAt", empty.field());
        BadInput late = assertThrows(BadInput.class, () -> asAdminOf(t, () -> wizard.choosePermissions(t.id(),
                new Permissions(true, false, true, t.subscription().endsAt().plusSeconds(86_400)), false)));
        assertEquals("expiresAt", late.field());
        assertTrue(late.getMessage().contains("beyond the subscription's end"), late.getMessage());
        assertEquals(WizardStep.PERMISSIONS, asAdminOf(t, () -> wizard.open(t.id())).step(), "a refused step is not left");
    }

    @Test
    void theWizardResumesAtTheStepLeftWithWhatWasChosenAndGrantsNothingBeforeItIsSubmitted() throws Exception {
        Tenant t = subscribedTenant("Wizard " + Fixtures.unique());
        asAdminOf(t, () -> wizard.open(t.id()));
        WizardState chosen = asAdminOf(t, () -> wizard.choosePermissions(t.id(), new Permissions(true, true, false, null), true));
        assertEquals(WizardStep.EXCLUSIONS, chosen.step());
        // signed out and back: the wizard resumes at the step left, with what was chosen
        WizardState resumed = asAdminOf(t, () -> wizard.open(t.id()));
        assertEquals(WizardStep.EXCLUSIONS, resumed.step());
        assertEquals(new Permissions(true, true, false, t.subscription().endsAt()), resumed.permissions());
        assertEquals(GrantStatus.NOT_GRANTED, resumed.grant().status(), "nothing is granted before the wizard is submitted");
        assertDenied(Reason.NO_GRANT, access.decide(t.id(), Operation.READ_INCIDENTS));
    }

    @Test
    void exclusionsChosenInTheWizardAndThenSkippedAreDiscarded() throws Exception {
        Tenant t = subscribedTenant("Wizard " + Fixtures.unique());
        asAdminOf(t, () -> wizard.open(t.id()));
        asAdminOf(t, () -> wizard.choosePermissions(t.id(), new Permissions(true, true, false, null), true));
        assertEquals(WizardStep.CONTACTS, asAdminOf(t, () -> wizard.chooseExclusions(t.id(), List.of(FINANCE), List.of(FINANCE_USERS), null)).step());
        ExclusionSet saved = asAdminOf(t, () -> exclusions.get(t.id()));
        assertEquals(Set.of(FINANCE), saved.getDeviceGroups());
        // the admin goes back and skips them
        assertEquals(WizardStep.EXCLUSIONS, asAdminOf(t, () -> wizard.goTo(t.id(), WizardStep.EXCLUSIONS)).step());
        assertEquals(WizardStep.CONTACTS, asAdminOf(t, () -> wizard.skipExclusions(t.id(), saved.getVersion())).step());
        assertTrue(asAdminOf(t, () -> exclusions.get(t.id())).isEmpty(), "skipping discards the exclusions");
    }

    @Test
    void theWizardGrantsOnlyWithAnIncidentContact() throws Exception {
        Tenant t = wizardAtReview("Wizard " + Fixtures.unique());
        // submitted without an incident contact: refused, naming the contacts, and nothing granted
        asAdminOf(t, () -> contacts.add(t.id(), "Reviews only", "reviews-" + Fixtures.unique() + "@example.org", null, false, true));
        Conflict noContact = assertThrows(Conflict.class, () -> asAdminOf(t, () -> wizard.submit(t.id())));
        assertEquals("contacts", noContact.field());
        WizardState refused = asAdminOf(t, () -> wizard.open(t.id()));
        assertFalse(refused.submitted());
        assertEquals(WizardStep.REVIEW, refused.step());
        assertEquals(GrantStatus.NOT_GRANTED, refused.grant().status());
        assertTrue(records(t.id(), "permissions.granted").isEmpty());

        addIncidentContact(t);
        GrantState granted = asAdminOf(t, () -> wizard.submit(t.id()));
        assertEquals(GrantStatus.ACTIVE, granted.status());
        assertEquals(new Permissions(true, true, false, t.subscription().endsAt()), granted.permissions());
        assertEquals(t.admin(), granted.grantedBy());
        assertAllowed(access.decide(t.id(), Operation.RUN_ACTION, List.of(D_FREE), List.of()), "submitted: the operator level holds");
        WizardState done = asAdminOf(t, () -> wizard.open(t.id()));
        assertTrue(done.submitted());
        assertEquals(t.admin(), done.submittedBy());
    }

    @Test
    void aSubmittedWizardIsEditedPageByPageAndRestartsOnlyWhenNothingIsLive() throws Exception {
        Tenant t = wizardAtReview("Wizard " + Fixtures.unique());
        addIncidentContact(t);
        assertEquals(GrantStatus.ACTIVE, asAdminOf(t, () -> wizard.submit(t.id())).status());
        // once submitted, its pages are edited on their own, and it restarts only when nothing is live
        assertThrows(Conflict.class, () -> asAdminOf(t, () -> wizard.choosePermissions(t.id(), Permissions.defaults(null), true)));
        assertThrows(Conflict.class, () -> asAdminOf(t, () -> wizard.restart(t.id())));
        asAdminOf(t, () -> permissions.revoke(t.id()));
        WizardState restarted = asAdminOf(t, () -> wizard.restart(t.id()));
        assertEquals(WizardStep.PERMISSIONS, restarted.step());
        assertTrue(restarted.permissions().respondDirectly(), "restarts from the permissions last granted");
    }

    /** A subscribed tenant whose admin has chosen the operator level, skipped the exclusions and reached the review. */
    private Tenant wizardAtReview(String name) throws Exception {
        Tenant t = subscribedTenant(name);
        asAdminOf(t, () -> wizard.open(t.id()));
        assertEquals(WizardStep.EXCLUSIONS, asAdminOf(t, () -> wizard.choosePermissions(t.id(), new Permissions(true, true, false, null), true)).step());
        assertEquals(WizardStep.CONTACTS, asAdminOf(t, () -> wizard.skipExclusions(t.id(), null)).step());
        assertEquals(WizardStep.REVIEW, asAdminOf(t, () -> wizard.goTo(t.id(), WizardStep.REVIEW)).step());
        return t;
    }

    // ---------------------------------------------------------------- concurrent edits and the audit trail

    @Test
    void aConcurrentChangeIsAConflictNeverAnOverwrite() throws Exception {
        Tenant t = grantedTenant("Concurrent " + Fixtures.unique(), false, true);
        String second = newUser("ax2-" + Fixtures.unique(), Role.TENANT_ADMIN, t.id());
        long v = asAdminOf(t, () -> permissions.get(t.id())).version();
        assertEquals(v, As.user(second, Fixtures.PASSWORD, () -> permissions.get(t.id())).version());

        GrantState first = asAdminOf(t, () -> permissions.put(t.id(), new PermissionChange(true, true, true, true, null, v)));
        assertTrue(first.permissions().respondDirectly());
        assertTrue(first.version() > v);
        Conflict stale = assertThrows(Conflict.class, () -> As.user(second, Fixtures.PASSWORD,
                () -> permissions.put(t.id(), new PermissionChange(true, true, false, false, null, v))));
        assertEquals("version", stale.field());
        GrantState kept = asAdminOf(t, () -> permissions.get(t.id()));
        assertTrue(kept.permissions().respondDirectly() && kept.permissions().allDevices(), "the first change stands");
        assertEquals(first.version(), kept.version());
        // a live grant is never changed without the version read
        assertEquals("version", assertThrows(BadInput.class, () -> As.user(second, Fixtures.PASSWORD,
                () -> permissions.put(t.id(), new PermissionChange(true, true, false, false, null, null)))).field());
        // with the current version the second admin's change goes through
        GrantState secondChange = As.user(second, Fixtures.PASSWORD,
                () -> permissions.put(t.id(), new PermissionChange(null, false, true, false, null, kept.version())));
        assertEquals(second, secondChange.updatedBy());
        assertEquals(List.of(Permissions.ALL_DEVICES_OFF_WARNING), secondChange.warnings(), "a level is chosen: only the all-devices warning");

        // the exclusions the same way, from the very first save: both admins read the tenant's (still unsaved) exclusions
        long unsaved = asAdminOf(t, () -> exclusions.get(t.id())).getVersion();
        assertEquals(unsaved, As.user(second, Fixtures.PASSWORD, () -> exclusions.get(t.id())).getVersion());
        ExclusionSet saved = asAdminOf(t, () -> exclusions.put(t.id(), List.of(FINANCE), List.of(), unsaved));
        assertEquals("version", assertThrows(Conflict.class, () -> As.user(second, Fixtures.PASSWORD,
                () -> exclusions.put(t.id(), List.of(), List.of(FINANCE_USERS), unsaved))).field(), "the first save is not overwritten");
        assertEquals(Set.of(FINANCE), asAdminOf(t, () -> exclusions.get(t.id())).getDeviceGroups());
        asAdminOf(t, () -> exclusions.put(t.id(), List.of(FINANCE, HR), List.of(), saved.getVersion()));
        assertEquals("version", assertThrows(Conflict.class, () -> As.user(second, Fixtures.PASSWORD,
                () -> exclusions.put(t.id(), List.of(), List.of(FINANCE_USERS), saved.getVersion()))).field());
        assertEquals("version", assertThrows(BadInput.class, () -> As.user(second, Fixtures.PASSWORD,
                () -> exclusions.put(t.id(), List.of(), List.of(), null))).field());
        assertEquals(Set.of(FINANCE, HR), asAdminOf(t, () -> exclusions.get(t.id())).getDeviceGroups());
    }

    @Test
    void eachContactAddedOrRemovedIsAuditedAndEachContactIsMailed() throws Exception {
        Tenant t = subscribedTenant("Audited " + Fixtures.unique());
        String email = "soc-" + Fixtures.unique() + "@example.org";
        Contact soc = asAdminOf(t, () -> contacts.add(t.id(), "  SOC team ", email.toUpperCase(), "+44 20 7946 0958", true, false));
        assertEquals(email, soc.getEmail(), "stored normalised");
        assertEquals("SOC team", soc.getName());
        Object[] mail = (Object[]) em.createNativeQuery("SELECT subject, body FROM outbox_mail WHERE recipient = ?").setParameter(1, email)
                .getSingleResult();
        assertTrue(String.valueOf(mail[0]).contains("contact of Audited"), String.valueOf(mail[0]));
        assertTrue(String.valueOf(mail[1]).contains("incident notification"), String.valueOf(mail[1]));
        assertTrue(String.valueOf(mail[1]).contains(t.admin()), "says who added the contact");
        Contact second = asAdminOf(t, () -> contacts.add(t.id(), "Deputy", "deputy-" + Fixtures.unique() + "@example.org", null, true, false));
        asAdminOf(t, () -> {
            contacts.remove(t.id(), second.getId());
            return null;
        });

        AuditRecord added = only(t.id(), "contact.added", email);
        assertEquals(t.admin(), added.getActor());
        assertNull(added.getBefore());
        assertEquals("name=SOC team; email=" + email + "; phone=+44 20 7946 0958; for=Incident notification; ladder=" + soc.getLadderOrder()
                + "; hours=24x7 (UTC)", added.getAfter(), "an incident contact's place on the escalation ladder is audited too");
        AuditRecord removed = only(t.id(), "contact.removed");
        assertTrue(removed.getBefore().startsWith("name=Deputy;"), removed.getBefore());
        assertNull(removed.getAfter());
    }

    @Test
    void everyChangeOfTheGrantAndTheExclusionsIsAuditedWithActorBeforeAndAfter() throws Exception {
        Tenant t = subscribedTenant("Audited " + Fixtures.unique());
        addIncidentContact(t);
        GrantState granted = asAdminOf(t, () -> permissions.put(t.id(), new PermissionChange(true, true, false, true, null, null)));
        GrantState changed = asAdminOf(t, () -> permissions.put(t.id(), new PermissionChange(true, true, true, false, null, granted.version())));
        asAdminOf(t, () -> exclusions.put(t.id(), List.of(HR), List.of(FINANCE_USERS), null));
        // the same exclusions again change nothing and record nothing
        asAdminOf(t, () -> exclusions.put(t.id(), List.of(HR), List.of(FINANCE_USERS), asAdminOf(t, () -> exclusions.get(t.id())).getVersion()));
        asAdminOf(t, () -> permissions.revoke(t.id()));

        AuditRecord grant = only(t.id(), "permissions.granted");
        assertEquals(t.admin(), grant.getActor());
        assertNull(grant.getBefore(), "a first grant has no before");
        assertEquals("serviceProviderAccess=true; investigateAndGuide=true; respondDirectly=false; allDevices=true; expiresAt="
                + t.subscription().endsAt(), grant.getAfter());
        AuditRecord change = only(t.id(), "permissions.changed");
        assertEquals(grant.getAfter(), change.getBefore());
        assertTrue(change.getAfter().contains("respondDirectly=true; allDevices=false"), change.getAfter());
        AuditRecord excluded = only(t.id(), "exclusions.changed");
        assertEquals(t.admin(), excluded.getActor());
        assertEquals("deviceGroups=[]; userGroups=[]", excluded.getBefore());
        assertEquals("deviceGroups=[HR]; userGroups=[Finance Users]", excluded.getAfter());
        AuditRecord revoked = only(t.id(), "permissions.revoked");
        assertEquals(t.admin(), revoked.getActor());
        assertEquals(change.getAfter(), revoked.getBefore());
        assertTrue(revoked.getAfter().contains("revokedBy=" + t.admin()), revoked.getAfter());
        assertEquals(changed.version() + 1, asAdminOf(t, () -> permissions.get(t.id())).version());
    }

    @Test
    void theLastIncidentContactStaysWhileTheGrantIsLive() throws Exception {
        Tenant t = grantedTenant("Last contact " + Fixtures.unique(), false, true);
        Contact only = asAdminOf(t, () -> contacts.list(t.id())).get(0);
        Conflict refused = assertThrows(Conflict.class, () -> asAdminOf(t, () -> {
            contacts.remove(t.id(), only.getId());
            return null;
        }));
        assertEquals("contacts", refused.field());
        assertEquals(1, asAdminOf(t, () -> contacts.list(t.id())).size());
        Contact reviews = asAdminOf(t, () -> contacts.add(t.id(), "Reviews", "rev-" + Fixtures.unique() + "@example.org", null, false, true));
        assertThrows(Conflict.class, () -> asAdminOf(t, () -> {
            contacts.remove(t.id(), only.getId());
            return null;
        }), "a service-review contact hears nothing of incidents");
        asAdminOf(t, () -> {
            contacts.remove(t.id(), reviews.getId());
            return null;
        });
        assertEquals("email", assertThrows(Conflict.class, () -> asAdminOf(t, () -> contacts.add(t.id(), "Again", only.getEmail().toUpperCase(),
                null, true, false))).field());
        assertEquals("email", assertThrows(BadInput.class, () -> asAdminOf(t, () -> contacts.add(t.id(), "Bad", "not-an-email", null, true, false))).field());
        assertEquals("phone", assertThrows(BadInput.class, () -> asAdminOf(t, () -> contacts.add(t.id(), "Bad", "ok@example.org", "call me", true, false))).field());
        assertEquals("contactFor", assertThrows(BadInput.class, () -> asAdminOf(t, () -> contacts.add(t.id(), "Bad", "ok@example.org", null, false, false))).field());
        assertEquals(1, asAdminOf(t, () -> contacts.list(t.id())).size());
    }

    // ---------------------------------------------------------------- helpers

    private Tenant subscribedTenant(String name) throws Exception {
        return grants.subscribed(name);
    }

    private Tenant subscribedTenant(String name, LocalDate termStart, LocalDate termEnd) throws Exception {
        return grants.subscribed(name, termStart, termEnd);
    }

    /** A subscribed tenant with an incident contact and a grant of the given levels, all devices, default expiry. */
    private Tenant grantedTenant(String name, boolean respondDirectly, boolean investigateAndGuide) throws Exception {
        Tenant t = grants.granted(name, respondDirectly, investigateAndGuide, true);
        assertEquals(t.subscription().endsAt(), asAdminOf(t, () -> permissions.get(t.id())).permissions().expiresAt());
        return t;
    }

    private void change(Tenant t, boolean respondDirectly, boolean allDevices, Instant expiresAt) throws Exception {
        assertEquals(GrantStatus.ACTIVE, grants.change(t, respondDirectly, allDevices, expiresAt).status());
    }

    private Subscription subscribe(String tenantId) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return as(Role.COMMERCIAL_EXECUTIVE, () -> subscriptions.transact(tenantId, new NewSubscription(today.minusDays(1), today.plusYears(1), 10, null)));
    }

    private Contact addIncidentContact(Tenant t) throws Exception {
        return grants.addIncidentContact(t);
    }

    private String newUser(String name, Role role, String tenantId) throws Exception {
        return grants.newUser(name, role, tenantId);
    }

    /** The tenant's row in the expert's list, looked for through every page. */
    private Optional<ExpertTenant> listed(String tenantId) throws Exception {
        List<ExpertTenant> all = new ArrayList<>();
        for (int first = 0; ; first += PageRequest.MAX_PAGE) {
            int from = first;
            List<ExpertTenant> page = asExpert(() -> expertTenants.tenants(from, PageRequest.MAX_PAGE));
            all.addAll(page);
            if (page.isEmpty() || from > 10_000) {
                break;
            }
        }
        assertEquals((long) all.size(), asExpert(() -> expertTenants.count()), "the count agrees with the list");
        return all.stream().filter(e -> e.tenantId().equals(tenantId)).findFirst();
    }

    private List<AuditRecord> records(String tenantId, String action) throws Exception {
        return asAdmin(() -> audit.ofTenant(tenantId, 0, PageRequest.MAX_PAGE)).stream().filter(r -> r.getAction().equals(action)).toList();
    }

    private AuditRecord only(String tenantId, String action) throws Exception {
        List<AuditRecord> found = records(tenantId, action);
        assertEquals(1, found.size(), action + ": " + found.stream().map(AuditRecord::getAfter).toList());
        return found.get(0);
    }

    private AuditRecord only(String tenantId, String action, String afterContains) throws Exception {
        List<AuditRecord> found = records(tenantId, action).stream().filter(r -> r.getAfter() != null && r.getAfter().contains(afterContains)).toList();
        assertEquals(1, found.size(), action);
        return found.get(0);
    }

    private static void assertAllowed(AccessDecision d, String what) {
        assertTrue(d.allowed(), what + ": " + d.reason());
        assertEquals(Reason.ALLOWED, d.reason());
    }

    private static void assertDenied(Reason reason, AccessDecision d) {
        assertFalse(d.allowed(), "expected " + reason);
        assertEquals(reason, d.reason());
    }

    private static String expert() {
        return USER.get(Role.EXPERT);
    }

    private static <T> T asExpert(Callable<T> work) throws Exception {
        return As.user(expert(), Fixtures.PASSWORD, work);
    }

    private static <T> T asAdminOf(Tenant t, Callable<T> work) throws Exception {
        return As.user(t.admin(), Fixtures.PASSWORD, work);
    }

    private static <T> T as(Role role, Callable<T> work) throws Exception {
        return As.user(USER.get(role), Fixtures.PASSWORD, work);
    }

    private static <T> T asAdmin(Callable<T> work) throws Exception {
        return As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, work);
    }
}
