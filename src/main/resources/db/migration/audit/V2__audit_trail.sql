-- The append-only, tamper-evident audit trail: one hash chain per local authority.
CREATE TABLE audit_entry (
  authority     text        NOT NULL,
  position      bigint      NOT NULL,
  occurred_at   timestamptz NOT NULL,
  username      text        NOT NULL,
  role          text        NOT NULL,
  agency        text        NOT NULL,
  action        text        NOT NULL,
  outcome       text        NOT NULL,
  subject_ids   uuid[]      NOT NULL DEFAULT '{}',
  fields        text[]      NOT NULL DEFAULT '{}',
  route         text        NOT NULL,
  reason        text,
  detail        text,
  previous_hash text        NOT NULL,
  hash          text        NOT NULL,
  PRIMARY KEY (authority, position)
);
CREATE INDEX audit_entry_subjects_idx ON audit_entry USING gin (subject_ids);
CREATE INDEX audit_entry_username_idx ON audit_entry (username, occurred_at);

COMMENT ON TABLE audit_entry IS 'Append-only audit trail of every view, search, change, disclosure, sign-in and refusal. Each entry stores the previous entry''s hash (per authority), so any change to a row breaks the chain. Kith''s database role may only insert and read.';
COMMENT ON COLUMN audit_entry.authority IS 'DfE code of the local authority whose chain this entry belongs to.';
COMMENT ON COLUMN audit_entry.position IS 'Position in the authority''s chain, from 1, assigned under the chain lock.';
COMMENT ON COLUMN audit_entry.occurred_at IS 'When it happened (UTC, microseconds).';
COMMENT ON COLUMN audit_entry.username IS 'Who acted (sign-in name, or the name typed at a failed sign-in). Sensitivity: personal (staff).';
COMMENT ON COLUMN audit_entry.role IS 'The actor''s role at the time.';
COMMENT ON COLUMN audit_entry.agency IS 'The actor''s agency at the time.';
COMMENT ON COLUMN audit_entry.action IS 'What was done, for example PERSON_VIEWED, SIGN_IN_FAILED.';
COMMENT ON COLUMN audit_entry.outcome IS 'ALLOWED, REFUSED or FAILED.';
COMMENT ON COLUMN audit_entry.subject_ids IS 'Ids of the records concerned (people, grants). Sensitivity: personal (links to children).';
COMMENT ON COLUMN audit_entry.fields IS 'Names of the fields changed (never their values).';
COMMENT ON COLUMN audit_entry.route IS 'Where from: HTTP method and path, or the job that acted.';
COMMENT ON COLUMN audit_entry.reason IS 'Why, where a reason is required (break-glass, grants). Sensitivity: may be personal.';
COMMENT ON COLUMN audit_entry.detail IS 'Short extra context, such as search criteria. Sensitivity: personal.';
COMMENT ON COLUMN audit_entry.previous_hash IS 'Hash of the previous entry in this authority''s chain (64 zeros for the first).';
COMMENT ON COLUMN audit_entry.hash IS 'SHA-256 of this entry''s content and previous_hash, hex.';

-- Defence in depth beside the revoked privileges (afterMigrate.sql): no role may rewrite history in place.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
COMMENT ON FUNCTION audit_entry_is_append_only() IS 'Refuses UPDATE and DELETE on audit_entry.';
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
