-- Failed sign-ins counted per source, so every node refuses a throttled source alike: one row per
-- client address and one per username at an address. Never per username alone, so a stranger
-- cannot lock the owner out.
CREATE TABLE sign_in_source (
    source_key       VARCHAR(400) NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until    TIMESTAMP WITH TIME ZONE
);

-- A welcome link is void once a newer one is issued for the tenant: only the latest email opens a door.
ALTER TABLE welcome_link ADD COLUMN voided_at TIMESTAMP WITH TIME ZONE;
