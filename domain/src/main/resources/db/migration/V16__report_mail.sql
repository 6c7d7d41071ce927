-- The monthly report mail: files attached to outbox mail, and the mark that a tenant's report for
-- a month went out. Runs unchanged on H2 2.x and PostgreSQL 15.

-- A file sent with an outbox mail, written in the mail's transaction (the monthly report's PDF).
CREATE TABLE outbox_attachment (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    mail_id       VARCHAR(36)  NOT NULL,
    position      INTEGER      NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    content       BYTEA        NOT NULL,
    CONSTRAINT fk_outbox_attachment_mail FOREIGN KEY (mail_id) REFERENCES outbox_mail (id),
    CONSTRAINT uq_outbox_attachment UNIQUE (mail_id, position)
);

-- One row per tenant and month whose report was handled: the key makes it exactly once, whichever
-- node or re-run gets there first. recipients is 0 when the setting was off or no contact was set.
CREATE TABLE monthly_report (
    tenant_id   VARCHAR(36) NOT NULL,
    report_month VARCHAR(7) NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recipients  INTEGER     NOT NULL,
    CONSTRAINT pk_monthly_report PRIMARY KEY (tenant_id, report_month),
    CONSTRAINT fk_monthly_report_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
