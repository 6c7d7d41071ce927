package org.mxdr.audit.entity;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Verifies one chain as its records stream past in position order (nothing kept but the last
 * two), against the chain's signed digests and its head row. Stops at the first bad record and
 * names it: altered (its content no longer gives its hash), a record missing before it, out of
 * order, inserted, or rewritten consistently (its hashes hold but a signed digest no longer matches;
 * named is the first record after the last digest that still matches).
 */
public final class ChainCheck {

    /** One stored record, as read for the check. */
    public record Row(String id, String chainId, long position, Instant recordedAt, String actor, String tenantId, String action,
                      String before, String after, String previousHash, String hash) {
    }

    /** A digest of the chain, its signature already checked against the public key. */
    public record Digest(long position, String headHash, Instant signedAt, boolean signatureValid) {
    }

    public record Broken(String id, String reason) {
    }

    private final String chainId;
    private final Iterator<Digest> digests;
    private Digest nextDigest;
    private long records;
    private Row last;
    private String lastHash = AuditChain.GENESIS;
    private long lastPosition;
    private boolean afterGoodDigest = true;
    private String firstAfterGoodDigest;
    private Broken broken;

    /** {@code digests} in position order. */
    public ChainCheck(String chainId, List<Digest> digests) {
        this.chainId = chainId;
        this.digests = digests.iterator();
        this.nextDigest = this.digests.hasNext() ? this.digests.next() : null;
    }

    public void accept(Row row) {
        records++;
        if (broken != null) {
            return;
        }
        broken = linkProblem(row);
        if (broken == null) {
            broken = signedProblem(row);
        }
        last = row;
        lastHash = row.hash();
        lastPosition = row.position();
    }

    private Broken linkProblem(Row row) {
        if (!chainId.equals(AuditChain.of(row.tenantId())) || !chainId.equals(row.chainId())) {
            return new Broken(row.id(), "moved: its tenant does not belong to the chain " + chainId);
        }
        if (row.position() > lastPosition + 1) {
            return new Broken(row.id(), "a record before it is missing: position " + (lastPosition + 1) + " was deleted");
        }
        if (!lastHash.equals(row.previousHash())) {
            if (last != null && last.previousHash().equals(row.previousHash())) {
                return new Broken(last.id(), "inserted: the record after it names the same predecessor");
            }
            return new Broken(row.id(), "out of order: it does not follow the record before it (reordered, or one removed)");
        }
        String computed = AuditChain.hash(row.previousHash(), row.position(), row.id(), row.recordedAt(), row.actor(), row.tenantId(),
                row.action(), row.before(), row.after());
        if (!computed.equals(row.hash())) {
            return new Broken(row.id(), "altered: its content no longer gives its hash");
        }
        return null;
    }

    private Broken signedProblem(Row row) {
        if (afterGoodDigest) {
            firstAfterGoodDigest = row.id();
            afterGoodDigest = false;
        }
        while (nextDigest != null && nextDigest.position() <= row.position()) {
            Digest d = nextDigest;
            nextDigest = digests.hasNext() ? digests.next() : null;
            if (!d.signatureValid()) {
                return new Broken(row.id(), "the digest signed at " + d.signedAt() + " for position " + d.position() + " has an invalid signature");
            }
            if (d.position() < row.position() || !d.headHash().equals(row.hash())) {
                return new Broken(firstAfterGoodDigest, "rewritten: the digest signed at " + d.signedAt() + " for position " + d.position()
                        + " no longer matches the chain");
            }
            afterGoodDigest = true;
        }
        return null;
    }

    /** Ends the check against the chain's head row (null when there is none). */
    public Optional<Broken> finish(Long headPosition, String headHash) {
        if (broken == null && nextDigest != null) {
            broken = new Broken(last == null ? null : last.id(), "records are missing: a signed digest covers position " + nextDigest.position()
                    + " but the chain ends at " + lastPosition);
        }
        if (broken == null && headPosition == null && last != null) {
            broken = new Broken(last.id(), "the chain's head is missing");
        }
        if (broken == null && headPosition != null && (headPosition != lastPosition || !headHash.equals(lastHash))) {
            broken = new Broken(last == null ? null : last.id(), "the chain's head is at position " + headPosition + " but its last record at "
                    + lastPosition + ": records at its end were deleted or added");
        }
        return Optional.ofNullable(broken);
    }

    public long records() {
        return records;
    }

    public String chainId() {
        return chainId;
    }
}
