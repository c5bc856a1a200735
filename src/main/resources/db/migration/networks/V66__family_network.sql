-- The child's family network (Families First: the wider family network is involved in decisions and is the first port
-- of call). Who each person is to the child is people's relationship (person_relationship), never copied here; this
-- table holds what the person means to the child: how close, the kind of tie, whether and how they can help, how to
-- reach them and the child's own view of them.

CREATE TABLE network_member (
  id              uuid PRIMARY KEY,
  child_id        uuid NOT NULL,
  person_id       uuid NOT NULL,
  closeness       text NOT NULL CHECK (closeness IN ('VERY_CLOSE', 'CLOSE', 'DISTANT')),
  tie             text NOT NULL CHECK (tie IN ('STRONG', 'MODERATE', 'WEAK', 'STRESSFUL')),
  can_help        text NOT NULL CHECK (can_help IN ('YES', 'MAYBE', 'NO', 'NOT_ASKED')),
  help_offered    text CHECK (length(help_offered) <= 2000),
  contact         text CHECK (length(contact) <= 500),
  child_view      text CHECK (length(child_view) <= 2000),
  added_by        text NOT NULL,
  added_at        timestamptz NOT NULL,
  changed_by      text,
  changed_at      timestamptz,
  version         bigint NOT NULL DEFAULT 0,
  UNIQUE (child_id, person_id),
  CHECK (child_id <> person_id)
);
COMMENT ON TABLE network_member IS 'What a person in a child''s family network means to the child; who they are to the child is the people module''s relationship between the two. Sensitivity: personal (special category where the child''s view or the tie reveals family conflict).';
COMMENT ON COLUMN network_member.id IS 'Network member id.';
COMMENT ON COLUMN network_member.child_id IS 'The child whose network this is (a person id).';
COMMENT ON COLUMN network_member.person_id IS 'The person in the child''s network (a person id, adult or child).';
COMMENT ON COLUMN network_member.closeness IS 'How close they are to the child: VERY_CLOSE, CLOSE or DISTANT (the ring of the ecomap).';
COMMENT ON COLUMN network_member.tie IS 'The kind and strength of the tie: STRONG, MODERATE, WEAK or STRESSFUL (the line of the ecomap).';
COMMENT ON COLUMN network_member.can_help IS 'Whether they can help the child and family: YES, MAYBE, NO or NOT_ASKED.';
COMMENT ON COLUMN network_member.help_offered IS 'How they can help (care, respite, school runs). Sensitivity: personal.';
COMMENT ON COLUMN network_member.contact IS 'How to reach them (telephone, email). Sensitivity: personal.';
COMMENT ON COLUMN network_member.child_view IS 'The child''s own view of them, in the child''s words where possible. Sensitivity: personal, the child''s voice.';
COMMENT ON COLUMN network_member.added_by IS 'Who added them to the network. Sensitivity: personal (staff).';
COMMENT ON COLUMN network_member.added_at IS 'When they were added (UTC).';
COMMENT ON COLUMN network_member.changed_by IS 'Who last changed the details. Sensitivity: personal (staff).';
COMMENT ON COLUMN network_member.changed_at IS 'When the details were last changed (UTC).';
COMMENT ON COLUMN network_member.version IS 'Optimistic lock version.';
CREATE INDEX network_member_person_idx ON network_member (person_id);
