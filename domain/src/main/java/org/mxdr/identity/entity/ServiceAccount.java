package org.mxdr.identity.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;

/**
 * A machine's account: OAuth 2.0 client credentials whose id is the
 * client id. The secret is shown once, when created or rotated, and kept as its SHA-256 only: it
 * is 256 random bits, so a slow password hash would add cost at every token request and no
 * protection. A revoked account gets no new token; tokens already issued end with their lifetime.
 */
@Entity
@Table(name = "service_account")
@NamedQuery(name = ServiceAccount.LIVE, query = "SELECT a FROM ServiceAccount a WHERE a.revokedAt IS NULL ORDER BY a.name, a.id")
@NamedQuery(name = ServiceAccount.LIVE_OF_TENANT, query = "SELECT a FROM ServiceAccount a WHERE a.revokedAt IS NULL AND a.tenantId = :tenantId ORDER BY a.name, a.id")
public class ServiceAccount {
    public static final String LIVE = "ServiceAccount.live";
    public static final String LIVE_OF_TENANT = "ServiceAccount.liveOfTenant";
    public static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Convert(converter = RoleConverter.class)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "secret_rotated_at")
    private Instant secretRotatedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ServiceAccount() {
    }

    /** A new account and the secret to show once. */
    public record Created(ServiceAccount account, String secret) {
    }

    /** Creates an account after the same role rules as for people: a tenant role with a tenant, a provider role without. */
    public static Created create(String name, Role role, String tenantId, String by, Instant at) {
        return withSecret(UUID.randomUUID().toString(), name, role, tenantId, newSecret(), by, at);
    }

    /** An account with a chosen client id and secret: only the demo's published detection platform has one. */
    public static Created withSecret(String clientId, String name, Role role, String tenantId, String secret, String by, Instant at) {
        ServiceAccount account = new ServiceAccount();
        account.id = Objects.requireNonNull(clientId);
        account.name = checkName(name);
        if (role == null) {
            throw new BadInput("role", "A role is required: one of " + Role.allNames() + ".");
        }
        if (role.onTenantSide() && tenantId == null) {
            throw new BadInput("tenantId", "A service account with the role " + role.securityName() + " belongs to a tenant: tenantId is required.");
        }
        if (!role.onTenantSide() && tenantId != null) {
            throw new BadInput("tenantId", "A service account with the provider role " + role.securityName() + " belongs to no tenant: leave tenantId out.");
        }
        account.role = role;
        account.tenantId = tenantId;
        account.secretHash = hash(secret);
        account.createdBy = Objects.requireNonNull(by);
        account.createdAt = Objects.requireNonNull(at);
        return new Created(account, secret);
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new BadInput("name", "A name is required: what the account is for, e.g. 'Detection platform'.");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME) {
            throw new BadInput("name", "The name must have at most " + MAX_NAME + " characters.");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new BadInput("name", "The name cannot contain control characters.");
        }
        return trimmed;
    }

    /** A new secret replaces the old one at once; tokens issued with the old one end with their lifetime. */
    public String rotateSecret(Instant at) {
        requireLive();
        String secret = newSecret();
        secretHash = hash(secret);
        secretRotatedAt = Objects.requireNonNull(at);
        return secret;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(at);
        }
    }

    /** Whether these client credentials may have a token: the account is live and the secret is its own. */
    public boolean accepts(String secret) {
        byte[] given = hash(secret == null ? "" : secret).getBytes(StandardCharsets.US_ASCII);
        boolean same = MessageDigest.isEqual(given, secretHash.getBytes(StandardCharsets.US_ASCII));
        return same && revokedAt == null;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean belongsTo(String tenant) {
        return tenantId != null && tenantId.equals(tenant);
    }

    private void requireLive() {
        if (revokedAt != null) {
            throw new BadInput("id", "The service account '" + id + "' is revoked.");
        }
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSecretRotatedAt() {
        return secretRotatedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    String getSecretHash() {
        return secretHash;
    }
}
