-- Leads from the public interest form, worked by commercial executives.
CREATE TABLE sales_lead (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    email          VARCHAR(254)  NOT NULL,
    organisation   VARCHAR(200)  NOT NULL,
    country        VARCHAR(2)    NOT NULL,
    seats          INTEGER       NOT NULL,
    message        VARCHAR(4000) NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    notes          VARCHAR(4000),
    client_address VARCHAR(64)   NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(64),
    version        BIGINT        NOT NULL
);
-- newest first, optionally by state
CREATE INDEX ix_lead_submitted ON sales_lead (submitted_at);
CREATE INDEX ix_lead_state_submitted ON sales_lead (state, submitted_at);
-- the rate limits count recent submissions per address and per email
CREATE INDEX ix_lead_email_submitted ON sales_lead (email, submitted_at);
CREATE INDEX ix_lead_client_submitted ON sales_lead (client_address, submitted_at);
