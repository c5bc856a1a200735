-- Child protection gives partners proportionate access of its own: a partner member of the multi-agency child
-- protection team sees the children the team works with, a partner in a plan's core group sees that child while
-- the plan lasts, and the lead child protection practitioner works with the child they lead for.
ALTER TABLE working_relationship DROP CONSTRAINT working_relationship_kind_check;
ALTER TABLE working_relationship ADD CONSTRAINT working_relationship_kind_check CHECK (kind IN ('LEAD_PRACTITIONER',
  'TEAM_AROUND_THE_FAMILY', 'SUPERVISING_MANAGER', 'LEAD_CHILD_PROTECTION_PRACTITIONER', 'CHILD_PROTECTION_TEAM',
  'CORE_GROUP'));
COMMENT ON COLUMN working_relationship.kind IS 'LEAD_PRACTITIONER, TEAM_AROUND_THE_FAMILY, SUPERVISING_MANAGER, LEAD_CHILD_PROTECTION_PRACTITIONER, CHILD_PROTECTION_TEAM or CORE_GROUP. The last three open a child''s child protection records to a partner.';
COMMENT ON COLUMN working_relationship.source_id IS 'The work that created it (a Family Help episode, or a child protection step-up, strategy discussion, enquiry or plan).';
