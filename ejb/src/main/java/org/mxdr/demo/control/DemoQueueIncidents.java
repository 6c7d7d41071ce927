package org.mxdr.demo.control;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Roles;
import org.mxdr.platform.Settings;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;

/** Tailspin Toys' incidents, reported as the detection platform would at the first demo start, beside Contoso's. */
@Singleton
@Startup
@DependsOn({"DemoIncidents", "DemoServiceLevels"})
@RunAs(Roles.PLATFORM)
@PermitAll
public class DemoQueueIncidents {
    private static final Logger LOG = Logger.getLogger(DemoQueueIncidents.class.getName());

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    PlatformService platform;

    @PostConstruct
    void seed() {
        if (!Settings.flag("demo")) {
            return;
        }
        em.createQuery("SELECT t FROM Tenant t WHERE t.nameKey = 'tailspin toys'", Tenant.class).getResultStream().findFirst()
                .filter(t -> em.createQuery("SELECT COUNT(i) FROM Incident i WHERE i.tenantId = :t", Long.class)
                        .setParameter("t", t.getId()).getSingleResult() == 0)
                .ifPresent(this::report);
    }

    private void report(Tenant tailspin) {
        List<Incident.Report> reports = List.of(
                new Incident.Report("TT-2001", "Command-and-control beacon from WS-0020", Severity.HIGH, "Command and control",
                        "Command and Control", "Periodic HTTPS to a newly registered domain", List.of("dev-0020"), List.of()),
                new Incident.Report("TT-2002", "Impossible travel for a finance user", Severity.MEDIUM, "Initial access", "Initial Access",
                        "Sign-ins from two countries 20 minutes apart", List.of(), List.of("user-0014")),
                new Incident.Report("TT-2003", "Unsigned driver loaded on WS-0030", Severity.LOW, "Defense evasion", "Defense Evasion",
                        "Driver without a valid signature", List.of("dev-0030"), List.of()));
        try {
            reports.forEach(r -> platform.report(tailspin.getId(), r));
            LOG.info(() -> "Demo: " + reports.size() + " incidents reported in " + tailspin.getName() + ".");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo: Tailspin's incidents could not be reported", e);
        }
    }
}
