package org.mxdr.access.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Size;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.control.Contacts;
import org.mxdr.access.control.Exclusions;
import org.mxdr.access.control.Grants;
import org.mxdr.access.control.LiveGrants;
import org.mxdr.access.entity.AccessRule;
import org.mxdr.access.entity.AssetScope;
import org.mxdr.access.entity.ExpertGrant;
import org.mxdr.access.entity.Operation;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Contains;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * The expert's side: the tenants whose grant is live now, and entering one of them. Both are
 * computed on every request, so an expired or revoked grant disappears at once.
 */
@Stateless
@RolesAllowed(Roles.EXPERT)
public class ExpertTenantService {
    // the index of the list: grants not revoked nor expired under a subscription active today;
    // the access rule then confirms each row
    private static final String LIVE = " FROM Tenant t" + LiveGrants.joinsOn("t.id") + "WHERE " + LiveGrants.CONDITION;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    AccessControl access;

    @Inject
    Grants grants;

    @Inject
    Exclusions exclusions;

    @Inject
    Contacts contacts;

    @Inject
    Tenants tenants;

    @Inject
    AuditTrail audit;

    public List<ExpertTenant> tenants(@FirstRow int first,
                                      @PageSize int size) {
        return tenants(null, first, size);
    }

    /** The tenants whose grant is live, by name; only those whose name contains the text when one is given. */
    public List<ExpertTenant> tenants(@Size(max = 100, message = "Search for at most 100 characters.") String text,
                                      @FirstRow int first,
                                      @PageSize int size) {
        Instant now = Instant.now(clock);
        return named(em.createQuery("SELECT t.name, g" + LIVE + byName(text) + " ORDER BY t.name, t.id", Object[].class), text)
                .setParameter("now", now).setParameter("today", LocalDate.now(clock))
                .setFirstResult(first).setMaxResults(size).getResultStream()
                .filter(row -> AccessRule.decide(true, ((ExpertGrant) row[1]).toRule(), Operation.READ_INCIDENTS, AssetScope.NONE, now).allowed())
                .map(row -> {
                    ExpertGrant g = (ExpertGrant) row[1];
                    return new ExpertTenant(g.getTenantId(), (String) row[0], g.levelLabel(), g.isRespondDirectly(), g.isAllDevices(),
                            g.getExpiresAt());
                }).toList();
    }

    public long count() {
        return count(null);
    }

    public long count(@Size(max = 100, message = "Search for at most 100 characters.") String text) {
        return named(em.createQuery("SELECT COUNT(g)" + LIVE + byName(text), Long.class), text).setParameter("now", Instant.now(clock))
                .setParameter("today", LocalDate.now(clock)).getSingleResult();
    }

    private static String byName(String text) {
        return text == null || text.isBlank() ? "" : " AND t.nameKey LIKE :name";
    }

    private static <T> TypedQuery<T> named(TypedQuery<T> query, String text) {
        if (text != null && !text.isBlank()) {
            query.setParameter("name", Contains.pattern(text));
        }
        return query;
    }

    /** Enters a tenant: allowed only through its live grant, and audited as the expert's sign-in into it. */
    public ExpertWorkspace enter(@TenantId String tenantId) {
        return enter(tenantId, null);
    }

    /**
     * Enters a tenant within a console session ({@code session}: an opaque token of the session, not
     * its id): the sign-in is audited once per session and tenant, not at every page the expert opens.
     */
    public ExpertWorkspace enter(@TenantId String tenantId, String session) {
        Caller caller = callers.current();
        access.require(caller.username(), tenantId, Operation.READ_INCIDENTS);
        Tenant tenant = tenants.find(tenantId);
        String entry = "expert=" + caller.username() + (session == null ? "" : "; session=" + session);
        if (session == null || !audit.recorded(tenantId, caller.username(), "expert.entered", entry)) {
            audit.record(caller.username(), tenantId, "expert.entered", null, entry);
        }
        return new ExpertWorkspace(tenant, grants.state(tenantId), exclusions.of(tenantId),
                contacts.of(tenantId).stream().filter(c -> c.isIncidentNotification()).toList());
    }
}
