-- Failed sign-ins, kept per name typed and source address, to slow guessing without letting anyone lock a
-- real user out: an account is no longer locked, so its lock columns go.
CREATE TABLE sign_in_failure (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username   text        NOT NULL,
  source     text        NOT NULL,
  failed_at  timestamptz NOT NULL
);
CREATE INDEX sign_in_failure_source_idx ON sign_in_failure (source, failed_at);
CREATE INDEX sign_in_failure_failed_at_idx ON sign_in_failure (failed_at);

COMMENT ON TABLE sign_in_failure IS 'One failed sign-in (form or HTTP Basic), for the throttle: failures of one name from one address delay that address''s next attempts for that name; many failures from one address delay all its attempts. Kept for a day; a success clears its name and address. Sensitivity: personal (staff names, addresses).';
COMMENT ON COLUMN sign_in_failure.id IS 'Row id.';
COMMENT ON COLUMN sign_in_failure.username IS 'The name typed, trimmed and in lower case, whether or not an account has it. Sensitivity: personal (staff).';
COMMENT ON COLUMN sign_in_failure.source IS 'Where the attempt came from: the client''s IPv4 address, or the /64 network of an IPv6 address (as seen through trusted proxies only). Sensitivity: personal.';
COMMENT ON COLUMN sign_in_failure.failed_at IS 'When the attempt failed (UTC).';

ALTER TABLE user_account DROP COLUMN failed_sign_ins, DROP COLUMN locked_until;
