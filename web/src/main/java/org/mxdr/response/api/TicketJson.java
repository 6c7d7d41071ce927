package org.mxdr.response.api;

import java.time.Instant;

import org.mxdr.response.entity.CaseTicket;

public record TicketJson(String id, String title, String body, String state, String openedBy, Instant openedAt, String closedBy,
                         Instant closedAt) {
    static TicketJson of(CaseTicket t) {
        return new TicketJson(t.getId(), t.getTitle(), t.getBody(), t.getState().name(), t.getOpenedBy(), t.getOpenedAt(),
                t.getClosedBy(), t.getClosedAt());
    }
}
