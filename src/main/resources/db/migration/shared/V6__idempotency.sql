-- Creating API requests may carry an Idempotency-Key: the same key from the same user creates one record.
CREATE TABLE idempotency_key (
  username    text NOT NULL,
  key         text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  route       text NOT NULL,
  resource_id uuid NOT NULL,
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (username, key)
);
COMMENT ON TABLE idempotency_key IS 'Idempotency keys of creating API requests and the record each created. Sensitivity: not personal beyond the staff username.';
COMMENT ON COLUMN idempotency_key.username IS 'The user who sent the key. Sensitivity: personal (staff).';
COMMENT ON COLUMN idempotency_key.key IS 'The Idempotency-Key header value.';
COMMENT ON COLUMN idempotency_key.route IS 'The route it was sent to.';
COMMENT ON COLUMN idempotency_key.resource_id IS 'The id of the record the first request created.';
COMMENT ON COLUMN idempotency_key.created_at IS 'When the key was first used (UTC).';
