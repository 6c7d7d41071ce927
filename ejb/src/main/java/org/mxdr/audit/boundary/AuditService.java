package org.mxdr.audit.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;

/** A tenant's audit trail, newest first: its own admin sees it, and the provider admin sees every tenant's. */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PROVIDER_ADMIN})
public class AuditService {
    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Tenants tenants;

    public List<AuditRecord> ofTenant(@NotNull(message = "A tenant id is required.") String tenantId,
                                      @Min(value = 0, message = "The first row cannot be negative.") int first,
                                      @Min(value = 1, message = "A page has at least one row.")
                                      @Max(value = MAX_PAGE, message = "A page has at most 200 rows.") int size) {
        callers.requireTenant(tenantId, "read audit");
        tenants.find(tenantId);
        return em.createNamedQuery(AuditRecord.NEWEST_OF_TENANT, AuditRecord.class).setParameter("tenantId", tenantId)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(@NotNull(message = "A tenant id is required.") String tenantId) {
        callers.requireTenant(tenantId, "read audit");
        return em.createNamedQuery(AuditRecord.COUNT_OF_TENANT, Long.class).setParameter("tenantId", tenantId).getSingleResult();
    }
}
