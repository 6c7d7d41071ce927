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

/**
 * The demo's incidents in Contoso, reported as the detection platform would, at the first demo
 * start: some on devices in device groups, one on an ungrouped server, one about a user.
 */
@Singleton
@Startup
@DependsOn({"DemoSubscription", "DemoContacts"})
@RunAs(Roles.PLATFORM)
@PermitAll
public class DemoIncidents {
    private static final List<Incident.Report> REPORTS = List.of(
            new Incident.Report("DEMO-1001", "Credential theft tool run on WS-0005", Severity.HIGH, "Credential access", "Credential Access",
                    "mimikatz.exe (sha256 9f1c…) started by winword.exe", List.of("dev-0005"), List.of("user-0012")),
            new Incident.Report("DEMO-1002", "Ransomware behaviour blocked on WS-0013", Severity.HIGH, "Ransomware", "Impact",
                    "Mass file renames with the .lockd extension", List.of("dev-0013"), List.of()),
            new Incident.Report("DEMO-1003", "Suspicious sign-in from an unfamiliar location", Severity.MEDIUM, "Initial access",
                    "Initial Access", "Sign-in from an anonymising proxy", List.of(), List.of("user-0031")),
            new Incident.Report("DEMO-1004", "PowerShell download cradle on WS-0010", Severity.MEDIUM, "Execution", "Execution",
                    "powershell -enc …", List.of("dev-0010"), List.of()),
            new Incident.Report("DEMO-1005", "Port scan from WS-0002", Severity.LOW, "Discovery", "Discovery",
                    "1,200 connection attempts in 30 s", List.of("dev-0002"), List.of()),
            new Incident.Report("DEMO-1006", "Admin tool installed on WS-0007", Severity.INFORMATIONAL, "Software", "Execution",
                    "Sysinternals suite installed by IT", List.of("dev-0007"), List.of()),
            new Incident.Report("DEMO-1007", "Ransomware staging on WS-0008 (Finance)", Severity.HIGH, "Ransomware", "Impact",
                    "vssadmin.exe delete shadows /all /quiet", List.of("dev-0008"), List.of()));

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    PlatformService platform;

    @PostConstruct
    void seed() {
        if (!Settings.flag("demo")) {
            return;
        }
        DemoReports.reportOnce(em, platform, "contoso ltd", REPORTS);
    }
}
