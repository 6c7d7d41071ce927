package org.mxdr.onboarding.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.mxdr.identity.control.UserRegistry;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Contains;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/** Tenants: created by the provider admin, read by the provider and by the tenant's own users. */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
public class TenantService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    UserRegistry users;

    public Tenant create(@NotNull(message = "A tenant is required.") @Valid NewTenant tenant) {
        Tenant created = Tenant.onboard(tenant.name(), tenant.cloud(), tenant.region(), tenant.adminEmail(), Instant.now(clock));
        if (nameTaken(created.getName())) {
            throw new Conflict("name", "A tenant named '" + created.getName() + "' exists already.");
        }
        try {
            em.persist(created);
            em.flush();
        } catch (PersistenceException e) {
            // lost a race with a concurrent create of the same name
            throw new Conflict("name", "A tenant named '" + created.getName() + "' exists already.");
        }
        audit.record(callers.current().username(), created.getId(), "tenant.created", null, created.describe());
        return created;
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT,
            Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public Tenant get(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read tenant");
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new NotFound("There is no tenant with the id '" + tenantId + "'.");
        }
        return tenant;
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER})
    public List<Tenant> page(@FirstRow int first,
                             @PageSize int size, @NotNull TenantSort sort, boolean ascending) {
        String order = sort.path() + (ascending ? " ASC" : " DESC") + ", t.id ASC";
        return em.createQuery("SELECT t FROM Tenant t ORDER BY " + order, Tenant.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Tenants whose name contains the text (any case), by name, at most {@code max}: a picker's suggestions. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER})
    public List<Tenant> named(@NotNull(message = "A name to search for is required.") String text,
                              @Min(value = 1, message = "Ask for at least one tenant.") @Max(value = PageRequest.MAX_PAGE, message = "At most 200 tenants at once.") int max) {
        return em.createQuery("SELECT t FROM Tenant t WHERE LOWER(t.name) LIKE :text ORDER BY t.name, t.id", Tenant.class)
                .setParameter("text", Contains.pattern(text)).setMaxResults(max).getResultList();
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER})
    public long count() {
        return em.createNamedQuery(Tenant.COUNT_ALL, Long.class).getSingleResult();
    }

    /** Who looks after the tenant; an assigned user who lost the role or was disabled counts as none. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER})
    public DeliveryManager deliveryManager(@TenantId String tenantId) {
        return deliveryManagerOf(get(tenantId));
    }

    /** Assigns the tenant's delivery manager by username, or none when blank; audited. */
    public DeliveryManager assignDeliveryManager(@TenantId String tenantId, String username) {
        Tenant tenant = get(tenantId);
        String before = describeManager(tenant);
        AppUser manager = null;
        if (username != null && !username.isBlank()) {
            manager = users.find(username.strip()).orElseThrow(() -> new BadInput("username",
                    "There is no user '" + username.strip() + "'."));
        }
        tenant.assignDeliveryManager(manager);
        audit.record(callers.current().username(), tenantId, "tenant.delivery-manager.assigned", before, describeManager(tenant));
        return deliveryManagerOf(tenant);
    }

    /** The enabled delivery managers by username: whom the provider admin can assign. */
    public List<AppUser> deliveryManagers() {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.role = :role AND u.enabled = true ORDER BY u.username", AppUser.class)
                .setParameter("role", Role.DELIVERY_MANAGER).setMaxResults(PageRequest.MAX_PAGE).getResultList();
    }

    private DeliveryManager deliveryManagerOf(Tenant tenant) {
        AppUser user = tenant.getDeliveryManagerId() == null ? null : em.find(AppUser.class, tenant.getDeliveryManagerId());
        return user == null || !Tenant.isActiveDeliveryManager(user) ? new DeliveryManager(tenant.getId(), null, null)
                : new DeliveryManager(tenant.getId(), user.getUsername(), user.getEmail());
    }

    private String describeManager(Tenant tenant) {
        DeliveryManager m = deliveryManagerOf(tenant);
        return "deliveryManager=" + (m.username() == null ? "none" : m.username());
    }

    private boolean nameTaken(String name) {
        return em.createNamedQuery(Tenant.COUNT_BY_NAME, Long.class)
                .setParameter("nameKey", Tenant.nameKey(name)).getSingleResult() > 0;
    }
}
