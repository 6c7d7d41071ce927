-- One row per job that several servers must run once for the whole cluster rather than once per
-- server start (the credit catch-up after a start): a server takes the row's lock, and runs the job
-- only when nobody ran it within the job's quiet time, stamping the row in the same transaction.
CREATE TABLE job_lock (
    job_name     VARCHAR(64) NOT NULL PRIMARY KEY,
    last_run_ms  BIGINT
);
INSERT INTO job_lock (job_name) VALUES ('credit_catch_up');
