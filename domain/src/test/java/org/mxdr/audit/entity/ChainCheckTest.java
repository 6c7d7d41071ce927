package org.mxdr.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChainCheckTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    private final AuditChainHead head = AuditChainHead.empty("t1");
    private final List<ChainCheck.Row> rows = new ArrayList<>();
    private final List<ChainCheck.Digest> digests = new ArrayList<>();

    ChainCheckTest() {
        for (int i = 1; i <= 5; i++) {
            AuditRecord r = AuditRecord.of("u" + i, "t1", "contact.added", null, "name=N" + i, AT.plusSeconds(i));
            head.append(r);
            rows.add(row(r, r.getAfter(), r.getPreviousHash(), r.getRecordHash(), r.getChainPosition()));
            digests.add(new ChainCheck.Digest(i, r.getRecordHash(), AT.plusSeconds(i), true));
        }
    }

    @Test
    void anIntactChainIsValid() {
        assertEquals(Optional.empty(), check(rows));
    }

    @Test
    void eachKindOfTamperingNamesItsRecord() {
        List<ChainCheck.Row> altered = new ArrayList<>(rows);
        ChainCheck.Row third = rows.get(2);
        altered.set(2, row(third, "name=Someone else", third.previousHash(), third.hash(), 3));
        assertBroken(altered, third.id(), "altered");

        List<ChainCheck.Row> deleted = new ArrayList<>(rows);
        deleted.remove(2);
        assertBroken(deleted, rows.get(3).id(), "missing");

        List<ChainCheck.Row> reordered = new ArrayList<>(rows);
        ChainCheck.Row fourth = rows.get(3);
        reordered.set(2, row(fourth, fourth.after(), fourth.previousHash(), fourth.hash(), 3));
        reordered.set(3, row(third, third.after(), third.previousHash(), third.hash(), 4));
        assertBroken(reordered, rows.get(3).id(), "out of order");
    }

    @Test
    void aRecomputedChainFailsItsDigestAndAForgedSignatureIsSeen() {
        List<ChainCheck.Row> rewritten = new ArrayList<>(rows.subList(0, 2));
        String prev = rows.get(1).hash();
        for (int i = 2; i < 5; i++) {
            ChainCheck.Row r = rows.get(i);
            String after = i == 2 ? "name=Forged" : r.after();
            String hash = AuditChain.hash(prev, r.position(), r.id(), r.recordedAt(), r.actor(), r.tenantId(), r.action(), r.before(), after);
            rewritten.add(row(r, after, prev, hash, r.position()));
            prev = hash;
        }
        ChainCheck check = new ChainCheck("t1", digests);
        rewritten.forEach(check::accept);
        ChainCheck.Broken broken = check.finish(5L, prev).orElseThrow();
        assertEquals(rows.get(2).id(), broken.id());
        assertTrue(broken.reason().startsWith("rewritten"), broken.reason());

        digests.set(1, new ChainCheck.Digest(2, rows.get(1).hash(), AT, false));
        assertBroken(rows, rows.get(1).id(), "invalid signature");
    }

    @Test
    void aTruncatedTailIsSeenByTheHead() {
        List<ChainCheck.Row> truncated = rows.subList(0, 4);
        digests.clear();
        ChainCheck check = new ChainCheck("t1", digests);
        truncated.forEach(check::accept);
        assertTrue(check.finish(5L, head.getHash()).orElseThrow().reason().contains("head is at position 5"));
    }

    private Optional<ChainCheck.Broken> check(List<ChainCheck.Row> chain) {
        ChainCheck check = new ChainCheck("t1", digests);
        chain.forEach(check::accept);
        return check.finish(head.getPosition(), head.getHash());
    }

    private void assertBroken(List<ChainCheck.Row> chain, String id, String reason) {
        ChainCheck.Broken broken = check(chain).orElseThrow();
        assertEquals(id, broken.id(), broken.reason());
        assertTrue(broken.reason().contains(reason), broken.reason());
    }

    private static ChainCheck.Row row(AuditRecord r, String after, String prev, String hash, long position) {
        return new ChainCheck.Row(r.getId(), "t1", position, r.getRecordedAt(), r.getActor(), "t1", r.getAction(), r.getBefore(), after, prev, hash);
    }

    private static ChainCheck.Row row(ChainCheck.Row r, String after, String prev, String hash, long position) {
        return new ChainCheck.Row(r.id(), r.chainId(), position, r.recordedAt(), r.actor(), r.tenantId(), r.action(), r.before(), after, prev, hash);
    }
}
