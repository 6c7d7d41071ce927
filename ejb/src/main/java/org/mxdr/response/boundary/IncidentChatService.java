package org.mxdr.response.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.entity.Operation;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.response.control.IncidentReach;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentMessage;

/** The chat on an incident between the experts (through their grant) and the tenant's users. */
@Stateless
@RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class IncidentChatService {
    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    IncidentReach reach;

    @Inject
    Clock clock;

    /** Oldest first, paged. */
    public List<IncidentMessage> messages(@NotNull(message = "A tenant id is required.") String tenantId,
                                          @NotNull(message = "An incident id is required.") String incidentId,
                                          @Min(value = 0, message = "The first row cannot be negative.") int first,
                                          @Min(value = 1, message = "A page has at least one row.")
                                          @Max(value = MAX_PAGE, message = "A page has at most 200 rows.") int size) {
        Incident incident = reach.reach(callers.current(), tenantId, incidentId, Operation.CHAT, false);
        return em.createNamedQuery(IncidentMessage.OF_INCIDENT, IncidentMessage.class).setParameter("incident", incident.getId())
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(@NotNull(message = "A tenant id is required.") String tenantId,
                      @NotNull(message = "An incident id is required.") String incidentId) {
        Incident incident = reach.reach(callers.current(), tenantId, incidentId, Operation.CHAT, false);
        return em.createNamedQuery(IncidentMessage.COUNT_OF_INCIDENT, Long.class).setParameter("incident", incident.getId()).getSingleResult();
    }

    /** A message as plain text: it is stored and shown as written, never as markup. */
    public IncidentMessage post(@NotNull(message = "A tenant id is required.") String tenantId,
                                @NotNull(message = "An incident id is required.") String incidentId, String body) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.CHAT, false);
        IncidentMessage message = IncidentMessage.of(incident, caller.username(), caller.is(Role.EXPERT), body, Instant.now(clock));
        em.persist(message);
        return message;
    }
}
