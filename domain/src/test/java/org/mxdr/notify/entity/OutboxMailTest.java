package org.mxdr.notify.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboxMailTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration BASE = Duration.ofSeconds(30);

    @Test
    void isDueAtOnceWhenQueued() {
        OutboxMail mail = OutboxMail.of("a@b.example", "Subject", "Body", AT);
        assertTrue(mail.isPending());
        assertEquals(AT, mail.getNextAttemptAt());
        assertEquals(0, mail.getAttempts());
    }

    @Test
    void backsOffDoublingUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), OutboxMail.backoff(1, BASE));
        assertEquals(Duration.ofSeconds(60), OutboxMail.backoff(2, BASE));
        assertEquals(Duration.ofSeconds(120), OutboxMail.backoff(3, BASE));
        assertEquals(Duration.ofSeconds(1920), OutboxMail.backoff(7, BASE));
        assertEquals(OutboxMail.MAX_BACKOFF, OutboxMail.backoff(8, BASE));
        assertEquals(OutboxMail.MAX_BACKOFF, OutboxMail.backoff(10_000, BASE), "no overflow after many failures");
    }

    @Test
    void aFailureKeepsTheMailAndSchedulesTheNextAttempt() {
        OutboxMail mail = OutboxMail.of("a@b.example", "Subject", "Body", AT);
        mail.failed("Connection refused", AT, BASE);
        assertTrue(mail.isPending(), "never dropped");
        assertEquals(1, mail.getAttempts());
        assertEquals(AT.plusSeconds(30), mail.getNextAttemptAt());
        assertEquals("Connection refused", mail.getLastError());
        mail.failed("x".repeat(5000), AT.plusSeconds(30), BASE);
        assertEquals(2, mail.getAttempts());
        assertEquals(AT.plusSeconds(90), mail.getNextAttemptAt());
        assertEquals(1000, mail.getLastError().length());
    }

    @Test
    void sentOnceItWentOut() {
        OutboxMail mail = OutboxMail.of("a@b.example", "Subject", "Body", AT);
        mail.failed("down", AT, BASE);
        mail.sent(AT.plusSeconds(40));
        assertFalse(mail.isPending());
        assertEquals(OutboxMail.Status.SENT, mail.getStatus());
        assertEquals(AT.plusSeconds(40), mail.getSentAt());
        assertEquals(2, mail.getAttempts());
        assertNull(mail.getLastError());
    }

    @Test
    void refusesMailTooLargeForTheOutbox() {
        assertThrows(IllegalArgumentException.class, () -> OutboxMail.of("a@b.example", "s", "x".repeat(OutboxMail.BODY_MAX + 1), AT));
    }
}
