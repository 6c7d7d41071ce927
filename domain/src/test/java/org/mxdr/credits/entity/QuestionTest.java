package org.mxdr.credits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class QuestionTest {
    static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void aQuestionNeedsASubjectAndABodyWithinTheirLimits() {
        assertEquals("subject", assertThrows(BadInput.class, () -> Question.ask("t", " ", "b", null, false, "u", AT)).field());
        assertEquals("body", assertThrows(BadInput.class, () -> Question.ask("t", "s", null, null, false, "u", AT)).field());
        assertEquals("subject", assertThrows(BadInput.class, () -> Question.ask("t", "x".repeat(201), "b", null, false, "u", AT)).field());
        assertEquals("body", assertThrows(BadInput.class, () -> Question.ask("t", "s", "x".repeat(10_001), null, false, "u", AT)).field());
        assertEquals("incidentId", assertThrows(BadInput.class, () -> Question.ask("t", "s", "b", "i".repeat(65), false, "u", AT)).field());
        Question q = Question.ask("t", "  Phishing  ", " What now? ", " INC-1 ", true, "u", AT);
        assertEquals("Phishing", q.getSubject());
        assertEquals("What now?", q.getBody());
        assertEquals("INC-1", q.getIncidentId());
        assertEquals(QuestionStatus.AWAITING_EXPERTS, q.getStatus());
    }

    @Test
    void answersAndFollowUpsFormTheThreadAndSayWhoseTurnItIs() {
        Question q = Question.ask("t", "Subject", "Body", null, false, "reader", AT);
        q.charged(null);
        assertTrue(q.isBeyondAllocation());
        QuestionMessage answer = q.answer("expert", "Here is how.", AT.plusSeconds(60));
        assertEquals(Side.EXPERT, answer.getSide());
        assertEquals(1, answer.getSeq());
        assertEquals(QuestionStatus.ANSWERED, q.getStatus());
        QuestionMessage followUp = q.followUp("reader", "And then?", AT.plusSeconds(120));
        assertEquals(2, followUp.getSeq());
        assertEquals(Side.CUSTOMER, followUp.getSide());
        assertEquals(QuestionStatus.AWAITING_EXPERTS, q.getStatus());
        assertEquals(AT.plusSeconds(120), q.getLastActivityAt());
        assertEquals("body", assertThrows(BadInput.class, () -> q.answer("expert", "", AT)).field());
    }
}
