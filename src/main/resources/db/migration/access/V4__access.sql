-- Who may sign in, as what, and who may open restricted records.
CREATE TABLE user_account (
  username         text PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
  password_hash    text NOT NULL,
  role             text NOT NULL,
  practitioner_id  uuid NOT NULL REFERENCES practitioner (id),
  enabled          boolean NOT NULL DEFAULT true,
  failed_sign_ins  int NOT NULL DEFAULT 0,
  locked_until     timestamptz
);
COMMENT ON TABLE user_account IS 'A user who may sign in to Kith: a practitioner of an agency in one role. Sensitivity: personal (staff), secret (password hash).';
COMMENT ON COLUMN user_account.username IS 'Sign-in name. Sensitivity: personal (staff).';
COMMENT ON COLUMN user_account.password_hash IS 'BCrypt hash of the password. Sensitivity: secret.';
COMMENT ON COLUMN user_account.role IS 'Role: PRACTITIONER, TEAM_MANAGER, FRONT_DOOR, PARTNER_PRACTITIONER, CONFERENCE_CHAIR, PERFORMANCE_ANALYST or ADMINISTRATOR.';
COMMENT ON COLUMN user_account.practitioner_id IS 'The practitioner this account belongs to.';
COMMENT ON COLUMN user_account.enabled IS 'False when the account is switched off.';
COMMENT ON COLUMN user_account.failed_sign_ins IS 'Consecutive failed sign-ins since the last success.';
COMMENT ON COLUMN user_account.locked_until IS 'Sign-in refused until this time after repeated failures (UTC).';

CREATE TABLE restricted_record (
  person_id  uuid PRIMARY KEY,
  marked_by  text NOT NULL,
  marked_at  timestamptz NOT NULL,
  reason     text NOT NULL
);
COMMENT ON TABLE restricted_record IS 'People whose record only named users may open (for example a child of a member of staff). Sensitivity: personal.';
COMMENT ON COLUMN restricted_record.person_id IS 'The restricted person (people.person.id).';
COMMENT ON COLUMN restricted_record.marked_by IS 'Who restricted the record. Sensitivity: personal (staff).';
COMMENT ON COLUMN restricted_record.marked_at IS 'When the record was restricted (UTC).';
COMMENT ON COLUMN restricted_record.reason IS 'Why the record is restricted. Sensitivity: personal.';

CREATE TABLE restricted_access_grant (
  id          uuid PRIMARY KEY,
  person_id   uuid NOT NULL,
  username    text NOT NULL REFERENCES user_account (username),
  granted_by  text NOT NULL,
  granted_at  timestamptz NOT NULL,
  reason      text NOT NULL,
  revoked_by  text,
  revoked_at  timestamptz
);
CREATE UNIQUE INDEX restricted_access_grant_current_idx ON restricted_access_grant (person_id, username) WHERE revoked_at IS NULL;
COMMENT ON TABLE restricted_access_grant IS 'A named user allowed to open a restricted record; revoked grants are kept as history. Sensitivity: personal.';
COMMENT ON COLUMN restricted_access_grant.id IS 'Grant id.';
COMMENT ON COLUMN restricted_access_grant.person_id IS 'The restricted person.';
COMMENT ON COLUMN restricted_access_grant.username IS 'The user who may open the record. Sensitivity: personal (staff).';
COMMENT ON COLUMN restricted_access_grant.granted_by IS 'The administrator who granted access. Sensitivity: personal (staff).';
COMMENT ON COLUMN restricted_access_grant.granted_at IS 'When access was granted (UTC).';
COMMENT ON COLUMN restricted_access_grant.reason IS 'Why the user needs access. Sensitivity: personal.';
COMMENT ON COLUMN restricted_access_grant.revoked_by IS 'The administrator who revoked access. Sensitivity: personal (staff).';
COMMENT ON COLUMN restricted_access_grant.revoked_at IS 'When access was revoked (UTC), null while current.';
