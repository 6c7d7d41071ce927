package org.mxdr.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.access.boundary.ContactService;
import org.mxdr.access.boundary.ExclusionService;
import org.mxdr.access.boundary.GrantState;
import org.mxdr.access.boundary.GrantStatus;
import org.mxdr.access.boundary.PermissionChange;
import org.mxdr.access.boundary.PermissionService;
import org.mxdr.access.entity.Contact;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.LicenseItem;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.platform.Role;

/**
 * In-container set-up of the experts' access through the boundaries themselves: subscribed
 * tenants whose inventory has devices in device groups and users in a user group, their own
 * admin, an incident contact and a grant. Shared by the access and the response ITs.
 */
@Dependent
public class GrantedTenants {
    public static final String FINANCE = "Finance";
    public static final String HR = "HR";
    public static final String FINANCE_USERS = "Finance Users";
    /** in device group Finance, in group HR, in no group; users in group Finance Users and in none */
    public static final String D_FINANCE = "d-fin";
    public static final String D_HR = "d-hr";
    public static final String D_FREE = "d-free";
    public static final String U_FINANCE = "u-fin";
    public static final String U_FREE = "u-free";

    /** The commercial executive who subscribes the tenants, made at first need (one per deployment). */
    private static String commercialExecutive;

    /** A subscribed tenant and its own admin. */
    public record Tenant(String id, String admin, Subscription subscription) {
    }

    @Inject
    TenantService tenants;

    @Inject
    InventoryService inventories;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    UserService users;

    @Inject
    ContactService contacts;

    @Inject
    PermissionService permissions;

    @Inject
    ExclusionService exclusions;

    /** Subscribes tenants with this commercial executive instead of one of its own. */
    public void subscribeAs(String username) {
        commercialExecutive = username;
    }

    /** A tenant with the groups' inventory, a subscription from yesterday for a year, and its own admin. */
    public Tenant subscribed(String name) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return subscribed(name, today.minusDays(1), today.plusYears(1));
    }

    public Tenant subscribed(String name, LocalDate termStart, LocalDate termEnd) throws Exception {
        return subscribed(name, Region.EU, termStart, termEnd);
    }

    /** A subscribed tenant whose reporting data lives in the given region. */
    public Tenant subscribed(String name, Region region, LocalDate termStart, LocalDate termEnd) throws Exception {
        String id = asAdmin(() -> tenants.create(new NewTenant(name, Cloud.COMMERCIAL, region, "admin@" + Fixtures.unique() + ".example")).getId());
        reimport(id, null);
        Subscription s = As.user(commercialExecutive(), Fixtures.PASSWORD,
                () -> subscriptions.transact(id, new NewSubscription(termStart, termEnd, 10, null)));
        return new Tenant(id, newUser("axadm-" + Fixtures.unique(), Role.TENANT_ADMIN, id), s);
    }

    /**
     * Imports the tenant's inventory (anew): devices in Finance and HR, a user in Finance Users, and
     * D_FREE in the given device group (null: none, as a new tenant has it).
     */
    public void reimport(String tenantId, String groupOfFreeDevice) throws Exception {
        asAdmin(() -> inventories.replace(tenantId, new Inventory(
                List.of(new LicenseItem("DEFENDER_FOR_ENDPOINT_P2", 10), new LicenseItem("DEFENDER_ANTIVIRUS", 10),
                        new LicenseItem("AZURE_AD_PREMIUM_P1", 10)),
                List.of(new UserItem(U_FINANCE, "Finance User", List.of("AZURE_AD_PREMIUM_P1"), FINANCE_USERS),
                        new UserItem(U_FREE, "Plain User", List.of("AZURE_AD_PREMIUM_P1"), null)),
                List.of(new DeviceItem(D_FINANCE, "FIN-1", "Windows 11", true, true, AvMode.ACTIVE, FINANCE),
                        new DeviceItem(D_HR, "HR-1", "Windows 11", true, true, AvMode.ACTIVE, HR),
                        new DeviceItem(D_FREE, "FREE-1", "Windows 11", true, true, AvMode.ACTIVE, groupOfFreeDevice)))));
    }

    /** A subscribed tenant with an incident contact and a grant of the given levels, default expiry. */
    public Tenant granted(String name, boolean respondDirectly, boolean investigateAndGuide, boolean allDevices) throws Exception {
        return granted(name, Region.EU, respondDirectly, investigateAndGuide, allDevices);
    }

    public Tenant granted(String name, Region region, boolean respondDirectly, boolean investigateAndGuide, boolean allDevices) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Tenant t = subscribed(name, region, today.minusDays(1), today.plusYears(1));
        addIncidentContact(t);
        GrantState g = asAdminOf(t, () -> permissions.put(t.id(), new PermissionChange(true, investigateAndGuide, respondDirectly, allDevices, null, null)));
        if (g.status() != GrantStatus.ACTIVE) {
            throw new IllegalStateException("not granted: " + g);
        }
        return t;
    }

    /** Changes the live grant (investigate level on) with the version just read; returns the new state. */
    public GrantState change(Tenant t, boolean respondDirectly, boolean allDevices, Instant expiresAt) throws Exception {
        long version = asAdminOf(t, () -> permissions.get(t.id())).version();
        return asAdminOf(t, () -> permissions.put(t.id(), new PermissionChange(true, true, respondDirectly, allDevices, expiresAt, version)));
    }

    /** Replaces the tenant's exclusions with the version just read. */
    public void exclude(Tenant t, List<String> deviceGroups, List<String> userGroups) throws Exception {
        long version = asAdminOf(t, () -> exclusions.get(t.id())).getVersion();
        asAdminOf(t, () -> exclusions.put(t.id(), deviceGroups, userGroups, version));
    }

    public GrantState revoke(Tenant t) throws Exception {
        return asAdminOf(t, () -> permissions.revoke(t.id()));
    }

    public Contact addIncidentContact(Tenant t) throws Exception {
        return asAdminOf(t, () -> contacts.add(t.id(), "Incident desk", "desk-" + Fixtures.unique() + "@example.org", null, true, false));
    }

    /** A user with {@link Fixtures#PASSWORD}, made by the first provider admin; returns its username. */
    public String newUser(String name, Role role, String tenantId) throws Exception {
        asAdmin(() -> users.create(new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, tenantId)));
        return name;
    }

    private String commercialExecutive() throws Exception {
        if (commercialExecutive == null) {
            commercialExecutive = newUser("axce-" + Fixtures.unique(), Role.COMMERCIAL_EXECUTIVE, null);
        }
        return commercialExecutive;
    }

    public static <T> T asAdminOf(Tenant t, Callable<T> work) throws Exception {
        return As.user(t.admin(), Fixtures.PASSWORD, work);
    }

    public static <T> T asAdmin(Callable<T> work) throws Exception {
        return As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, work);
    }
}
