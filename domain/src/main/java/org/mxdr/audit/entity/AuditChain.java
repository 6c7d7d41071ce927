package org.mxdr.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain's rules, in one place (tools/VerifyAuditChain.java repeats them for offline use).
 * A record's hash is the lower-case hex SHA-256 of its canonical encoding: the fields previous hash,
 * position, id, recorded at, actor, tenant, action, before, after, in this order, each written as
 * its length in UTF-8 bytes (decimal), a colon and those bytes; a null field is written as a single
 * {@code -}. Recorded-at is {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} in UTC (the microseconds both
 * databases keep). Positions start at 1; the first record's previous hash is 64 zeros.
 */
public final class AuditChain {
    /** The chain of records without a tenant: the provider's own. */
    public static final String PROVIDER = "provider";
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    public static String of(String tenantId) {
        return tenantId == null ? PROVIDER : tenantId;
    }

    /** The tenant a chain belongs to; null for the provider's chain. */
    public static String tenantOf(String chainId) {
        return PROVIDER.equals(chainId) ? null : chainId;
    }

    /** The time as stored and as hashed: microseconds, the precision both databases keep. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String timestamp(Instant at) {
        return TIME.format(at);
    }

    public static String hash(String previousHash, long position, String id, Instant recordedAt, String actor, String tenantId,
                              String action, String before, String after) {
        MessageDigest sha = sha256();
        for (String field : new String[] {previousHash, Long.toString(position), id, timestamp(recordedAt), actor, tenantId, action,
                before, after}) {
            if (field == null) {
                sha.update((byte) '-');
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The text a digest signs: the chain, its head's position and hash, and the signing time. */
    public static byte[] digestMessage(String chainId, long position, String headHash, Instant signedAt) {
        return ("mxdr-audit-digest\n" + chainId + "\n" + position + "\n" + headHash + "\n" + timestamp(signedAt) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
