-- Working relationships: who works with which child, and why. The access policy opens a child's record to a
-- partner practitioner only through one of these (proportionate access).
CREATE TABLE working_relationship (
  id               uuid PRIMARY KEY,
  person_id        uuid NOT NULL,
  practitioner_id  uuid NOT NULL REFERENCES practitioner (id),
  kind             text NOT NULL CHECK (kind IN ('LEAD_PRACTITIONER', 'TEAM_AROUND_THE_FAMILY', 'SUPERVISING_MANAGER')),
  source_id        uuid NOT NULL,
  started_at       timestamptz NOT NULL,
  ended_at         timestamptz
);
CREATE INDEX working_relationship_open_idx ON working_relationship (person_id, practitioner_id) WHERE ended_at IS NULL;
CREATE INDEX working_relationship_practitioner_idx ON working_relationship (practitioner_id) WHERE ended_at IS NULL;
CREATE INDEX working_relationship_source_idx ON working_relationship (source_id);
COMMENT ON TABLE working_relationship IS 'A practitioner working with a child (lead practitioner, team around the family, supervising manager), started and ended by the work that creates it (a Family Help episode). Sensitivity: personal (links staff to children).';
COMMENT ON COLUMN working_relationship.id IS 'Relationship id.';
COMMENT ON COLUMN working_relationship.person_id IS 'The child or adult worked with (people.person.id).';
COMMENT ON COLUMN working_relationship.practitioner_id IS 'The practitioner.';
COMMENT ON COLUMN working_relationship.kind IS 'LEAD_PRACTITIONER, TEAM_AROUND_THE_FAMILY or SUPERVISING_MANAGER.';
COMMENT ON COLUMN working_relationship.source_id IS 'The work that created it (a Family Help episode id).';
COMMENT ON COLUMN working_relationship.started_at IS 'When it started (UTC).';
COMMENT ON COLUMN working_relationship.ended_at IS 'When it ended (UTC), null while current.';
