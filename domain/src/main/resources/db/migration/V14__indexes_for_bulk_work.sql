-- Bulk work that does not depend on table statistics (PostgreSQL here runs without autovacuum, and
-- a fresh database has none yet). Runs unchanged on H2 2.x and PostgreSQL 15.

-- Every foreign key gets an index that leads with its columns: deleting or re-keying a parent row
-- (removing subscriptions, a product from the catalogue, a credit use) checks the children by index
-- instead of reading the whole child table once per parent row.
CREATE INDEX ix_expert_grant_subscription ON expert_grant (subscription_id);
CREATE INDEX ix_tenant_license_product ON tenant_license (product_key);
CREATE INDEX ix_prerequisite_rule_product ON prerequisite_rule (product_key);
CREATE INDEX ix_question_credit ON question (credit_id);

-- The credit assignment's batches walk the subscriptions of one policy in id order from where the
-- last batch stopped: with this index each batch is one index range, read in order, without a sort,
-- whatever the planner believes about the table's size.
CREATE INDEX ix_subscription_credit_batch ON subscription (credit_policy, id);
