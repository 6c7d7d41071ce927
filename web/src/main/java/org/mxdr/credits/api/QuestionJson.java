package org.mxdr.credits.api;

import java.time.Instant;
import java.util.List;

import org.mxdr.credits.boundary.QuestionService;
import org.mxdr.credits.entity.Question;
import org.mxdr.credits.entity.QuestionMessage;

/** A question as the API shows it; with its thread when read one by one. */
public record QuestionJson(String id, String tenantId, String tenantName, String subject, String body, String incidentId, String askedBy,
                           Instant askedAt, String status, String creditId, boolean beyondAllocation, boolean emailCopy,
                           Instant lastActivityAt, int messageCount, List<MessageJson> messages) {

    public record MessageJson(String id, int seq, String side, String author, String body, Instant writtenAt) {
        static MessageJson of(QuestionMessage m) {
            return new MessageJson(m.getId(), m.getSeq(), m.getSide().name(), m.getAuthor(), m.getBody(), m.getWrittenAt());
        }
    }

    static QuestionJson of(Question q, String tenantName, List<QuestionMessage> thread) {
        return new QuestionJson(q.getId(), q.getTenantId(), tenantName, q.getSubject(), q.getBody(), q.getIncidentId(), q.getAskedBy(),
                q.getAskedAt(), q.getStatus().name(), q.getCreditId(), q.isBeyondAllocation(), q.isEmailCopy(), q.getLastActivityAt(),
                q.getMessages(), thread == null ? null : thread.stream().map(MessageJson::of).toList());
    }

    static QuestionJson of(QuestionService.Thread t) {
        return of(t.question(), t.tenantName(), t.messages());
    }

    public record Page(List<QuestionJson> items, long total, int page, int size) {
    }
}
