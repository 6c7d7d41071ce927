package org.mxdr.response.api;

import java.time.Instant;

import org.mxdr.response.entity.IncidentMessage;

public record MessageJson(String id, String author, boolean fromExpert, String body, Instant sentAt) {
    static MessageJson of(IncidentMessage m) {
        return new MessageJson(m.getId(), m.getAuthor(), m.isFromExpert(), m.getBody(), m.getSentAt());
    }
}
