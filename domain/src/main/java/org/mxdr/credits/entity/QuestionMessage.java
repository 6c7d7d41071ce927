package org.mxdr.credits.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An answer of the experts or a follow-up of the customer in a question's thread. */
@Entity
@Table(name = "question_message")
@NamedQuery(name = QuestionMessage.OF_QUESTION, query = "SELECT m FROM QuestionMessage m WHERE m.questionId = :questionId "
        + "ORDER BY m.writtenAt, m.seq")
public class QuestionMessage {
    public static final String OF_QUESTION = "QuestionMessage.ofQuestion";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "question_id", nullable = false, length = 36)
    private String questionId;

    /** Its place in the thread, for messages written within the same instant. */
    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Side side;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false, length = Question.BODY_MAX)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected QuestionMessage() {
    }

    static QuestionMessage of(Question q, Side side, String author, String body, Instant at) {
        QuestionMessage m = new QuestionMessage();
        m.id = UUID.randomUUID().toString();
        m.questionId = q.getId();
        m.seq = q.getMessages() + 1;
        m.side = side;
        m.author = author;
        m.body = body;
        m.writtenAt = at;
        return m;
    }

    public String getId() {
        return id;
    }

    public String getQuestionId() {
        return questionId;
    }

    public int getSeq() {
        return seq;
    }

    public Side getSide() {
        return side;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
