package org.mxdr.demo.control;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
    private static final List<Incident.Report> REPORTS = List.of(
            new Incident.Report("TT-2001", "Command-and-control beacon from WS-0020", Severity.HIGH, "Command and control",
                    "Command and Control", "Periodic HTTPS to a newly registered domain", List.of("dev-0020"), List.of()),
            new Incident.Report("TT-2002", "Impossible travel for a finance user", Severity.MEDIUM, "Initial access", "Initial Access",
                    "Sign-ins from two countries 20 minutes apart", List.of(), List.of("user-0014")),
            new Incident.Report("TT-2003", "Unsigned driver loaded on WS-0030", Severity.LOW, "Defense evasion", "Defense Evasion",
                    "Driver without a valid signature", List.of("dev-0030"), List.of()));

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    PlatformService platform;

    @PostConstruct
    void seed() {
        if (!Settings.flag("demo")) {
            return;
        }
        DemoReports.reportOnce(em, platform, "tailspin toys", REPORTS);
    }
}
