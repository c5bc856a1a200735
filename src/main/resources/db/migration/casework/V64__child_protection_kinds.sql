-- Child protection in the chronology and the work trays. Its steps get kinds of their own, so that the chronology
-- can be filtered to them; its entries keep an outline for users who may not open the child's child protection
-- records (a partner who works with the family only in Family Help sees that a step happened, not what it found);
-- and the lead child protection practitioner's tasks join the work trays. Casework's own tables only.
ALTER TABLE chronology_entry DROP CONSTRAINT chronology_entry_kind_check;
ALTER TABLE chronology_entry ADD CONSTRAINT chronology_entry_kind_check CHECK (kind IN ('REFERRAL', 'REFERRAL_DECISION',
  'FAMILY_HELP', 'LEAD_PRACTITIONER', 'ASSESSMENT', 'FAMILY_PLAN', 'PLAN_REVIEW', 'VISIT', 'CHILD_PROTECTION',
  'STRATEGY_DISCUSSION', 'SECTION_47_ENQUIRY', 'CONFERENCE', 'CHILD_PROTECTION_PLAN', 'CORE_GROUP', 'CLOSURE'));
COMMENT ON COLUMN chronology_entry.kind IS 'REFERRAL, REFERRAL_DECISION, FAMILY_HELP, LEAD_PRACTITIONER, ASSESSMENT, FAMILY_PLAN, PLAN_REVIEW, VISIT, CHILD_PROTECTION, STRATEGY_DISCUSSION, SECTION_47_ENQUIRY, CONFERENCE, CHILD_PROTECTION_PLAN, CORE_GROUP or CLOSURE: what the chronology filters by.';

ALTER TABLE chronology_entry ADD COLUMN outline text;
ALTER TABLE chronology_entry ADD COLUMN link_children uuid[];
ALTER TABLE chronology_entry ADD CONSTRAINT chronology_entry_outline_with_children
  CHECK ((outline IS NULL) = (link_children IS NULL));
COMMENT ON COLUMN chronology_entry.outline IS 'For an entry about child protection work: what a user who may not open the child''s child protection records is shown instead of the title and detail (the step alone, "Statutory visit"), with no link. Null for other entries. Sensitivity: personal.';
COMMENT ON COLUMN chronology_entry.link_children IS 'For an entry about child protection work: every child the linked record is about (this child and, for a strategy discussion, the siblings it was also about). The link is shown only to a user who may open the child protection records of each (people.person.id). Sensitivity: personal (identifies children).';

ALTER TABLE task DROP CONSTRAINT task_kind_check;
ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN ('COMPLETE_ASSESSMENT', 'REVIEW_FAMILY_PLAN',
  'STRATEGY_MEETING', 'INITIAL_CONFERENCE', 'STATUTORY_VISIT', 'CORE_GROUP_MEETING', 'REVIEW_CONFERENCE',
  'TRANSFER_IN_CONFERENCE'));
COMMENT ON COLUMN task.kind IS 'COMPLETE_ASSESSMENT, REVIEW_FAMILY_PLAN (Family Help); STRATEGY_MEETING, INITIAL_CONFERENCE, STATUTORY_VISIT, CORE_GROUP_MEETING, REVIEW_CONFERENCE or TRANSFER_IN_CONFERENCE (child protection).';
COMMENT ON TABLE task IS 'Work due for a family (complete the assessment, review the family plan, make the statutory visit, hold the conference), kept from events for the personal work trays of everyone working with the child. Sensitivity: personal (links staff to children).';

-- An enquiry's initial conference is the lead child protection practitioner's, and there is none until a manager
-- assigns one: until then the task is nobody's in particular, and shows on the trays of all working with the child.
ALTER TABLE task ALTER COLUMN practitioner_id DROP NOT NULL;
COMMENT ON COLUMN task.practitioner_id IS 'Whose task it is: the lead practitioner or the lead child protection practitioner (partnership.practitioner.id); null while the work waits for its lead. Sensitivity: personal (staff).';
COMMENT ON COLUMN task.episode_id IS 'The Family Help episode it belongs to, when the Family Help lead practitioner holds it (it follows a new lead, and ends when the episode closes); null for work led in child protection.';
COMMENT ON COLUMN task.source_id IS 'What it is about: the assessment, the family plan, the strategy discussion, the section 47 enquiry, the child protection plan or the transfer in. With kind and due date unique, so a redelivered event adds no second task.';

-- A child protection event ends or reassigns every open task of its work (the plan, the enquiry) at once.
CREATE INDEX task_open_source_idx ON task (source_id) WHERE done_on IS NULL;
