-- Corrections proposed to a person's details by someone who may read but not change them (a partner
-- practitioner), accepted or rejected by the council, which alone changes identity, addresses, flags and
-- relationships.
CREATE TABLE person_correction (
  id                  uuid PRIMARY KEY,
  version             bigint NOT NULL,
  person_id           uuid NOT NULL REFERENCES person (id),
  about               text NOT NULL,
  proposed_value      text NOT NULL,
  why                 text NOT NULL,
  proposed_by         text NOT NULL,
  proposed_by_name    text NOT NULL,
  proposed_by_agency  text NOT NULL,
  proposed_at         timestamptz NOT NULL,
  status              text NOT NULL,
  decided_by          text,
  decided_by_name     text,
  decided_at          timestamptz,
  decision_note       text,
  CONSTRAINT person_correction_status CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED')),
  CONSTRAINT person_correction_decided CHECK ((status = 'PROPOSED') = (decided_at IS NULL))
);
CREATE INDEX person_correction_person_idx ON person_correction (person_id, proposed_at);
CREATE INDEX person_correction_open_idx ON person_correction (person_id) WHERE status = 'PROPOSED';

COMMENT ON TABLE person_correction IS 'Corrections to a person''s details proposed by partners, decided by the council. Sensitivity: personal (about a child or adult).';
COMMENT ON COLUMN person_correction.id IS 'Identifier of the proposal.';
COMMENT ON COLUMN person_correction.version IS 'Optimistic lock: decisions check it.';
COMMENT ON COLUMN person_correction.person_id IS 'The person whose details the proposal is about (person.id).';
COMMENT ON COLUMN person_correction.about IS 'Which detail: NAME, DATE_OF_BIRTH, NHS_NUMBER, ADDRESS, FLAGS, RELATIONSHIPS or OTHER.';
COMMENT ON COLUMN person_correction.proposed_value IS 'What the proposer says the detail should be. Sensitivity: personal.';
COMMENT ON COLUMN person_correction.why IS 'How the proposer knows. Sensitivity: personal.';
COMMENT ON COLUMN person_correction.proposed_by IS 'Username of the proposer. Sensitivity: personal (staff).';
COMMENT ON COLUMN person_correction.proposed_by_name IS 'Name of the proposer at the time. Sensitivity: personal (staff).';
COMMENT ON COLUMN person_correction.proposed_by_agency IS 'Agency of the proposer at the time.';
COMMENT ON COLUMN person_correction.proposed_at IS 'When it was proposed (UTC).';
COMMENT ON COLUMN person_correction.status IS 'PROPOSED, ACCEPTED or REJECTED.';
COMMENT ON COLUMN person_correction.decided_by IS 'Username of the council user who decided. Sensitivity: personal (staff).';
COMMENT ON COLUMN person_correction.decided_by_name IS 'Name of the council user who decided. Sensitivity: personal (staff).';
COMMENT ON COLUMN person_correction.decided_at IS 'When it was decided (UTC).';
COMMENT ON COLUMN person_correction.decision_note IS 'What the council did or why it was rejected. Sensitivity: personal.';
