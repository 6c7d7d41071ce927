package org.mxdr.response.boundary;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.entity.Operation;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.IncidentId;
import org.mxdr.platform.TenantId;
import org.mxdr.platform.Roles;
import org.mxdr.response.control.ExpertRecords;
import org.mxdr.response.control.IncidentReach;
import org.mxdr.response.entity.AnalystNote;
import org.mxdr.response.entity.CaseTicket;
import org.mxdr.response.entity.Incident;

/**
 * The experts' own records of an incident, never shown to the customer: analyst notes and the
 * provider's case tickets. An expert writes them on an incident his grant lets him investigate.
 */
@Stateless
@RolesAllowed(Roles.EXPERT)
public class ExpertRecordService {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    IncidentReach reach;

    @Inject
    ExpertRecords records;

    @Inject
    Clock clock;

    public AnalystNote addNote(@TenantId String tenantId,
                               @IncidentId String incidentId, String body) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, false);
        AnalystNote note = AnalystNote.of(incident, caller.username(), body, Instant.now(clock));
        em.persist(note);
        return note;
    }

    public CaseTicket openTicket(@TenantId String tenantId,
                                 @IncidentId String incidentId, String title, String body) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, false);
        CaseTicket ticket = CaseTicket.open(incident, title, body, caller.username(), Instant.now(clock));
        em.persist(ticket);
        return ticket;
    }

    public CaseTicket closeTicket(@TenantId String tenantId,
                                  @IncidentId String incidentId,
                                  @NotNull(message = "A ticket id is required.") String ticketId) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.INVESTIGATE, false);
        CaseTicket ticket = records.ticket(incident.getId(), ticketId);
        ticket.close(caller.username(), Instant.now(clock));
        return ticket;
    }
}
