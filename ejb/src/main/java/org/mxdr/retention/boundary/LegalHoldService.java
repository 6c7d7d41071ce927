package org.mxdr.retention.boundary;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.retention.entity.LegalHold;

/**
 * Legal holds, placed and lifted by the provider admin with a reason, audited in the tenant's
 * trail. The tenant's row lock orders a hold against a purge that is about to take the tenant.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
public class LegalHoldService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Tenants tenants;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    org.mxdr.retention.control.Retentions retentions;

    /** Places the hold, or restates the reason of the one in place. */
    public LegalHold place(@TenantId String tenantId, String reason) {
        Caller caller = callers.requireTenant(tenantId, "place legal hold");
        String checked = LegalHold.checkReason(reason);
        tenants.locked(tenantId);
        refuseWhilePurging(tenantId);
        Instant now = Instant.now(clock);
        LegalHold hold = em.find(LegalHold.class, tenantId);
        String before = hold == null ? "legalHold=off" : hold.describe();
        if (hold == null) {
            hold = LegalHold.place(tenantId, checked, caller.username(), now);
            em.persist(hold);
        } else {
            hold.restate(checked, caller.username(), now);
        }
        audit.record(caller.username(), tenantId, "retention.legal-hold.placed", before, hold.describe());
        return hold;
    }

    public void lift(@TenantId String tenantId) {
        Caller caller = callers.requireTenant(tenantId, "lift legal hold");
        tenants.locked(tenantId);
        LegalHold hold = em.find(LegalHold.class, tenantId);
        if (hold == null) {
            throw new Conflict("There is no legal hold on this tenant to lift.");
        }
        em.remove(hold);
        audit.record(caller.username(), tenantId, "retention.legal-hold.lifted", hold.describe(), "legalHold=off");
    }

    private void refuseWhilePurging(String tenantId) {
        if (retentions.purgeBegun(tenantId)) {
            throw new Conflict("The purge of this tenant has begun; it can no longer be held.");
        }
    }
}
