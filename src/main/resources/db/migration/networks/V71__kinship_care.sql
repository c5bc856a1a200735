-- Kinship care (Families First, the third principle): when a child cannot live with their parents the family network
-- is the first port of call, so the network options considered are recorded (who, when, taken up or not and why)
-- before a placement outside the network can be; kinship arrangements with their carer from the child's network,
-- the support offered from the council's kinship local offer (s22H Children Act 1989), and what the 2026 kinship
-- allowance pilot needs.

CREATE TABLE kinship_option (
  id                uuid PRIMARY KEY,
  child_id          uuid NOT NULL,
  person_id         uuid,
  person_name       text,
  considered_on     date NOT NULL,
  taken_up          boolean NOT NULL,
  reason            text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
  recorded_by       text NOT NULL,
  recorded_by_name  text NOT NULL,
  recorded_at       timestamptz NOT NULL,
  CHECK (person_id IS NOT NULL OR person_name IS NOT NULL)
);
CREATE INDEX kinship_option_child_idx ON kinship_option (child_id);
COMMENT ON TABLE kinship_option IS 'A person in the child''s network considered to care for the child, when, and whether it was taken up and why. Sensitivity: personal.';
COMMENT ON COLUMN kinship_option.id IS 'Option id.';
COMMENT ON COLUMN kinship_option.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN kinship_option.person_id IS 'The person considered, when on Kith (people.person.id).';
COMMENT ON COLUMN kinship_option.person_name IS 'The person considered, by name. Sensitivity: personal.';
COMMENT ON COLUMN kinship_option.considered_on IS 'When they were considered.';
COMMENT ON COLUMN kinship_option.taken_up IS 'Whether the option was taken up.';
COMMENT ON COLUMN kinship_option.reason IS 'Why it was or was not taken up. Sensitivity: personal.';
COMMENT ON COLUMN kinship_option.recorded_by IS 'Username of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN kinship_option.recorded_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN kinship_option.recorded_at IS 'When (UTC).';

CREATE TABLE kinship_placement_outside_network (
  id                uuid PRIMARY KEY,
  child_id          uuid NOT NULL,
  placed_on         date NOT NULL,
  reason            text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
  recorded_by       text NOT NULL,
  recorded_by_name  text NOT NULL,
  recorded_at       timestamptz NOT NULL
);
CREATE INDEX kinship_placement_outside_network_child_idx ON kinship_placement_outside_network (child_id);
COMMENT ON TABLE kinship_placement_outside_network IS 'A placement outside the child''s family network, recorded only after the network options were. Sensitivity: personal.';
COMMENT ON COLUMN kinship_placement_outside_network.id IS 'Placement id.';
COMMENT ON COLUMN kinship_placement_outside_network.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN kinship_placement_outside_network.placed_on IS 'When the child was placed.';
COMMENT ON COLUMN kinship_placement_outside_network.reason IS 'Why no one in the network could care for the child. Sensitivity: personal.';
COMMENT ON COLUMN kinship_placement_outside_network.recorded_by IS 'Username of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN kinship_placement_outside_network.recorded_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN kinship_placement_outside_network.recorded_at IS 'When (UTC).';

CREATE TABLE kinship_local_offer (
  id           int PRIMARY KEY,
  name         text NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  description  text NOT NULL,
  active       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE kinship_local_offer IS 'The council''s kinship local offer (s22H Children Act 1989): the support kinship carers may be offered. Sensitivity: not personal.';
COMMENT ON COLUMN kinship_local_offer.id IS 'Offer id.';
COMMENT ON COLUMN kinship_local_offer.name IS 'Name as shown.';
COMMENT ON COLUMN kinship_local_offer.description IS 'What it is.';
COMMENT ON COLUMN kinship_local_offer.active IS 'Whether it is offered now.';
INSERT INTO kinship_local_offer (id, name, description) VALUES
  (1, 'Kinship carer peer support group', 'Monthly meetings with other kinship carers.'),
  (2, 'Legal advice for special guardianship', 'Free legal advice before an application.'),
  (3, 'Kinship training', 'Training on caring for a child who has experienced trauma.'),
  (4, 'Financial and benefits advice', 'Help to claim the benefits and allowances a carer is entitled to.'),
  (5, 'Therapeutic support', 'Help from the virtual school and the therapeutic support team.');

CREATE TABLE kinship_arrangement (
  id                         uuid PRIMARY KEY,
  child_id                   uuid NOT NULL,
  arrangement_type           text NOT NULL CHECK (arrangement_type IN ('INFORMAL', 'KINSHIP_FOSTER_CARE',
                               'SPECIAL_GUARDIANSHIP_ORDER', 'CHILD_ARRANGEMENTS_ORDER')),
  carer_id                   uuid NOT NULL,
  started_on                 date NOT NULL,
  ended_on                   date,
  offer_ids                  int[] NOT NULL DEFAULT '{}',
  looked_after_before        boolean NOT NULL DEFAULT false,
  child_protection_plan      boolean NOT NULL DEFAULT false,
  court_safeguarding         boolean NOT NULL DEFAULT false,
  fgdm_decided_carer         boolean NOT NULL DEFAULT false,
  both_parents_dead          boolean NOT NULL DEFAULT false,
  recorded_by                text NOT NULL,
  recorded_by_name           text NOT NULL,
  recorded_at                timestamptz NOT NULL,
  version                    bigint NOT NULL DEFAULT 0,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX kinship_arrangement_child_idx ON kinship_arrangement (child_id);
COMMENT ON TABLE kinship_arrangement IS 'A child living with a kinship carer from their network, with the support offered and the evidence the kinship allowance pilot asks for. Sensitivity: personal.';
COMMENT ON COLUMN kinship_arrangement.id IS 'Arrangement id.';
COMMENT ON COLUMN kinship_arrangement.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN kinship_arrangement.arrangement_type IS 'INFORMAL (a family arrangement), KINSHIP_FOSTER_CARE (a connected person foster carer), SPECIAL_GUARDIANSHIP_ORDER or CHILD_ARRANGEMENTS_ORDER (the child lives with the carer).';
COMMENT ON COLUMN kinship_arrangement.carer_id IS 'The carer (people.person.id), related to the child in people.person_relationship.';
COMMENT ON COLUMN kinship_arrangement.started_on IS 'When it started.';
COMMENT ON COLUMN kinship_arrangement.ended_on IS 'When it ended, null while it lasts.';
COMMENT ON COLUMN kinship_arrangement.offer_ids IS 'The support offered from the kinship local offer (kinship_local_offer.id).';
COMMENT ON COLUMN kinship_arrangement.looked_after_before IS 'Allowance evidence: the child was looked after immediately before.';
COMMENT ON COLUMN kinship_arrangement.child_protection_plan IS 'Allowance evidence: the child is or was on a child protection plan.';
COMMENT ON COLUMN kinship_arrangement.court_safeguarding IS 'Allowance evidence: the court noted safeguarding concerns.';
COMMENT ON COLUMN kinship_arrangement.fgdm_decided_carer IS 'Allowance evidence: a family group decision-making meeting decided the child should live full-time with this carer.';
COMMENT ON COLUMN kinship_arrangement.both_parents_dead IS 'Allowance evidence: both parents have died.';
COMMENT ON COLUMN kinship_arrangement.recorded_by IS 'Username of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN kinship_arrangement.recorded_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN kinship_arrangement.recorded_at IS 'When (UTC).';
COMMENT ON COLUMN kinship_arrangement.version IS 'Optimistic lock version.';
