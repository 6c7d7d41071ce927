package org.mxdr.notify.entity;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A file sent with an outbox mail (the monthly report's PDF), written in the same transaction as
 * its mail and kept with it, so a retried mail carries the same bytes.
 */
@Entity
@Table(name = "outbox_attachment")
@NamedQuery(name = OutboxAttachment.OF_MAIL, query = "SELECT a FROM OutboxAttachment a WHERE a.mailId = :mailId ORDER BY a.position")
public class OutboxAttachment {
    public static final String OF_MAIL = "OutboxAttachment.ofMail";
    /** The largest file a mail carries; a larger one is refused when queued, never when sent. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A file to attach: its name as the recipient sees it, its media type and its bytes. */
    public record File(String fileName, String contentType, byte[] content) {
        public File {
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(contentType);
            if (content.length > MAX_BYTES) {
                throw new IllegalArgumentException("attachment " + fileName + " too large for the outbox");
            }
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "mail_id", nullable = false, length = 36)
    private String mailId;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false, length = MAX_BYTES)
    private byte[] content;

    protected OutboxAttachment() {
    }

    public static OutboxAttachment of(OutboxMail mail, int position, File file) {
        OutboxAttachment a = new OutboxAttachment();
        a.id = UUID.randomUUID().toString();
        a.mailId = mail.getId();
        a.position = position;
        a.fileName = file.fileName();
        a.contentType = file.contentType();
        a.content = file.content().clone();
        return a;
    }

    public File file() {
        return new File(fileName, contentType, content.clone());
    }

    public String getMailId() {
        return mailId;
    }
}
