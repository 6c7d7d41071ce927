package org.mxdr.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00.123456789Z");

    @Test
    void hashIsSha256OfLengthPrefixedFieldsWithNullAsDash() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                ("64:" + AuditChain.GENESIS + "1:1" + "2:r1" + "27:2026-11-22T10:00:00.123456Z" + "5:alice" + "-" + "3:a.b" + "-" + "3:x=1")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, AuditChain.hash(AuditChain.GENESIS, 1, "r1", AuditChain.stored(AT), "alice", null, "a.b", null, "x=1"));
    }

    @Test
    void lengthsCountUtf8BytesSoFieldsCannotShiftIntoEachOther() {
        String a = AuditChain.hash(AuditChain.GENESIS, 1, "r", AT, "ab", "t", "x", "", "é");
        String b = AuditChain.hash(AuditChain.GENESIS, 1, "r", AT, "a", "bt", "x", "", "é");
        String c = AuditChain.hash(AuditChain.GENESIS, 1, "r", AT, "ab", "t", "x", null, "é");
        assertNotEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void timesAreUtcWithSixFractionDigits() {
        assertEquals("2026-11-22T10:00:00.000000Z", AuditChain.timestamp(Instant.parse("2026-11-22T10:00:00Z")));
        assertEquals("2026-11-22T10:00:00.123456Z", AuditChain.timestamp(AuditChain.stored(AT)));
    }

    @Test
    void headLinksRecordsOneAfterAnother() {
        AuditChainHead head = AuditChainHead.empty("t1");
        AuditRecord first = AuditRecord.of("alice", "t1", "contact.added", null, "name=A", AT);
        AuditRecord second = AuditRecord.of("bob", "t1", "contact.removed", "name=A", null, AT.plusSeconds(1));
        head.append(first);
        head.append(second);
        assertEquals(1L, first.getChainPosition());
        assertEquals(AuditChain.GENESIS, first.getPreviousHash());
        assertEquals(2L, second.getChainPosition());
        assertEquals(first.getRecordHash(), second.getPreviousHash());
        assertEquals(second.getRecordHash(), head.getHash());
        assertEquals(2, head.getPosition());
        assertEquals(second.getRecordHash(), second.computedHash());
    }

    @Test
    void recordsWithoutTenantBelongToTheProviderChainOnly() {
        AuditRecord providerWide = AuditRecord.of("admin", null, "catalog.changed", null, "x", AT);
        assertThrows(IllegalArgumentException.class, () -> AuditChainHead.empty("t1").append(providerWide));
        AuditChainHead provider = AuditChainHead.empty(AuditChain.PROVIDER);
        provider.append(providerWide);
        assertEquals(AuditChain.PROVIDER, providerWide.getChainId());
        assertThrows(IllegalStateException.class, () -> provider.append(providerWide));
    }
}
