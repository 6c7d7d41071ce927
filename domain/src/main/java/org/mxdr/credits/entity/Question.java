package org.mxdr.credits.entity;

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

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;

/**
 * A tenant user's question to the experts, optionally about an incident. It consumes a credit when
 * one is left, and is accepted all the same, marked beyond allocation, when none is. Answers and
 * follow-ups form its thread.
 */
@Entity
@Table(name = "question")
@NamedQuery(name = Question.OF_TENANT, query = "SELECT q FROM Question q WHERE q.tenantId = :tenantId ORDER BY q.lastActivityAt DESC, q.id")
@NamedQuery(name = Question.COUNT_OF_TENANT, query = "SELECT COUNT(q) FROM Question q WHERE q.tenantId = :tenantId")
public class Question {
    public static final String OF_TENANT = "Question.ofTenant";
    public static final String COUNT_OF_TENANT = "Question.countOfTenant";
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 10_000;
    public static final int INCIDENT_MAX = 64;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "incident_id", length = INCIDENT_MAX)
    private String incidentId;

    @Column(name = "asked_by", nullable = false, length = 64)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "email_copy", nullable = false)
    private boolean emailCopy;

    @Column(name = "credit_id", length = 40)
    private String creditId;

    @Column(name = "beyond_allocation", nullable = false)
    private boolean beyondAllocation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionStatus status;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "messages", nullable = false)
    private int messages;

    @Version
    private long version;

    protected Question() {
    }

    /** A checked question; each bad value is refused naming its field. */
    public static Question ask(String tenantId, String subject, String body, String incidentId, boolean emailCopy, String by, Instant at) {
        Question q = new Question();
        q.id = UUID.randomUUID().toString();
        q.tenantId = Objects.requireNonNull(tenantId);
        q.subject = text("subject", subject, SUBJECT_MAX, "A subject is required: a line saying what the question is about.");
        q.body = text("body", body, BODY_MAX, "The question itself is required.");
        if (incidentId != null && !incidentId.isBlank()) {
            if (incidentId.strip().length() > INCIDENT_MAX) {
                throw new BadInput("incidentId", "An incident id has at most " + INCIDENT_MAX + " characters.");
            }
            q.incidentId = incidentId.strip();
        }
        q.emailCopy = emailCopy;
        q.askedBy = Objects.requireNonNull(by);
        q.askedAt = Objects.requireNonNull(at);
        q.lastActivityAt = at;
        q.status = QuestionStatus.AWAITING_EXPERTS;
        return q;
    }

    /** The ledger found a credit for it, or did not: then it is beyond allocation. */
    public void charged(CreditUse credit) {
        if (credit == null) {
            beyondAllocation = true;
        } else {
            creditId = credit.getId();
            beyondAllocation = false;
        }
    }

    /** The customer adds to the thread; the experts are to answer again. */
    public QuestionMessage followUp(String by, String text, Instant at) {
        status = QuestionStatus.AWAITING_EXPERTS;
        return add(Side.CUSTOMER, by, text, at);
    }

    /** An expert answers. */
    public QuestionMessage answer(String by, String text, Instant at) {
        status = QuestionStatus.ANSWERED;
        return add(Side.EXPERT, by, text, at);
    }

    private QuestionMessage add(Side side, String by, String text, Instant at) {
        QuestionMessage m = QuestionMessage.of(this, side, by, text("body", text, BODY_MAX, "The message is required."), at);
        lastActivityAt = at;
        messages++;
        return m;
    }

    private static String text(String field, String value, int max, String missing) {
        String s = Text.required(field, value, missing);
        if (s.length() > max) {
            throw new BadInput(field, "At most " + max + " characters (this has " + s.length() + ").");
        }
        return s;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public boolean isEmailCopy() {
        return emailCopy;
    }

    public String getCreditId() {
        return creditId;
    }

    public boolean isBeyondAllocation() {
        return beyondAllocation;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getMessages() {
        return messages;
    }

    public long getVersion() {
        return version;
    }
}
