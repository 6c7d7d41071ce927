package org.mxdr.eligibility.boundary;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import org.mxdr.eligibility.control.InventoryCsv;
import org.mxdr.eligibility.control.DevicesReplaced;
import org.mxdr.eligibility.control.InventoryStore;
import org.mxdr.eligibility.entity.Device;
import org.mxdr.eligibility.entity.ImportResult;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.InventoryPart;
import org.mxdr.eligibility.entity.InventoryUser;
import org.mxdr.eligibility.entity.Problems;
import org.mxdr.eligibility.entity.Product;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Cursor;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * A tenant's inventory: replaced as a whole (or one part from a CSV file) by the detection
 * platform and the provider admin, all or nothing; read, paged, by those who read eligibility.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM, Roles.PROVIDER_ADMIN})
public class InventoryService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    InventoryStore store;

    @Inject
    Event<DevicesReplaced> devicesReplaced;

    public ImportResult replace(@TenantId String tenantId,
                                @NotNull(message = "An inventory is required.") Inventory inventory) {
        return replace(tenantId, inventory, Problems.inJson());
    }

    /** @param found what reading the request found wrong already; reported together with the rest */
    public ImportResult replace(@TenantId String tenantId,
                                @NotNull(message = "An inventory is required.") Inventory inventory, @NotNull Problems found) {
        callers.requireTenant(tenantId, "import inventory");
        return store(tenantId, inventory, found);
    }

    /** Replaces one part from a CSV file; a file with any bad row is refused as a whole. */
    public ImportResult importCsv(@TenantId String tenantId,
                                  @NotNull(message = "Choose licences, users or devices.") InventoryPart part,
                                  @NotNull(message = "A CSV file is required.") InputStream csv) {
        callers.requireTenant(tenantId, "import inventory");
        Problems problems = Problems.inCsv();
        Inventory inventory = new InventoryCsv(part, problems).read(csv);
        return store(tenantId, inventory, problems);
    }

    private ImportResult store(String tenantId, Inventory inventory, Problems problems) {
        inventory.check(catalogKeys(), problems);
        problems.throwIfAny();
        ImportResult result = store.replace(tenantId, inventory);
        if (inventory.devices() != null) {
            devicesReplaced.fire(new DevicesReplaced(tenantId));
        }
        return result;
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT, Roles.TENANT_ADMIN})
    public List<Device> devices(@NotNull String tenantId, @NotNull DeviceFilter filter,
                                @FirstRow int first,
                                @PageSize int size) {
        readable(tenantId);
        return deviceQuery("SELECT d", filter, tenantId, Device.class, " ORDER BY d.name, d.externalId")
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** A page of the devices by name, after the cursor a previous page answered (none: from the first name). */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT, Roles.TENANT_ADMIN})
    public CursorPage<Device> devices(@NotNull String tenantId, @NotNull DeviceFilter filter, String cursor,
                                      @PageSize int size) {
        Cursor after = Cursor.decode(cursor);
        readable(tenantId);
        TypedQuery<Device> q = deviceQuery("SELECT d", filter, tenantId, Device.class,
                (after == null ? "" : AFTER_NAME.replace("x.", "d.")) + " ORDER BY d.name, d.externalId");
        return CursorPage.of(afterName(q, after).setMaxResults(size + 1).getResultList(), size, d -> new Cursor(d.getName(), d.getExternalId()));
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT, Roles.TENANT_ADMIN})
    public long countDevices(@NotNull String tenantId, @NotNull DeviceFilter filter) {
        readable(tenantId);
        return deviceQuery("SELECT COUNT(d)", filter, tenantId, Long.class, "").getSingleResult();
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT, Roles.TENANT_ADMIN})
    public List<InventoryUser> users(@NotNull String tenantId, String text,
                                     @FirstRow int first,
                                     @PageSize int size) {
        readable(tenantId);
        return userQuery("SELECT u", text, tenantId, InventoryUser.class, " ORDER BY u.name, u.externalId")
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** A page of the inventory's users by name, after the cursor a previous page answered (none: from the first name). */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT, Roles.TENANT_ADMIN})
    public CursorPage<InventoryUser> users(@NotNull String tenantId, String text, String cursor,
                                           @PageSize int size) {
        Cursor after = Cursor.decode(cursor);
        readable(tenantId);
        TypedQuery<InventoryUser> q = userQuery("SELECT u", text, tenantId, InventoryUser.class,
                (after == null ? "" : AFTER_NAME.replace("x.", "u.")) + " ORDER BY u.name, u.externalId");
        return CursorPage.of(afterName(q, after).setMaxResults(size + 1).getResultList(), size, u -> new Cursor(u.getName(), u.getExternalId()));
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT, Roles.TENANT_ADMIN})
    public long countUsers(@NotNull String tenantId, String text) {
        readable(tenantId);
        return userQuery("SELECT COUNT(u)", text, tenantId, Long.class, "").getSingleResult();
    }

    private void readable(String tenantId) {
        callers.requireTenant(tenantId, "read inventory");
        if (em.find(Tenant.class, tenantId) == null) {
            throw new NotFound("There is no tenant with the id '" + tenantId + "'.");
        }
    }

    private <T> TypedQuery<T> deviceQuery(String select, DeviceFilter f, String tenantId, Class<T> type, String order) {
        StringBuilder where = new StringBuilder(" FROM Device d WHERE d.tenantId = :tenant");
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (LOWER(d.name) LIKE :text OR LOWER(d.externalId) LIKE :text)");
        }
        where.append(f.eligible() == null ? "" : " AND d.eligible = :eligible");
        where.append(f.onboarded() == null ? "" : " AND d.onboarded = :onboarded");
        where.append(f.avMode() == null ? "" : " AND d.avMode = :avMode");
        TypedQuery<T> q = em.createQuery(select + where + order, type).setParameter("tenant", tenantId);
        if (f.text() != null && !f.text().isBlank()) {
            q.setParameter("text", like(f.text()));
        }
        if (f.eligible() != null) {
            q.setParameter("eligible", f.eligible());
        }
        if (f.onboarded() != null) {
            q.setParameter("onboarded", f.onboarded());
        }
        if (f.avMode() != null) {
            q.setParameter("avMode", f.avMode());
        }
        return q;
    }

    private <T> TypedQuery<T> userQuery(String select, String text, String tenantId, Class<T> type, String order) {
        boolean filtered = text != null && !text.isBlank();
        String where = " FROM InventoryUser u WHERE u.tenantId = :tenant"
                + (filtered ? " AND (LOWER(u.name) LIKE :text OR LOWER(u.externalId) LIKE :text)" : "");
        TypedQuery<T> q = em.createQuery(select + where + order, type).setParameter("tenant", tenantId);
        return filtered ? q.setParameter("text", like(text)) : q;
    }

    /** Strictly after the last row shown, in the order of the (tenant, name, external id) index: every page costs what the first does. */
    private static final String AFTER_NAME = Cursor.condition("x.name", false, "x.externalId", false, "afterName", "afterId");

    private static <T> TypedQuery<T> afterName(TypedQuery<T> q, Cursor after) {
        return after == null ? q : q.setParameter("afterName", after.key()).setParameter("afterId", after.id());
    }

    /** A contains-match; % and _ are dropped so a person's text never becomes a pattern. */
    private static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    private Set<String> catalogKeys() {
        return em.createNamedQuery(Product.ALL, Product.class).getResultStream().map(Product::getKey).collect(Collectors.toSet());
    }
}
