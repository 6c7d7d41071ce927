package org.mxdr.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
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
        // by hand rather than with a DateTimeFormatter: verification formats a million of these
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(27);
        pad(b, t.getYear(), 4).append('-');
        pad(b, t.getMonthValue(), 2).append('-');
        pad(b, t.getDayOfMonth(), 2).append('T');
        pad(b, t.getHour(), 2).append(':');
        pad(b, t.getMinute(), 2).append(':');
        pad(b, t.getSecond(), 2).append('.');
        return pad(b, at.getNano() / 1000, 6).append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    public static String hash(String previousHash, long position, String id, Instant recordedAt, String actor, String tenantId,
                              String action, String before, String after) {
        MessageDigest sha = SHA.get();
        sha.reset();
        field(sha, previousHash);
        field(sha, Long.toString(position));
        field(sha, id);
        field(sha, timestamp(recordedAt));
        field(sha, actor);
        field(sha, tenantId);
        field(sha, action);
        field(sha, before);
        field(sha, after);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String field) {
        if (field == null) {
            sha.update((byte) '-');
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        String length = Integer.toString(bytes.length);
        for (int i = 0; i < length.length(); i++) {
            sha.update((byte) length.charAt(i));
        }
        sha.update((byte) ':');
        sha.update(bytes);
    }

    /** The text a digest signs: the chain, its head's position and hash, and the signing time. */
    public static byte[] digestMessage(String chainId, long position, String headHash, Instant signedAt) {
        return ("mxdr-audit-digest\n" + chainId + "\n" + position + "\n" + headHash + "\n" + timestamp(signedAt) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(AuditChain::sha256);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
