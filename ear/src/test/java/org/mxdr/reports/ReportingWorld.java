package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mxdr.testing.GrantedTenants.D_FREE;
import static org.mxdr.testing.GrantedTenants.U_FREE;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.Role;
import org.mxdr.reports.boundary.ReportingService;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.ResponseActionService;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.As;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;

/** The reporting tests' set-up: an expert, the platform's account, granted tenants by region, incidents, the relay. */
@Dependent
public class ReportingWorld {
    private static String expert;
    private static String platformUser;

    @Inject
    GrantedTenants grants;

    @Inject
    PlatformService platform;

    @Inject
    IncidentService incidents;

    @Inject
    ResponseActionService actions;

    @Inject
    ReportingService reporting;

    void users() throws Exception {
        if (expert == null) {
            String u = Fixtures.unique();
            expert = grants.newUser("rp-expert-" + u, Role.EXPERT, null);
            platformUser = grants.newUser("rp-platform-" + u, Role.PLATFORM, null);
        }
    }

    /** A tenant of the region with a grant: Operator level when {@code operator}, else Reader only (actions become cards). */
    Tenant tenant(String name, Region region, boolean operator) throws Exception {
        return grants.granted(name + " " + Fixtures.unique(), region, operator, true, true);
    }

    Incident report(Tenant t, Severity severity) throws Exception {
        return report(t, "rp-" + Fixtures.unique(), severity, "Malware");
    }

    /** The platform reports (or reports again) the incident of its id. */
    Incident report(Tenant t, String externalId, Severity severity, String category) throws Exception {
        return As.user(platformUser, Fixtures.PASSWORD, () -> platform.report(t.id(), new Incident.Report(externalId, "Suspicious " + externalId,
                severity, category, "Execution", null, List.of(D_FREE), List.of(U_FREE)))).incident();
    }

    <T> T asExpert(Callable<T> work) throws Exception {
        return As.user(expert, Fixtures.PASSWORD, work);
    }

    <T> T asAdmin(Tenant t, Callable<T> work) throws Exception {
        return GrantedTenants.asAdminOf(t, work);
    }

    <T> T asProviderAdmin(Callable<T> work) throws Exception {
        return GrantedTenants.asAdmin(work);
    }

    /** Runs the relay now, as its timer would; answers how many events left the outbox. */
    long deliver() throws Exception {
        return asProviderAdmin(() -> reporting.deliver());
    }

    long backfill() throws Exception {
        return asProviderAdmin(() -> reporting.backfill());
    }

    Map<String, Object> incidentRow(Region region, String incidentId) throws Exception {
        List<Map<String, Object>> rows = StoreRows.rows(StoreRows.store(region), "SELECT * FROM rpt_incident WHERE incident_id = ?", incidentId);
        assertEquals(1, rows.size(), "one row of incident " + incidentId + " in " + region);
        return rows.get(0);
    }
}
