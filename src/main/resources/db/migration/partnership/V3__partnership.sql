-- The partnership: agencies, their teams and the practitioners who work in them.
CREATE TABLE agency (
  id       uuid PRIMARY KEY,
  name     text NOT NULL UNIQUE,
  kind     text NOT NULL CHECK (kind IN ('COUNCIL', 'POLICE', 'HEALTH', 'SCHOOL', 'VOLUNTARY')),
  council  boolean NOT NULL DEFAULT false,
  version  bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE agency IS 'An organisation in the safeguarding partnership: the council''s children''s services, a police force, an NHS trust or ICB, a school, a voluntary organisation. Sensitivity: not personal.';
COMMENT ON COLUMN agency.id IS 'Agency id.';
COMMENT ON COLUMN agency.name IS 'Name as shown to users.';
COMMENT ON COLUMN agency.kind IS 'COUNCIL, POLICE, HEALTH, SCHOOL or VOLUNTARY.';
COMMENT ON COLUMN agency.council IS 'True for the council that runs this Kith (its staff hold council roles).';
COMMENT ON COLUMN agency.version IS 'Optimistic lock version.';

CREATE TABLE team (
  id        uuid PRIMARY KEY,
  agency_id uuid NOT NULL REFERENCES agency (id),
  name      text NOT NULL,
  function  text NOT NULL CHECK (function IN ('FRONT_DOOR', 'FAMILY_HELP', 'CHILD_PROTECTION', 'PARTNER', 'PERFORMANCE', 'SYSTEM')),
  version   bigint NOT NULL DEFAULT 0,
  UNIQUE (agency_id, name)
);
COMMENT ON TABLE team IS 'A team within an agency (front door, Family Help, multi-agency child protection, a partner team). Sensitivity: not personal.';
COMMENT ON COLUMN team.id IS 'Team id.';
COMMENT ON COLUMN team.agency_id IS 'The agency the team belongs to.';
COMMENT ON COLUMN team.name IS 'Team name.';
COMMENT ON COLUMN team.function IS 'What the team does: FRONT_DOOR, FAMILY_HELP, CHILD_PROTECTION, PARTNER, PERFORMANCE or SYSTEM.';
COMMENT ON COLUMN team.version IS 'Optimistic lock version.';

CREATE TABLE practitioner (
  id                       uuid PRIMARY KEY,
  agency_id                uuid NOT NULL REFERENCES agency (id),
  team_id                  uuid REFERENCES team (id),
  given_name               text NOT NULL,
  family_name              text NOT NULL,
  job_title                text NOT NULL,
  discipline               text NOT NULL,
  swe_registration_number  text CHECK (swe_registration_number ~ '^SW[0-9]{1,7}$'),
  date_qualified           date,
  version                  bigint NOT NULL DEFAULT 0
);
CREATE INDEX practitioner_team_idx ON practitioner (team_id);
COMMENT ON TABLE practitioner IS 'A person who works with children and families in any agency of the partnership. Sensitivity: personal (staff).';
COMMENT ON COLUMN practitioner.id IS 'Practitioner id.';
COMMENT ON COLUMN practitioner.agency_id IS 'The agency the practitioner works for.';
COMMENT ON COLUMN practitioner.team_id IS 'The team the practitioner works in, if any.';
COMMENT ON COLUMN practitioner.given_name IS 'Given name. Sensitivity: personal (staff).';
COMMENT ON COLUMN practitioner.family_name IS 'Family name. Sensitivity: personal (staff).';
COMMENT ON COLUMN practitioner.job_title IS 'Job title as the agency calls it.';
COMMENT ON COLUMN practitioner.discipline IS 'Professional discipline, for example SOCIAL_WORKER, HEALTH_VISITOR, POLICE_OFFICER.';
COMMENT ON COLUMN practitioner.swe_registration_number IS 'Social Work England registration number (SW followed by digits), for social workers. Sensitivity: personal (staff).';
COMMENT ON COLUMN practitioner.date_qualified IS 'Date the practitioner qualified in their discipline (experience for lead child protection practitioners). Sensitivity: personal (staff).';
COMMENT ON COLUMN practitioner.version IS 'Optimistic lock version.';
