package org.mxdr.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.D_FREE;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.entity.SlaState;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * Reopening a resolved incident: by an expert through a live grant or by the tenant's admin, each
 * other role refused in the EJB layer; the resolve clock resumes without the time it stood
 * resolved; audited with the reason and published as {@code incident.updated}; and the REST
 * answers (200, 400 naming the reason, 403, 409).
 */
@ExtendWith(ArquillianExtension.class)
class ReopenIT {
    private static final String PW = Fixtures.PASSWORD;
    private static final Duration MIN = Duration.ofMinutes(1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ReopenIT.class);
    }

    @Inject
    GrantedTenants grants;

    @Inject
    PlatformService platform;

    @Inject
    IncidentService incidents;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void expertsThroughALiveGrantAndTheTenantsAdminReopenEveryOtherRoleIsRefused() throws Exception {
        String u = Fixtures.unique();
        Tenant t = grants.granted("Reopen roles " + u, false, true, true);
        Tenant other = grants.granted("Reopen other " + u, false, true, true);
        Map<Role, String> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            users.put(role, role == Role.TENANT_ADMIN ? t.admin()
                    : grants.newUser("ro-" + role.name().toLowerCase().replace('_', '-') + "-" + u, role, role.onTenantSide() ? t.id() : null));
        }
        for (Role role : Role.values()) {
            String id = falsePositive(t, users, u);
            if (role == Role.EXPERT || role == Role.TENANT_ADMIN) {
                Incident reopened = As.user(users.get(role), PW, () -> incidents.reopen(t.id(), id, "Not a test after all"));
                assertEquals(IncidentStatus.IN_PROGRESS, reopened.getStatus(), role.name());
                assertEquals(users.get(role), reopened.getReopening().getBy());
            } else {
                assertThrows(EJBAccessException.class, () -> As.user(users.get(role), PW, () -> incidents.reopen(t.id(), id, "No")), role.name());
                assertEquals(IncidentStatus.RESOLVED, stored(id).getStatus(), role.name() + " changed nothing");
            }
        }
        String id = falsePositive(t, users, u);
        assertThrows(AccessDenied.class, () -> GrantedTenants.asAdminOf(other, () -> incidents.reopen(t.id(), id, "Another tenant's")),
                "another tenant's admin");
        assertThrows(EJBAccessException.class, () -> incidents.reopen(t.id(), id, "anonymous"), "anonymous");
        grants.revoke(t);
        assertThrows(AccessDenied.class, () -> As.user(users.get(Role.EXPERT), PW, () -> incidents.reopen(t.id(), id, "Revoked")),
                "an expert whose grant was revoked");
        assertEquals(IncidentStatus.RESOLVED, stored(id).getStatus());
        assertEquals(0, stored(id).getReopening().getCount());
    }

    @Test
    void theResolveClockResumesWithoutTheTimeItStoodResolvedAuditedAndPublished() throws Exception {
        String u = Fixtures.unique();
        Tenant t = grants.granted("Reopen clock " + u, false, true, true);
        String platformUser = grants.newUser("ro-platform-" + u, Role.PLATFORM, null);
        String expert = grants.newUser("ro-expert-" + u, Role.EXPERT, null);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.fixAt(t0);
        String id = As.user(platformUser, PW, () -> report(t, "Clock " + u)).getId();
        TestClock.fixAt(t0.plus(MIN.multipliedBy(5)));
        As.user(expert, PW, () -> incidents.take(t.id(), id));
        TestClock.fixAt(t0.plus(MIN.multipliedBy(30)));
        Incident resolved = As.user(expert, PW, () -> incidents.classify(t.id(), id, Classification.FALSE_POSITIVE, "An admin's script"));
        assertEquals(IncidentStatus.RESOLVED, resolved.getStatus(), "a false positive is resolved at once");
        assertNull(resolved.getSlaDueAt());
        long updatedBefore = events(t, id);

        Instant reopenedAt = t0.plus(Duration.ofHours(10));
        TestClock.fixAt(reopenedAt);
        Incident reopened = As.user(expert, PW, () -> incidents.reopen(t.id(), id, "The script was not the admin's"));
        assertEquals(reopenedAt.plus(Duration.ofHours(24)).minus(MIN.multipliedBy(30)), reopened.getSlaDueAt(),
                "30 minutes counted before it was resolved; the 9.5 hours resolved do not count");
        Incident kept = stored(id);
        assertEquals(SlaState.ON_TRACK, kept.serviceLevel().state(reopenedAt));
        assertEquals(Duration.ofMinutes(30), kept.serviceLevel().resolve().used(reopenedAt));
        assertEquals(reopenedAt, kept.getReopening().getAt());
        assertEquals("The script was not the admin's", kept.getReopening().getReason());
        assertEquals(updatedBefore + 1, events(t, id), "one incident.updated event");
        String audited = (String) em.createNativeQuery("SELECT after_state FROM audit_record WHERE tenant_id = ?1 AND action = 'incident.reopened'")
                .setParameter(1, t.id()).getSingleResult();
        assertTrue(audited.contains("reopenReason=The script was not the admin's") && audited.contains("status=IN_PROGRESS"), audited);

        TestClock.fixAt(reopenedAt.plus(Duration.ofHours(1)));
        Incident again = As.user(expert, PW, () -> incidents.classify(t.id(), id, Classification.TRUE_POSITIVE, "Credential theft"));
        assertEquals(SlaState.ON_TRACK, again.serviceLevel().state(reopenedAt.plus(Duration.ofHours(1))),
                "a new verdict does not undo the classify target met");
        assertThrows(Conflict.class, () -> As.user(expert, PW, () -> incidents.reopen(t.id(), id, "Open already")), "only resolved ones");
    }

    @Test
    void theApiAnswersTheIncidentOrRefusesByNameRoleAndState() throws Exception {
        String u = Fixtures.unique();
        Tenant t = grants.granted("Reopen api " + u, false, true, true);
        Map<Role, String> users = new EnumMap<>(Role.class);
        users.put(Role.PLATFORM, grants.newUser("ro-platform-" + u, Role.PLATFORM, null));
        users.put(Role.EXPERT, grants.newUser("ro-expert-" + u, Role.EXPERT, null));
        String operator = grants.newUser("ro-operator-" + u, Role.TENANT_OPERATOR, t.id());
        String id = falsePositive(t, users, u);
        String path = "/tenants/" + t.id() + "/incidents/" + id + "/reopening";

        Reply blank = Api.post(path, users.get(Role.EXPERT), PW, Api.json("reason", "  "));
        assertEquals(400, blank.status(), blank.toString());
        assertEquals("reason", blank.field("field"), blank.toString());
        assertEquals(400, Api.post(path, users.get(Role.EXPERT), PW, "{}").status());
        assertEquals(403, Api.post(path, operator, PW, Api.json("reason", "Mine")).status());
        assertEquals(IncidentStatus.RESOLVED, stored(id).getStatus(), "nothing written by the refusals");

        Reply ok = Api.post(path, t.admin(), PW, Api.json("reason", "We saw it again"));
        assertEquals(200, ok.status(), ok.toString());
        JsonObject incident = ok.json();
        assertEquals("IN_PROGRESS", incident.getString("status"));
        assertTrue(!incident.containsKey("resolvedAt") || incident.isNull("resolvedAt"), incident.toString());
        JsonObject reopened = incident.getJsonObject("reopened");
        assertEquals("We saw it again", reopened.getString("reason"));
        assertEquals(t.admin(), reopened.getString("by"));
        assertEquals(1, reopened.getInt("count"));

        Reply conflict = Api.post(path, users.get(Role.EXPERT), PW, Api.json("reason", "Twice"));
        assertEquals(409, conflict.status(), conflict.toString());
    }

    // ---------------------------------------------------------------- helpers

    /** A new incident of the tenant, classified a false positive by the expert: resolved. */
    private String falsePositive(Tenant t, Map<Role, String> users, String u) throws Exception {
        String id = As.user(users.get(Role.PLATFORM), PW, () -> report(t, "Reopen " + u)).getId();
        As.user(users.get(Role.EXPERT), PW, () -> incidents.classify(t.id(), id, Classification.FALSE_POSITIVE, "A test"));
        return id;
    }

    private Incident report(Tenant t, String title) {
        return platform.report(t.id(), new Incident.Report("ext-" + Fixtures.unique(), title, Severity.HIGH, "Malware", "Execution", null,
                List.of(D_FREE), List.of())).incident();
    }

    private Incident stored(String id) {
        em.clear();
        return em.find(Incident.class, id);
    }

    private long events(Tenant t, String incidentId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM webhook_event WHERE tenant_id = ?1 AND type = 'incident.updated' "
                + "AND data LIKE ?2").setParameter(1, t.id()).setParameter(2, "%" + incidentId + "%").getSingleResult()).longValue();
    }
}
