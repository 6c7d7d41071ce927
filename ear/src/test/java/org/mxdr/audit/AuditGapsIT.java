package org.mxdr.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.access.boundary.ExpertTenantService;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;

/**
 * What the audit used to miss: an expert's entry into a tenant once per console session (not per
 * page), the platform's updates of an incident, and the tenant's and its users' creation.
 */
@ExtendWith(ArquillianExtension.class)
class AuditGapsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AuditGapsIT.class);
    }

    @Inject
    GrantedTenants grants;

    @Inject
    ExpertTenantService expertTenants;

    @Inject
    PlatformService platform;

    @Inject
    AuditTrail trail;

    @Test
    void anExpertsEntryIsAuditedOncePerSession() throws Exception {
        GrantedTenants.Tenant t = grants.granted("Entries " + Fixtures.unique(), false, true, true);
        String expert = grants.newUser("entry-expert-" + Fixtures.unique(), Role.EXPERT, null);
        for (String session : List.of("session-a", "session-a", "session-a", "session-b")) {
            As.user(expert, Fixtures.PASSWORD, () -> expertTenants.enter(t.id(), session));
        }
        List<AuditRecord> entries = of(t.id(), "expert.entered");
        assertEquals(2, entries.size(), "three pages in one session, one in another");
        assertEquals("Entered the tenant: expert " + expert + ", session session-a", entries.get(0).getSummary());
        assertTrue(of(t.id(), "tenant.created").size() == 1 && of(t.id(), "user.created").size() == 1, "the tenant and its admin");
    }

    @Test
    void thePlatformsUpdateOfAnIncidentIsAuditedAndARepeatIsNot() throws Exception {
        GrantedTenants.Tenant t = grants.subscribed("Updates " + Fixtures.unique());
        String platformUser = grants.newUser("gaps-platform-" + Fixtures.unique(), Role.PLATFORM, null);
        Incident.Report first = new Incident.Report("INC-7", "Suspicious sign-in", Severity.MEDIUM, "Identity", "Initial Access", null,
                List.of(GrantedTenants.D_FREE), List.of());
        Incident.Report raised = new Incident.Report("INC-7", "Suspicious sign-in", Severity.HIGH, "Identity", "Initial Access", null,
                List.of(GrantedTenants.D_FREE), List.of(GrantedTenants.U_FREE));
        for (Incident.Report report : List.of(first, raised, raised)) {
            As.user(platformUser, Fixtures.PASSWORD, () -> platform.report(t.id(), report));
        }
        List<AuditRecord> updates = of(t.id(), "incident.updated");
        assertEquals(1, updates.size(), "the repeat changed nothing");
        assertEquals(platformUser, updates.get(0).getActor());
        assertEquals("The platform updated an incident: severity changed from MEDIUM to HIGH; users changed from none to " + GrantedTenants.U_FREE,
                updates.get(0).getSummary());
    }

    private List<AuditRecord> of(String tenantId, String action) {
        return trail.ofTenant(tenantId).stream().filter(r -> r.getAction().equals(action)).toList();
    }
}
