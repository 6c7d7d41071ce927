package org.mxdr.onboarding.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.Conflict;

/**
 * The single-use, expiring link of a welcome email. It creates one new admin account of its tenant
 * and never touches an existing one; a newer link of the tenant voids it. Only a hash of the token
 * is stored, so the table alone opens no door.
 */
@Entity
@Table(name = "welcome_link")
@NamedQuery(name = WelcomeLink.BY_HASH, query = "SELECT w FROM WelcomeLink w WHERE w.tokenHash = :hash")
@NamedQuery(name = WelcomeLink.OPEN_OF_TENANT,
        query = "SELECT w FROM WelcomeLink w WHERE w.tenantId = :tenantId AND w.usedAt IS NULL AND w.voidedAt IS NULL")
@NamedQuery(name = WelcomeLink.ISSUED_SINCE,
        query = "SELECT COUNT(w) FROM WelcomeLink w WHERE w.tenantId = :tenantId AND w.createdAt > :since")
public class WelcomeLink {
    public static final String BY_HASH = "WelcomeLink.byHash";
    public static final String ISSUED_SINCE = "WelcomeLink.issuedSince";
    public static final String OPEN_OF_TENANT = "WelcomeLink.openOfTenant";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What following the link would do at a given instant. */
    public enum State { VALID, USED, EXPIRED, REPLACED }

    /** A new link and its token, which exists only in the email. */
    public record Issued(WelcomeLink link, String token) {
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by", length = 64)
    private String usedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Version
    private long version;

    protected WelcomeLink() {
    }

    public static Issued issue(String tenantId, String email, Instant at, Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a welcome link must be valid for some time");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        WelcomeLink link = new WelcomeLink();
        link.id = UUID.randomUUID().toString();
        link.tenantId = Objects.requireNonNull(tenantId);
        link.email = Objects.requireNonNull(email);
        link.tokenHash = hash(token);
        link.createdAt = Objects.requireNonNull(at);
        link.expiresAt = at.plus(validity);
        return new Issued(link, token);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
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

    /** A newer link of the tenant was issued: this one opens nothing any more. */
    public void voidFor(Instant at) {
        if (usedAt == null && voidedAt == null) {
            voidedAt = Objects.requireNonNull(at);
        }
    }

    /** Uses the link up; it opens nothing a second time nor after it expired. */
    public void redeem(String username, Instant at) {
        switch (stateAt(at)) {
            case USED -> throw new Conflict("This welcome link has been used already. Ask for a new one.");
            case EXPIRED -> throw new Conflict("This welcome link expired on " + expiresAt + ". Ask for a new one.");
            case REPLACED -> throw new Conflict("A newer welcome link replaced this one. Use the link from your most recent welcome email.");
            case VALID -> {
                usedAt = at;
                usedBy = Objects.requireNonNull(username);
            }
        }
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
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
