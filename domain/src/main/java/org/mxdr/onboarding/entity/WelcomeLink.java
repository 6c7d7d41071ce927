package org.mxdr.onboarding.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
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
 * The single-use, expiring link of a welcome email. It creates one new admin account of its tenant
 * and never touches an existing one; a newer link of the tenant voids it.
 */
@Entity
@Table(name = "welcome_link")
@NamedQuery(name = WelcomeLink.BY_HASH, query = "SELECT w FROM WelcomeLink w WHERE w.link.tokenHash = :hash")
@NamedQuery(name = WelcomeLink.OPEN_OF_TENANT,
        query = "SELECT w FROM WelcomeLink w WHERE w.tenantId = :tenantId AND w.link.usedAt IS NULL AND w.link.voidedAt IS NULL")
@NamedQuery(name = WelcomeLink.ISSUED_SINCE,
        query = "SELECT COUNT(w) FROM WelcomeLink w WHERE w.tenantId = :tenantId AND w.link.createdAt > :since")
public class WelcomeLink {
    public static final String BY_HASH = "WelcomeLink.byHash";
    public static final String ISSUED_SINCE = "WelcomeLink.issuedSince";
    public static final String OPEN_OF_TENANT = "WelcomeLink.openOfTenant";

    /** A new link and its token, which exists only in the email. */
    public record Issued(WelcomeLink link, String token) {
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 254)
    private String email;

    @Embedded
    private SingleUseLink link;

    @Column(name = "used_by", length = 64)
    private String usedBy;

    @Version
    private long version;

    protected WelcomeLink() {
    }

    public static Issued issue(String tenantId, String email, Instant at, Duration validity) {
        SingleUseLink.Issued issued = SingleUseLink.issue(at, validity);
        WelcomeLink welcome = new WelcomeLink();
        welcome.id = UUID.randomUUID().toString();
        welcome.tenantId = Objects.requireNonNull(tenantId);
        welcome.email = Objects.requireNonNull(email);
        welcome.link = issued.link();
        return new Issued(welcome, issued.token());
    }

    public SingleUseLink.State stateAt(Instant at) {
        return link.stateAt(at);
    }

    /** A newer link of the tenant was issued: this one opens nothing any more. */
    public void voidFor(Instant at) {
        link.voidFor(at);
    }

    /** Uses the link up for the account it creates; it opens nothing a second time nor after it expired. */
    public void redeem(String username, Instant at) {
        link.redeem(at, "welcome link", "Ask for a new one.");
        usedBy = Objects.requireNonNull(username);
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
        return link.getCreatedAt();
    }

    public Instant getExpiresAt() {
        return link.getExpiresAt();
    }

    public Instant getUsedAt() {
        return link.getUsedAt();
    }
}
