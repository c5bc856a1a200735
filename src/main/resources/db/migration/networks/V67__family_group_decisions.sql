-- Family group decision making (Working Together 2023; s31ZA Children Act 1989 as inserted by the Children's
-- Wellbeing and Schools Act 2026): for a child (and, if the practitioner says so, their brothers and sisters), at a
-- stage of the council's work: considered, offered to the family (or, with a manager's approval, not offered because
-- a meeting is not in the child's best interests), the family's answer, the independent coordinator, preparation,
-- the meeting with its private family time, the family's plan and its review.

CREATE TABLE family_group_decision (
  id                          uuid PRIMARY KEY,
  version                     bigint NOT NULL DEFAULT 0,
  child_id                    uuid NOT NULL,
  sibling_ids                 uuid[] NOT NULL DEFAULT '{}',
  stage                       text NOT NULL CHECK (stage IN ('FAMILY_HELP', 'CHILD_PROTECTION', 'PRE_PROCEEDINGS')),
  status                      text NOT NULL CHECK (status IN ('CONSIDERED', 'NOT_OFFERING_PROPOSED', 'NOT_OFFERED',
                                'OFFERED', 'ACCEPTED', 'DECLINED', 'MEETING_HELD', 'PLAN_AGREED', 'PLAN_REVIEWED')),
  considered_on               date NOT NULL,
  considered_by_name          text NOT NULL,
  not_offering_reason         text CHECK (length(not_offering_reason) <= 2000),
  not_offering_proposed_by    text,
  not_offering_proposed_on    date,
  not_offering_decided_by     text,
  not_offering_decided_on     date,
  not_offering_approved       boolean,
  not_offering_manager_note   text CHECK (length(not_offering_manager_note) <= 2000),
  offered_to                  text CHECK (length(offered_to) <= 2000),
  offered_on                  date,
  offered_by_name             text,
  answer                      text CHECK (answer IN ('ACCEPTED', 'DECLINED')),
  answered_by                 text CHECK (length(answered_by) <= 2000),
  answered_on                 date,
  meeting_due_on              date,
  coordinator_id              uuid,
  coordinator_name            text,
  coordinator_assigned_on     date,
  preparation                 text CHECK (length(preparation) <= 20000),
  prepared_with               text CHECK (length(prepared_with) <= 2000),
  prepared_on                 date,
  held_on                     date,
  attendees                   text CHECK (length(attendees) <= 2000),
  private_family_time         boolean,
  plan_agreed_on              date,
  plan_contingency            text CHECK (length(plan_contingency) <= 20000),
  plan_support_requested      text CHECK (length(plan_support_requested) <= 20000),
  plan_lives_with_person_id   uuid,
  plan_lives_with             text CHECK (length(plan_lives_with) <= 200),
  plan_review_due_on          date,
  reviewed_on                 date,
  review_outcome              text CHECK (length(review_outcome) <= 20000),
  reviewed_by_name            text,
  recorded_by                 text NOT NULL,
  CHECK (answer IS NULL OR offered_on IS NOT NULL),
  CHECK (held_on IS NULL OR answer = 'ACCEPTED')
);
-- One open family group decision per child per stage.
CREATE UNIQUE INDEX family_group_decision_open_idx ON family_group_decision (child_id, stage)
  WHERE status NOT IN ('NOT_OFFERED', 'DECLINED', 'PLAN_REVIEWED');
CREATE INDEX family_group_decision_siblings_idx ON family_group_decision USING gin (sibling_ids);
COMMENT ON TABLE family_group_decision IS 'A family group decision-making (FGDM) process for a child, at one stage of the council''s work, from being considered to the review of the family''s plan. Sensitivity: special category (family life, safeguarding).';
COMMENT ON COLUMN family_group_decision.id IS 'FGDM id.';
COMMENT ON COLUMN family_group_decision.version IS 'Optimistic lock version.';
COMMENT ON COLUMN family_group_decision.child_id IS 'The child (people.person.id). Sensitivity: personal.';
COMMENT ON COLUMN family_group_decision.sibling_ids IS 'Brothers and sisters the same meeting is about (people.person.id). Sensitivity: personal.';
COMMENT ON COLUMN family_group_decision.stage IS 'FAMILY_HELP, CHILD_PROTECTION or PRE_PROCEEDINGS: when in the council''s work it was considered.';
COMMENT ON COLUMN family_group_decision.status IS 'CONSIDERED, NOT_OFFERING_PROPOSED, NOT_OFFERED (a manager approved), OFFERED, ACCEPTED, DECLINED, MEETING_HELD, PLAN_AGREED or PLAN_REVIEWED. NOT_OFFERED, DECLINED and PLAN_REVIEWED are closed.';
COMMENT ON COLUMN family_group_decision.considered_on IS 'When a meeting was considered.';
COMMENT ON COLUMN family_group_decision.considered_by_name IS 'Who considered it. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_group_decision.not_offering_reason IS 'Why offering a meeting is not in the child''s best interests (s31ZA(3)), as the practitioner proposed. Sensitivity: special category.';
COMMENT ON COLUMN family_group_decision.not_offering_proposed_by IS 'The practitioner who proposed not offering. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_group_decision.not_offering_proposed_on IS 'When not offering was proposed.';
COMMENT ON COLUMN family_group_decision.not_offering_decided_by IS 'The manager who approved or refused not offering. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_group_decision.not_offering_decided_on IS 'When the manager decided.';
COMMENT ON COLUMN family_group_decision.not_offering_approved IS 'Whether the manager approved not offering (true: NOT_OFFERED; false: refused, a meeting is to be offered).';
COMMENT ON COLUMN family_group_decision.not_offering_manager_note IS 'The manager''s reasons. Sensitivity: special category.';
COMMENT ON COLUMN family_group_decision.offered_to IS 'To whom the meeting was offered (parents, people with parental responsibility, network members), as written. Sensitivity: personal.';
COMMENT ON COLUMN family_group_decision.offered_on IS 'When the meeting was offered (CIN census FGDMMeetingOffer).';
COMMENT ON COLUMN family_group_decision.offered_by_name IS 'Who recorded the offer. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_group_decision.answer IS 'ACCEPTED or DECLINED.';
COMMENT ON COLUMN family_group_decision.answered_by IS 'Who in the family answered. Sensitivity: personal.';
COMMENT ON COLUMN family_group_decision.answered_on IS 'When they answered.';
COMMENT ON COLUMN family_group_decision.meeting_due_on IS 'When an accepted meeting is to be held by (the practitioner sets it).';
COMMENT ON COLUMN family_group_decision.coordinator_id IS 'The independent coordinator (partnership.practitioner.id): not the child''s lead practitioner nor lead child protection practitioner.';
COMMENT ON COLUMN family_group_decision.coordinator_name IS 'The coordinator''s name when assigned. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_group_decision.coordinator_assigned_on IS 'When the coordinator was assigned.';
COMMENT ON COLUMN family_group_decision.preparation IS 'What was done to prepare the family. Sensitivity: special category.';
COMMENT ON COLUMN family_group_decision.prepared_with IS 'With whom. Sensitivity: personal.';
COMMENT ON COLUMN family_group_decision.prepared_on IS 'When.';
COMMENT ON COLUMN family_group_decision.held_on IS 'When the meeting was held (CIN census FGDMMeetingFac).';
COMMENT ON COLUMN family_group_decision.attendees IS 'Who came. Sensitivity: personal.';
COMMENT ON COLUMN family_group_decision.private_family_time IS 'Whether the family had private family time.';
COMMENT ON COLUMN family_group_decision.plan_agreed_on IS 'When the family''s plan was agreed.';
COMMENT ON COLUMN family_group_decision.plan_contingency IS 'What happens if the plan does not work. Sensitivity: special category.';
COMMENT ON COLUMN family_group_decision.plan_support_requested IS 'The support the family asked for (a family network support package may draw on it). Sensitivity: special category.';
COMMENT ON COLUMN family_group_decision.plan_lives_with_person_id IS 'Where the meeting decided the child should live: the network member (people.person.id), if one. Sensitivity: personal.';
COMMENT ON COLUMN family_group_decision.plan_lives_with IS 'The same, in words, when not a person known to Kith. Sensitivity: personal.';
COMMENT ON COLUMN family_group_decision.plan_review_due_on IS 'When the family''s plan is to be reviewed.';
COMMENT ON COLUMN family_group_decision.reviewed_on IS 'When the plan was reviewed.';
COMMENT ON COLUMN family_group_decision.review_outcome IS 'What the review found. Sensitivity: special category.';
COMMENT ON COLUMN family_group_decision.reviewed_by_name IS 'Who recorded the review. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_group_decision.recorded_by IS 'Username that started the record. Sensitivity: personal (staff).';

CREATE TABLE family_plan_step (
  fgdm_id    uuid NOT NULL REFERENCES family_group_decision (id),
  position   int NOT NULL CHECK (position >= 0),
  what       text NOT NULL CHECK (length(btrim(what)) BETWEEN 1 AND 2000),
  who        text NOT NULL CHECK (length(btrim(who)) BETWEEN 1 AND 200),
  by_when    date NOT NULL,
  PRIMARY KEY (fgdm_id, position)
);
COMMENT ON TABLE family_plan_step IS 'A step of the family''s plan made at the family group meeting: who does what by when. Sensitivity: special category.';
COMMENT ON COLUMN family_plan_step.fgdm_id IS 'The family group decision.';
COMMENT ON COLUMN family_plan_step.position IS 'Order in the plan, from 0.';
COMMENT ON COLUMN family_plan_step.what IS 'What is to be done. Sensitivity: special category.';
COMMENT ON COLUMN family_plan_step.who IS 'Who does it, as the family named them. Sensitivity: personal.';
COMMENT ON COLUMN family_plan_step.by_when IS 'By when.';
