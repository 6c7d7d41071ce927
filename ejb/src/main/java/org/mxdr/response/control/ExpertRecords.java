package org.mxdr.response.control;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.platform.NotFound;
import org.mxdr.response.entity.AnalystNote;
import org.mxdr.response.entity.CaseTicket;

/** Reads the experts' own records of an incident: analyst notes and case tickets. Callers checked the rights. */
@Stateless
@PermitAll
public class ExpertRecords {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    public List<AnalystNote> notes(String incidentId) {
        return em.createNamedQuery(AnalystNote.OF_INCIDENT, AnalystNote.class).setParameter("incident", incidentId).getResultList();
    }

    public List<CaseTicket> tickets(String incidentId) {
        return em.createNamedQuery(CaseTicket.OF_INCIDENT, CaseTicket.class).setParameter("incident", incidentId).getResultList();
    }

    /** The ticket of this incident; another incident's is a 404, as an unknown one is. */
    public CaseTicket ticket(String incidentId, String ticketId) {
        CaseTicket ticket = em.find(CaseTicket.class, ticketId);
        if (ticket == null || !incidentId.equals(ticket.getIncidentId())) {
            throw new NotFound("There is no ticket with the id '" + ticketId + "' on this incident.");
        }
        return ticket;
    }
}
