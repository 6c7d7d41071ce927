package org.mxdr.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditRecordTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void keepsWhoWhenWhereWhatBeforeAndAfter() {
        AuditRecord r = AuditRecord.of("sales", "t1", "subscription.terminated", "status=ACTIVE", "status=TERMINATED", AT);
        assertEquals("sales", r.getActor());
        assertEquals("t1", r.getTenantId());
        assertEquals(AT, r.getRecordedAt());
        assertEquals("subscription.terminated", r.getAction());
        assertEquals("status=ACTIVE", r.getBefore());
        assertEquals("status=TERMINATED", r.getAfter());
    }

    @Test
    void clipsOversizedStates() {
        AuditRecord r = AuditRecord.of("sales", null, "x", null, "y".repeat(5000), AT);
        assertNull(r.getBefore());
        assertEquals(AuditRecord.STATE_MAX, r.getAfter().length());
    }
}
