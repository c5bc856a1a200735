-- Family networks in the chronology and the work trays: their steps get kinds of their own, so that the chronology
-- can be filtered to them, and their due work (the FGDM meeting, the family's plan review, pre-proceedings reviews,
-- support package decisions and outcome reviews) joins the work trays. Casework's own tables only.
ALTER TABLE chronology_entry DROP CONSTRAINT chronology_entry_kind_check;
ALTER TABLE chronology_entry ADD CONSTRAINT chronology_entry_kind_check CHECK (kind IN ('REFERRAL', 'REFERRAL_DECISION',
  'FAMILY_HELP', 'LEAD_PRACTITIONER', 'ASSESSMENT', 'FAMILY_PLAN', 'PLAN_REVIEW', 'VISIT', 'CHILD_PROTECTION',
  'STRATEGY_DISCUSSION', 'SECTION_47_ENQUIRY', 'CONFERENCE', 'CHILD_PROTECTION_PLAN', 'CORE_GROUP', 'FAMILY_NETWORK',
  'FGDM', 'PRE_PROCEEDINGS', 'SUPPORT_PACKAGE', 'KINSHIP_CARE', 'CLOSURE'));
COMMENT ON COLUMN chronology_entry.kind IS 'REFERRAL, REFERRAL_DECISION, FAMILY_HELP, LEAD_PRACTITIONER, ASSESSMENT, FAMILY_PLAN, PLAN_REVIEW, VISIT, CHILD_PROTECTION, STRATEGY_DISCUSSION, SECTION_47_ENQUIRY, CONFERENCE, CHILD_PROTECTION_PLAN, CORE_GROUP, FAMILY_NETWORK, FGDM, PRE_PROCEEDINGS, SUPPORT_PACKAGE, KINSHIP_CARE or CLOSURE: what the chronology filters by.';

ALTER TABLE task DROP CONSTRAINT task_kind_check;
ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN ('COMPLETE_ASSESSMENT', 'REVIEW_FAMILY_PLAN',
  'STRATEGY_MEETING', 'INITIAL_CONFERENCE', 'STATUTORY_VISIT', 'CORE_GROUP_MEETING', 'REVIEW_CONFERENCE',
  'TRANSFER_IN_CONFERENCE', 'FGDM_MEETING', 'FGDM_PLAN_REVIEW', 'PRE_PROCEEDINGS_REVIEW', 'SUPPORT_PACKAGE_DECISION',
  'SUPPORT_PACKAGE_REVIEW'));
COMMENT ON COLUMN task.kind IS 'COMPLETE_ASSESSMENT, REVIEW_FAMILY_PLAN (Family Help); STRATEGY_MEETING, INITIAL_CONFERENCE, STATUTORY_VISIT, CORE_GROUP_MEETING, REVIEW_CONFERENCE or TRANSFER_IN_CONFERENCE (child protection); FGDM_MEETING, FGDM_PLAN_REVIEW, PRE_PROCEEDINGS_REVIEW, SUPPORT_PACKAGE_DECISION or SUPPORT_PACKAGE_REVIEW (family networks).';
COMMENT ON COLUMN task.source_id IS 'What it is about: the assessment, the family plan, the strategy discussion, the section 47 enquiry, the child protection plan, the transfer in, the family group decision, the pre-proceedings or the support package. With kind and due date unique, so a redelivered event adds no second task.';
