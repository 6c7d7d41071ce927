package org.mxdr.access.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.AccessDecision;
import org.mxdr.access.entity.Operation;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * "May the experts do this here?" answered with the reason: for an expert before he acts, for the
 * tenant's admin to see the effect of its settings, and for the provider's staff.
 */
@Stateless
@RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.PROVIDER_ADMIN, Roles.DELIVERY_MANAGER})
public class AccessCheckService {
    @Inject
    Callers callers;

    @Inject
    AccessControl access;

    @jakarta.persistence.PersistenceContext(unitName = "mxdr")
    jakarta.persistence.EntityManager em;

    public AccessDecision check(@TenantId String tenantId,
                                @NotNull(message = "An operation is required.") Operation operation,
                                List<String> deviceIds, List<String> userIds) {
        Caller caller = callers.current();
        if (caller.is(Role.EXPERT)) {
            // an expert learns why he may not, but not whether a tenant without his grant is a customer
            return access.decideForExpert(tenantId, operation, deviceIds, userIds);
        }
        callers.requireTenant(tenantId, "check experts' access");
        return access.decide(tenantId, operation, deviceIds, userIds);
    }

    /** What {@link #probe} measured: checks run, of which allowed, and the time they took in the server. */
    public record Probe(int checks, int allowed, long nanos) {
        public double checksPerSecond() {
            return checks * 1e9 / Math.max(1, nanos);
        }
    }

    /**
     * Times the access control itself for the benchmark: {@code checks} decisions, alternating
     * INVESTIGATE and RUN_ACTION, each on one device of the tenant's inventory picked in turn.
     */
    @RolesAllowed(Roles.PROVIDER_ADMIN)
    public Probe probe(@TenantId String tenantId,
                       @jakarta.validation.constraints.Min(value = 1, message = "At least one check.")
                       @jakarta.validation.constraints.Max(value = 100_000, message = "At most 100000 checks.") int checks) {
        callers.requireTenant(tenantId, "probe access control");
        List<String> devices = em.createQuery("SELECT d.externalId FROM Device d WHERE d.tenantId = :t ORDER BY d.externalId", String.class)
                .setParameter("t", tenantId).setMaxResults(1000).getResultList();
        if (devices.isEmpty()) {
            throw new org.mxdr.platform.Conflict("The tenant has no devices to check access on.");
        }
        int allowed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            Operation operation = i % 2 == 0 ? Operation.INVESTIGATE : Operation.RUN_ACTION;
            if (access.decide(tenantId, operation, List.of(devices.get(i % devices.size())), List.of()).allowed()) {
                allowed++;
            }
            em.clear(); // each check reads afresh, as separate requests do
        }
        return new Probe(checks, allowed, System.nanoTime() - start);
    }
}
