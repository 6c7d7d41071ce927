package org.mxdr.demo.control;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;

import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Incident;

/**
 * Reports a demo tenant's incidents as the detection platform would, once: only while the tenant
 * has none, so a restart of the demo adds nothing. Called by the demo's start-up singletons, whose
 * run-as role (the platform) the reports carry.
 */
final class DemoReports {
    private static final Logger LOG = Logger.getLogger(DemoReports.class.getName());

    private DemoReports() {
    }

    /** @param nameKey the tenant's name as its key keeps it (lower case) */
    static void reportOnce(EntityManager em, PlatformService platform, String nameKey, List<Incident.Report> reports) {
        em.createQuery("SELECT t FROM Tenant t WHERE t.nameKey = :key", Tenant.class).setParameter("key", nameKey)
                .getResultStream().findFirst()
                .filter(t -> em.createQuery("SELECT COUNT(i) FROM Incident i WHERE i.tenantId = :t", Long.class)
                        .setParameter("t", t.getId()).getSingleResult() == 0)
                .ifPresent(t -> report(platform, t, reports));
    }

    private static void report(PlatformService platform, Tenant tenant, List<Incident.Report> reports) {
        try {
            reports.forEach(r -> platform.report(tenant.getId(), r));
            LOG.info(() -> "Demo: " + reports.size() + " incidents reported in " + tenant.getName() + ".");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo: the incidents of " + tenant.getName() + " could not be reported", e);
        }
    }
}
