package org.mxdr.response.boundary;

import java.util.List;

import org.mxdr.response.entity.AnalystNote;
import org.mxdr.response.entity.CaseTicket;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/**
 * An incident as its viewer may see it: analyst notes and case tickets only for the provider's
 * experts (empty for the customer, never merely hidden by a screen).
 */
public record IncidentDetail(Incident incident, List<ResponseAction> actions, List<AnalystNote> notes, List<CaseTicket> tickets,
                             boolean viewedByExpert) {
}
