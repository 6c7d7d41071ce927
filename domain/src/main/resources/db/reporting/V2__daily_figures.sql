-- The report's figures per tenant and UTC day, so a report reads about one row per day instead of
-- every incident of its period (org.mxdr.reports.control.DailyFigures). The writer of the store
-- recounts each day a batch touched from the day's own rows, in the batch's transaction, so these
-- rows always equal a count from scratch; V3 (a Java migration) fills them for a store's existing rows.

-- The figures that add up over days: counts, and sums with their counts for the means.
CREATE TABLE rpt_day (
    tenant_id              VARCHAR(36) NOT NULL,
    on_day DATE        NOT NULL,
    -- incidents created on the day
    investigated           BIGINT      NOT NULL,
    -- incidents resolved on the day, those with the customer's help, and their times
    resolved               BIGINT      NOT NULL,
    resolved_with_customer BIGINT      NOT NULL,
    resolve_ms_count       BIGINT      NOT NULL,
    resolve_ms_total       BIGINT      NOT NULL,
    expert_ms_count        BIGINT      NOT NULL,
    expert_ms_total        BIGINT      NOT NULL,
    customer_ms_total      BIGINT      NOT NULL,
    CONSTRAINT pk_rpt_day PRIMARY KEY (tenant_id, on_day)
);

-- Medians do not add up: the day keeps the values themselves (RESOLVE: times to resolve of the
-- incidents resolved on the day; CARD: times to complete of the cards completed on the day), sorted,
-- comma-separated, in parts of at most 2,000 values.
CREATE TABLE rpt_day_value (
    tenant_id VARCHAR(36)    NOT NULL,
    on_day DATE           NOT NULL,
    figure    VARCHAR(8)     NOT NULL,
    part      INTEGER        NOT NULL,
    vals      VARCHAR(32000) NOT NULL,
    CONSTRAINT pk_rpt_day_value PRIMARY KEY (tenant_id, on_day, figure, part)
);

-- Incidents created on a day (span D) or in a calendar month (span M, on_day = its first day) by
-- SEVERITY, CATEGORY and TACTIC, and per DEVICE and USER (name = its id, label = its greatest name):
-- a report sums the months it covers whole and the days around them.
CREATE TABLE rpt_day_count (
    tenant_id VARCHAR(36)  NOT NULL,
    dimension VARCHAR(8)   NOT NULL,
    span      CHAR(1)      NOT NULL,
    on_day DATE         NOT NULL,
    name      VARCHAR(128) NOT NULL,
    label     VARCHAR(200),
    n         BIGINT       NOT NULL,
    CONSTRAINT pk_rpt_day_count PRIMARY KEY (tenant_id, dimension, span, on_day, name)
);

-- the day recount finds a card completed on a day, a report its period's cards, by the tenant's index
CREATE INDEX ix_rpt_action_answered ON rpt_action (tenant_id, answered_at);
CREATE INDEX ix_rpt_action_incident_created ON rpt_action (tenant_id, incident_created_at);
