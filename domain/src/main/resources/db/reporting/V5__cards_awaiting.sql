-- The cards still awaiting each tenant's customers, for the summary across tenants: a range of this
-- index (state first) instead of every incident of the store. Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE INDEX ix_rpt_action_state ON rpt_action (state, tenant_id);
