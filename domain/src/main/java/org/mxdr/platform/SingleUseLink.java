package org.mxdr.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The life of a link mailed to one person: it works once, until it expires, and a newer link of
 * the same purpose voids it. Only a hash of its token is stored, so the table alone opens no
 * door; the token itself exists only in the email.
 */
@Embeddable
public class SingleUseLink {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What following the link would do at a given instant. */
    public enum State { VALID, USED, EXPIRED, REPLACED }

    /** A new link and its token, which exists only in the email. */
    public record Issued(SingleUseLink link, String token) {
    }

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected SingleUseLink() {
    }

    public static Issued issue(Instant at, Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a link must be valid for some time");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        SingleUseLink link = new SingleUseLink();
        link.tokenHash = hash(token);
        link.createdAt = Objects.requireNonNull(at);
        link.expiresAt = at.plus(validity);
        return new Issued(link, token);
    }

    /** What is stored of a token: its SHA-256, in hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public State stateAt(Instant at) {
        if (usedAt != null) {
            return State.USED;
        }
        if (voidedAt != null) {
            return State.REPLACED;
        }
        return at.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
    }

    /** A newer link of the same purpose was issued: this one opens nothing any more. */
    public void voidFor(Instant at) {
        if (usedAt == null && voidedAt == null) {
            voidedAt = Objects.requireNonNull(at);
        }
    }

    /**
     * Uses the link up; it opens nothing a second time nor after it expired.
     * @param name what the person calls it ("welcome link"), for the refusals
     * @param askAgain where a new one comes from, the end of each refusal
     */
    public void redeem(Instant at, String name, String askAgain) {
        switch (stateAt(at)) {
            case USED -> throw new Conflict("This " + name + " has been used already. " + askAgain);
            case EXPIRED -> throw new Conflict("This " + name + " expired on " + expiresAt + ". " + askAgain);
            case REPLACED -> throw new Conflict("A newer " + name + " replaced this one. Use the link from your most recent email.");
            case VALID -> usedAt = at;
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
