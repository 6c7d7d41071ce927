package org.mxdr.notify.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One email waiting in the outbox. It is written in the transaction of the change it tells
 * about, so it exists exactly when that change committed; the sender delivers it later and
 * retries with a growing delay while the mail server is unreachable. Mail is never dropped.
 */
@Entity
@Table(name = "outbox_mail")
// mail never tried goes before retries: a backlog that a mail server refused never delays new mail
@NamedQuery(name = OutboxMail.DUE, query = "SELECT m.id FROM OutboxMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY CASE WHEN m.attempts = 0 THEN 0 ELSE 1 END, m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.CLAIM, query = "UPDATE OutboxMail m SET m.claimedUntil = :until, m.version = m.version + 1"
        + " WHERE m.id = :id AND m.status = :pending AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
public class OutboxMail {
    public static final String DUE = "OutboxMail.due";
    public static final String CLAIM = "OutboxMail.claim";
    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 20_000;
    /** The longest wait between two attempts, however often the server failed. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);

    public enum Status { PENDING, SENT }

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    public static OutboxMail of(String recipient, String subject, String body, Instant at) {
        if (subject.length() > SUBJECT_MAX || body.length() > BODY_MAX) {
            throw new IllegalArgumentException("mail too large for the outbox");
        }
        OutboxMail mail = new OutboxMail();
        mail.id = UUID.randomUUID().toString();
        mail.recipient = Objects.requireNonNull(recipient);
        mail.subject = Objects.requireNonNull(subject);
        mail.body = Objects.requireNonNull(body);
        mail.status = Status.PENDING;
        mail.createdAt = Objects.requireNonNull(at);
        mail.nextAttemptAt = at;
        return mail;
    }

    public void sent(Instant at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        claimedUntil = null;
        lastError = null;
    }

    /** Schedules the next attempt: base, 2 base, 4 base ... up to {@link #MAX_BACKOFF}. */
    public void failed(String error, Instant at, Duration base) {
        attempts++;
        nextAttemptAt = at.plus(backoff(attempts, base));
        claimedUntil = null;
        String e = error == null ? "unknown error" : error;
        lastError = e.length() > 1000 ? e.substring(0, 997) + "..." : e;
    }

    static Duration backoff(int failures, Duration base) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public String getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
