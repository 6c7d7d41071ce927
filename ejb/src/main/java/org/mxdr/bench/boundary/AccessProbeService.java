package org.mxdr.bench.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.Operation;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/** bench/access's probe, for the provider admin: times the one access control inside the server, without HTTP. */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
public class AccessProbeService {

    /** What {@link #probe} measured: checks run, of which allowed, and the time they took in the server. */
    public record Probe(int checks, int allowed, long nanos) {
        public double checksPerSecond() {
            return checks * 1e9 / Math.max(1, nanos);
        }
    }

    @Inject
    Callers callers;

    @Inject
    AccessControl access;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /**
     * {@code checks} decisions, alternating INVESTIGATE and RUN_ACTION, each on one device of the
     * tenant's inventory picked in turn.
     */
    public Probe probe(@TenantId String tenantId,
                       @Min(value = 1, message = "At least one check.") @Max(value = 100_000, message = "At most 100000 checks.") int checks) {
        callers.requireTenant(tenantId, "probe access control");
        List<String> devices = em.createQuery("SELECT d.externalId FROM Device d WHERE d.tenantId = :t ORDER BY d.externalId", String.class)
                .setParameter("t", tenantId).setMaxResults(1000).getResultList();
        if (devices.isEmpty()) {
            throw new Conflict("The tenant has no devices to check access on.");
        }
        int allowed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            Operation operation = i % 2 == 0 ? Operation.INVESTIGATE : Operation.RUN_ACTION;
            if (access.decide(tenantId, operation, List.of(devices.get(i % devices.size())), List.of()).allowed()) {
                allowed++;
            }
            em.clear(); // no entity kept between checks, as separate requests keep none; the access cache is what a request finds warm
        }
        return new Probe(checks, allowed, System.nanoTime() - start);
    }
}
