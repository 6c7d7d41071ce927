package org.mxdr.credits.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a question used credit number {@code seq} of a grant; its id is the credit's id. */
@Entity
@Table(name = "credit_use")
public class CreditUse {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "grant_id", nullable = false, length = 36)
    private String grantId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "question_id", nullable = false, length = 36)
    private String questionId;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected CreditUse() {
    }

    static CreditUse of(CreditGrant grant, int seq, String questionId, Instant at) {
        CreditUse u = new CreditUse();
        u.id = grant.creditId(seq);
        u.grantId = grant.getId();
        u.seq = seq;
        u.questionId = Objects.requireNonNull(questionId);
        u.usedAt = Objects.requireNonNull(at);
        return u;
    }

    public String getId() {
        return id;
    }

    public String getGrantId() {
        return grantId;
    }

    public int getSeq() {
        return seq;
    }

    public String getQuestionId() {
        return questionId;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
