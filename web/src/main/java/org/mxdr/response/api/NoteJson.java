package org.mxdr.response.api;

import java.time.Instant;

import org.mxdr.response.entity.AnalystNote;

public record NoteJson(String id, String author, String body, Instant writtenAt) {
    static NoteJson of(AnalystNote n) {
        return new NoteJson(n.getId(), n.getAuthor(), n.getBody(), n.getWrittenAt());
    }
}
