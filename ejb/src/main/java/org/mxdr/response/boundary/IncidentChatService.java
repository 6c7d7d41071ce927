package org.mxdr.response.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.entity.Operation;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.IncidentId;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.response.control.IncidentReach;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentMessage;

/** The chat on an incident between the experts (through their grant) and the tenant's users. */
@Stateless
@RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class IncidentChatService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    IncidentReach reach;

    @Inject
    Clock clock;

    /** Oldest first, paged. */
    public List<IncidentMessage> messages(@TenantId String tenantId,
                                          @IncidentId String incidentId,
                                          @FirstRow int first,
                                          @PageSize int size) {
        Incident incident = reach.reach(callers.current(), tenantId, incidentId, Operation.CHAT, false);
        return em.createNamedQuery(IncidentMessage.OF_INCIDENT, IncidentMessage.class).setParameter("incident", incident.getId())
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(@TenantId String tenantId,
                      @IncidentId String incidentId) {
        Incident incident = reach.reach(callers.current(), tenantId, incidentId, Operation.CHAT, false);
        return em.createNamedQuery(IncidentMessage.COUNT_OF_INCIDENT, Long.class).setParameter("incident", incident.getId()).getSingleResult();
    }

    /** A message as plain text: it is stored and shown as written, never as markup. */
    public IncidentMessage post(@TenantId String tenantId,
                                @IncidentId String incidentId, String body) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.CHAT, false);
        IncidentMessage message = IncidentMessage.of(incident, caller.username(), caller.is(Role.EXPERT), body, Instant.now(clock));
        em.persist(message);
        return message;
    }
}
