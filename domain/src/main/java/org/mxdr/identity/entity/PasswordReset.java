package org.mxdr.identity.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.SingleUseLink;

/**
 * The single-use, expiring link of a password-reset email. It sets a new password for one user;
 * a newer link of the user voids the older ones.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.BY_HASH, query = "SELECT r FROM PasswordReset r WHERE r.link.tokenHash = :hash")
@NamedQuery(name = PasswordReset.OPEN_OF_USER,
        query = "SELECT r FROM PasswordReset r WHERE r.userId = :userId AND r.link.usedAt IS NULL AND r.link.voidedAt IS NULL")
@NamedQuery(name = PasswordReset.ISSUED_SINCE, query = "SELECT COUNT(r) FROM PasswordReset r WHERE r.userId = :userId AND r.link.createdAt > :since")
public class PasswordReset {
    public static final String BY_HASH = "PasswordReset.byHash";
    public static final String OPEN_OF_USER = "PasswordReset.openOfUser";
    public static final String ISSUED_SINCE = "PasswordReset.issuedSince";

    /** A new link and its token, which exists only in the email. */
    public record Issued(PasswordReset reset, String token) {
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "user_id", nullable = false, length = 36)
    private String userId;

    /** The user's tenant, so the tenant's purge finds its links; none for provider users. */
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Embedded
    private SingleUseLink link;

    @Version
    private long version;

    protected PasswordReset() {
    }

    public static Issued issue(AppUser user, Instant at, Duration validity) {
        SingleUseLink.Issued issued = SingleUseLink.issue(at, validity);
        PasswordReset reset = new PasswordReset();
        reset.id = UUID.randomUUID().toString();
        reset.userId = user.getId();
        reset.tenantId = user.getTenantId();
        reset.link = issued.link();
        return new Issued(reset, issued.token());
    }

    public SingleUseLink.State stateAt(Instant at) {
        return link.stateAt(at);
    }

    /** A newer link of the user was issued: this one opens nothing any more. */
    public void voidFor(Instant at) {
        link.voidFor(at);
    }

    /** Uses the link up; it opens nothing a second time nor after it expired. */
    public void redeem(Instant at) {
        link.redeem(at, "reset link", "Ask for a new one on the sign-in page.");
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public Instant getExpiresAt() {
        return link.getExpiresAt();
    }
}
