package org.mxdr.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;

class OutboxSenderTest {

    @Test
    void aStalledMailServerIsOneLineNamingTheTimeout() {
        var stalled = new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));
        String line = OutboxSender.oneLine(stalled);
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith("MessagingException: Exception reading response"), line);
        assertTrue(line.contains("Read timed out"), line);
    }

    @Test
    void aFailureWithoutCauseIsItsMessage() {
        assertEquals("IllegalStateException: no\tsession".replace("\t", " "), OutboxSender.oneLine(new IllegalStateException("no\tsession")));
    }
}
