package org.mxdr.response.api;

import java.util.List;

/** Analyst notes and case tickets are in the payload for experts only; for the customer they are absent. */
public record IncidentDetailJson(IncidentJson incident, List<ActionJson> actions, List<NoteJson> notes, List<TicketJson> tickets) {
}
