-- The webhook sender's due query (WebhookDelivery.DUE) asks for pending deliveries due by now in
-- the order of their due time and id, a batch at a time: an index in exactly that order lets the
-- database read the first batch off the index and stop, instead of sorting every due row
-- (bench/webhook-due shows both plans). Runs unchanged on H2 2.x and PostgreSQL 15.
DROP INDEX ix_webhook_delivery_due;
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at, id);
