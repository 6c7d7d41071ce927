package org.mxdr.onboarding.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;

/**
 * A tenant's purchase of the service: term, seats, credit policy, English as the language, and
 * the tenant's consent that the experts may access its hunting data, recorded at purchase.
 */
@Entity
@Table(name = "subscription")
@NamedQuery(name = Subscription.OF_TENANT,
        query = "SELECT s FROM Subscription s WHERE s.tenantId = :tenantId ORDER BY s.transactedAt DESC, s.id")
@NamedQuery(name = Subscription.OF_TENANTS,
        query = "SELECT s FROM Subscription s WHERE s.tenantId IN :tenantIds ORDER BY s.transactedAt DESC, s.id")
public class Subscription {
    public static final String OF_TENANT = "Subscription.ofTenant";
    public static final String OF_TENANTS = "Subscription.ofTenants";
    public static final int MAX_SEATS = 1_000_000;

    /** Stored states; the shown status also depends on the day (see {@link #statusOn}). */
    enum State { ACTIVE, TERMINATED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Embedded
    private Term term;

    @Column(nullable = false)
    private int seats;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_policy", nullable = false, length = 16)
    private CreditPolicy creditPolicy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State status;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "hunting_consent", nullable = false)
    private boolean huntingConsent;

    @Column(name = "hunting_consent_at", nullable = false)
    private Instant huntingConsentAt;

    @Column(name = "transacted_by", nullable = false, length = 64)
    private String transactedBy;

    @Column(name = "transacted_at", nullable = false)
    private Instant transactedAt;

    @Column(name = "terminated_by", length = 64)
    private String terminatedBy;

    @Column(name = "terminated_at")
    private Instant terminatedAt;

    @Version
    private long version;

    protected Subscription() {
    }

    /**
     * Checks the seats and records the purchase of the term. The term may have started already (a
     * contract signed late) but must not be over on the day of the purchase (UTC, as terms are).
     */
    public static Subscription transact(String tenantId, Term term, Integer seats, CreditPolicy creditPolicy, String by, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (term.isOverOn(today)) {
            throw new BadInput("termEnd", "The term ended on " + term.lastDay() + ", before today (" + today + ").");
        }
        if (seats == null) {
            throw new BadInput("seats", "The number of seats is required.");
        }
        if (seats < 1 || seats > MAX_SEATS) {
            throw new BadInput("seats", "The number of seats must be between 1 and " + MAX_SEATS + ".");
        }
        Subscription s = new Subscription();
        s.id = UUID.randomUUID().toString();
        s.tenantId = Objects.requireNonNull(tenantId);
        s.term = Objects.requireNonNull(term);
        s.seats = seats;
        s.creditPolicy = creditPolicy == null ? CreditPolicy.MONTHLY : creditPolicy;
        s.status = State.ACTIVE;
        s.language = Tenant.LANGUAGE;
        // the purchase itself carries the consent to the experts' access to hunting data
        s.huntingConsent = true;
        s.huntingConsentAt = Objects.requireNonNull(at);
        s.transactedBy = Objects.requireNonNull(by);
        s.transactedAt = at;
        return s;
    }

    /** Ends the subscription now; the experts' access ends with it. */
    public void terminate(String by, Instant at, LocalDate today) {
        if (!isCurrentOn(today)) {
            throw new Conflict("The subscription is " + statusOn(today).name().toLowerCase() + " already; there is nothing to terminate.");
        }
        status = State.TERMINATED;
        terminatedBy = Objects.requireNonNull(by);
        terminatedAt = Objects.requireNonNull(at);
    }

    public SubscriptionStatus statusOn(LocalDate today) {
        if (status == State.TERMINATED) {
            return SubscriptionStatus.TERMINATED;
        }
        if (term.isOverOn(today)) {
            return SubscriptionStatus.ENDED;
        }
        return term.isAheadOn(today) ? SubscriptionStatus.SCHEDULED : SubscriptionStatus.ACTIVE;
    }

    /** Active or scheduled: while one is current, the tenant cannot buy another. */
    public boolean isCurrentOn(LocalDate today) {
        SubscriptionStatus s = statusOn(today);
        return s == SubscriptionStatus.ACTIVE || s == SubscriptionStatus.SCHEDULED;
    }

    /** The instant the term ends: the end of its last day, UTC. Grants of access last no longer. */
    public Instant endsAt() {
        return term.endsAt();
    }

    /**
     * When the subscription stopped: the termination, or the end of its term once that is past;
     * empty while it is current. The retention's grace period counts from here.
     */
    public java.util.Optional<Instant> endedAt(LocalDate today) {
        return switch (statusOn(today)) {
            case TERMINATED -> java.util.Optional.of(terminatedAt);
            case ENDED -> java.util.Optional.of(endsAt());
            default -> java.util.Optional.empty();
        };
    }

    /** The state for the audit trail. */
    public String describe(LocalDate today) {
        return "status=" + statusOn(today) + "; term=" + term + "; seats=" + seats
                + "; creditPolicy=" + creditPolicy + "; language=" + language
                + (terminatedAt == null ? "" : "; terminatedBy=" + terminatedBy + "; terminatedAt=" + terminatedAt);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public Term getTerm() {
        return term;
    }

    public int getSeats() {
        return seats;
    }

    public CreditPolicy getCreditPolicy() {
        return creditPolicy;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isHuntingConsent() {
        return huntingConsent;
    }

    public Instant getHuntingConsentAt() {
        return huntingConsentAt;
    }

    public String getTransactedBy() {
        return transactedBy;
    }

    public Instant getTransactedAt() {
        return transactedAt;
    }

    public String getTerminatedBy() {
        return terminatedBy;
    }

    public Instant getTerminatedAt() {
        return terminatedAt;
    }
}
