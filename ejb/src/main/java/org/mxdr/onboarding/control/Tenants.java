package org.mxdr.onboarding.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.NotFound;

/** Finds tenants for boundaries that checked the caller's rights; an unknown id is a 404. */
@Stateless
@PermitAll
public class Tenants {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    public Tenant find(String tenantId) {
        return found(tenantId, em.find(Tenant.class, tenantId == null ? "" : tenantId));
    }

    /** The tenant with its row locked: changes of one tenant that lock it first run one after the other. */
    public Tenant locked(String tenantId) {
        return found(tenantId, em.find(Tenant.class, tenantId == null ? "" : tenantId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Tenant found(String tenantId, Tenant tenant) {
        if (tenant == null) {
            throw new NotFound("There is no tenant with the id '" + tenantId + "'.");
        }
        return tenant;
    }
}
