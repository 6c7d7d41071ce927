package org.mxdr.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.eligibility.boundary.CatalogService;
import org.mxdr.eligibility.boundary.DeviceFilter;
import org.mxdr.eligibility.boundary.EligibilityService;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.control.EligibilityEvaluator;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Eligibility;
import org.mxdr.eligibility.entity.InvalidInventory;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.LicenseItem;
import org.mxdr.eligibility.entity.PrerequisiteResult;
import org.mxdr.eligibility.entity.Readiness;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Role;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.OncePerClass;
import org.mxdr.testing.RoleWorld;

/**
 * The eligibility boundaries' access rules enforced in the EJB layer, role by role, and the
 * evaluation through the control the subscription will call.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OncePerClass.class)
class EligibilityBoundaryIT {
    static final Set<Role> READERS = Set.of(Role.PROVIDER_ADMIN, Role.COMMERCIAL_EXECUTIVE, Role.DELIVERY_MANAGER, Role.TENANT_ADMIN);
    static final Set<Role> IMPORTERS = Set.of(Role.PLATFORM, Role.PROVIDER_ADMIN);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(EligibilityBoundaryIT.class);
    }

    @Inject
    InventoryService inventory;

    @Inject
    EligibilityService eligibility;

    @Inject
    CatalogService catalog;

    @Inject
    EligibilityEvaluator evaluator;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /** made once for the class: two tenants, one user per role (tenant roles in tenant A) */
    RoleWorld world;

    @Test
    void onlyThePlatformAndTheProviderAdminImport() throws Exception {
        Inventory one = new Inventory(null, null, List.of(device("d1", true, true, AvMode.ACTIVE)));
        for (Role role : Role.values()) {
            if (IMPORTERS.contains(role)) {
                assertEquals(1, as(role, () -> inventory.replace(world.tenantA(), one).devices()), role.name());
            } else {
                assertThrows(EJBAccessException.class, () -> as(role, () -> inventory.replace(world.tenantA(), one)), role.name());
            }
        }
        assertThrows(EJBAccessException.class, () -> inventory.replace(world.tenantA(), one), "anonymous");
    }

    @Test
    void readingFollowsRoleAndTenant() throws Exception {
        asAdmin(() -> inventory.replace(world.tenantA(), realistic()));
        for (Role role : Role.values()) {
            List<Callable<?>> reads = List.of(() -> eligibility.evaluate(world.tenantA()), () -> eligibility.readiness(world.tenantA()),
                    () -> eligibility.failing(world.tenantA(), "IDENTITY_P1", 0, 10), () -> eligibility.countFailing(world.tenantA(), "ENDPOINT_P2"),
                    () -> inventory.devices(world.tenantA(), DeviceFilter.NONE, 0, 10), () -> inventory.countUsers(world.tenantA(), null));
            for (Callable<?> read : reads) {
                if (role == Role.EXPERT) {
                    // experts read a tenant only through its live grant: none here
                    assertThrows(AccessDenied.class, () -> as(role, read), role.name());
                } else if (READERS.contains(role)) {
                    as(role, read);
                } else {
                    assertThrows(EJBAccessException.class, () -> as(role, read), role.name());
                }
            }
        }
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> eligibility.evaluate(world.tenantB())), "another tenant");
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> inventory.devices(world.tenantB(), DeviceFilter.NONE, 0, 10)));
        assertThrows(EJBAccessException.class, () -> eligibility.evaluate(world.tenantA()), "anonymous");
    }

    @Test
    void onlyTheProviderAdminKeepsTheCatalog() throws Exception {
        for (Role role : Role.values()) {
            if (role == Role.PROVIDER_ADMIN) {
                assertTrue(as(role, () -> catalog.products()).size() >= 6);
            } else {
                assertThrows(EJBAccessException.class, () -> as(role, () -> catalog.products()), role.name());
                assertThrows(EJBAccessException.class, () -> as(role, () -> catalog.reviseRule("IDENTITY_P1", "AZURE_AD_PREMIUM_P1", "x", 3, 0)), role.name());
            }
        }
        var rule = asAdmin(() -> catalog.rules()).stream().filter(r -> r.getKey().equals("IDENTITY_P1")).findFirst().orElseThrow();
        long stale = rule.getVersion() - 1;
        assertThrows(Conflict.class, () -> asAdmin(() -> catalog.reviseRule("IDENTITY_P1", rule.getProductKey(), rule.getLabel(), rule.getUrgency(), stale)));
    }

    @Test
    void theEvaluatorServesTheSubscriptionWithoutRoleChecks() throws Exception {
        asAdmin(() -> inventory.replace(world.tenantA(), realistic()));
        Eligibility e = evaluator.evaluate(world.tenantA());
        assertFalse(e.eligible());
        assertEquals(List.of("ENDPOINT_P2", "IDENTITY_P1"), e.unmet().stream().map(PrerequisiteResult::key).toList());
        PrerequisiteResult p1 = e.unmet().get(1);
        assertEquals(1, p1.failing());
        assertEquals(3, p1.total());
        assertEquals("1 of 3 users has no Azure AD Premium P1 (Entra ID P1) licence", p1.message());
        assertTrue(e.coverage().stream().anyMatch(c -> c.product().equals("DEFENDER_FOR_IDENTITY") && c.covered()));

        Readiness r = as(Role.DELIVERY_MANAGER, () -> eligibility.readiness(world.tenantA()));
        assertEquals(List.of(false, false, true), r.actions().stream().map(Readiness.Action::done).toList(), "to do first");
        assertEquals("u2", as(Role.TENANT_ADMIN, () -> eligibility.failing(world.tenantA(), "IDENTITY_P1", 0, 10)).get(0).externalId());
    }

    @Test
    void aRefusedImportStoresNothingAndKeepsWhatWasThere() throws Exception {
        asAdmin(() -> inventory.replace(world.tenantA(), realistic()));
        Inventory bad = new Inventory(List.of(new LicenseItem("AZURE_AD_PREMIUM_P1", 5)), List.of(new UserItem("x", "X", List.of())),
                List.of(device("n1", true, true, AvMode.ACTIVE), new DeviceItem("n2", null, "Linux", true, true, AvMode.ACTIVE, null)));
        InvalidInventory refused = assertThrows(InvalidInventory.class, () -> asAdmin(() -> inventory.replace(world.tenantA(), bad)));
        assertEquals("devices[1].name", refused.field());
        assertEquals(4L, rows("device"));
        assertEquals(3L, rows("inventory_user"));
        assertEquals(4L, rows("tenant_license"));
    }

    @Test
    void reImportIsIdempotent() throws Exception {
        asAdmin(() -> inventory.replace(world.tenantA(), realistic()));
        asAdmin(() -> inventory.replace(world.tenantA(), realistic()));
        assertEquals(4L, rows("device"));
        assertEquals(3L, rows("inventory_user"));
        assertEquals(2L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM inventory_user_license WHERE tenant_id = ?1")
                .setParameter(1, world.tenantA()).getSingleResult()).longValue());
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM device WHERE tenant_id = ?1")
                .setParameter(1, world.tenantB()).getSingleResult()).longValue(), "another tenant is untouched");
    }

    /** 4 devices (one eligible not onboarded, one passive but not onboarded), 3 users (one without P1). */
    private static Inventory realistic() {
        List<DeviceItem> devices = new ArrayList<>(List.of(device("d1", true, true, AvMode.ACTIVE), device("d2", true, false, AvMode.PASSIVE),
                device("d3", false, true, AvMode.ACTIVE), device("d4", true, true, AvMode.ACTIVE)));
        return new Inventory(List.of(new LicenseItem("DEFENDER_FOR_ENDPOINT_P2", 10), new LicenseItem("DEFENDER_ANTIVIRUS", 10),
                new LicenseItem("AZURE_AD_PREMIUM_P1", 3), new LicenseItem("DEFENDER_FOR_IDENTITY", 3)),
                List.of(new UserItem("u1", "Ada", List.of("AZURE_AD_PREMIUM_P1")), new UserItem("u2", "Alan", List.of()),
                        new UserItem("u3", "Grace", List.of("AZURE_AD_PREMIUM_P1"))),
                devices);
    }

    private static DeviceItem device(String id, boolean eligible, boolean onboarded, AvMode av) {
        return new DeviceItem(id, "PC " + id, "Windows 11", eligible, onboarded, av, null);
    }

    private long rows(String table) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?1").setParameter(1, world.tenantA())
                .getSingleResult()).longValue();
    }

    private <T> T as(Role role, Callable<T> work) throws Exception {
        return world.as(role, work);
    }

    private static <T> T asAdmin(Callable<T> work) throws Exception {
        return RoleWorld.asAdmin(work);
    }
}
