-- Multi-agency child protection (Working Together 2023, chapter 3; Children Act 2004 s16EA as inserted by the
-- Children's Wellbeing and Schools Act 2026): the multi-agency child protection teams and the rule for who may be
-- a lead child protection practitioner; strategy discussions, section 47 enquiries, conferences, child protection
-- plans with their core groups and statutory visits, and transfers in and out. Every piece hangs from the family's
-- Family Help episode, which stays the family's one piece of work.

CREATE TABLE child_protection_team (
  id       uuid PRIMARY KEY,
  name     text NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  version  bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE child_protection_team IS 'A multi-agency child protection team (Children Act 2004 s16EA): supports the council in its section 47 duties, convenes strategy discussions and conferences, leads enquiries and oversees plans. Sensitivity: not personal.';
COMMENT ON COLUMN child_protection_team.id IS 'Team id.';
COMMENT ON COLUMN child_protection_team.name IS 'Name as shown to users.';
COMMENT ON COLUMN child_protection_team.version IS 'Optimistic lock version.';

CREATE TABLE child_protection_team_member (
  id                  uuid PRIMARY KEY,
  team_id             uuid NOT NULL REFERENCES child_protection_team (id),
  practitioner_id     uuid NOT NULL,
  name                text NOT NULL,
  agency_name         text NOT NULL,
  partner             boolean NOT NULL,
  member_type         text NOT NULL CHECK (member_type IN ('SOCIAL_WORKER', 'EDUCATION', 'HEALTH', 'POLICE', 'OTHER')),
  nominated_by        text NOT NULL CHECK (nominated_by IN ('LOCAL_AUTHORITY', 'INTEGRATED_CARE_BOARD', 'CHIEF_OFFICER_OF_POLICE')),
  nominated_by_name   text NOT NULL CHECK (length(btrim(nominated_by_name)) BETWEEN 1 AND 200),
  nominated_on        date NOT NULL,
  joined_on           date NOT NULL,
  left_on             date,
  added_by            text NOT NULL,
  CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE UNIQUE INDEX child_protection_team_member_current_idx ON child_protection_team_member (team_id, practitioner_id) WHERE left_on IS NULL;
CREATE INDEX child_protection_team_member_practitioner_idx ON child_protection_team_member (practitioner_id) WHERE left_on IS NULL;
COMMENT ON TABLE child_protection_team_member IS 'A member of a multi-agency child protection team, of one of the member types of s16EA, with who nominated them. Former members are kept with the day they left. Sensitivity: personal (staff).';
COMMENT ON COLUMN child_protection_team_member.id IS 'Membership id.';
COMMENT ON COLUMN child_protection_team_member.team_id IS 'The team.';
COMMENT ON COLUMN child_protection_team_member.practitioner_id IS 'The practitioner (partnership.practitioner.id).';
COMMENT ON COLUMN child_protection_team_member.name IS 'Their name when they joined. Sensitivity: personal (staff).';
COMMENT ON COLUMN child_protection_team_member.agency_name IS 'Their agency when they joined.';
COMMENT ON COLUMN child_protection_team_member.partner IS 'True for a member from a partner agency (not the council): they see the children the team works with.';
COMMENT ON COLUMN child_protection_team_member.member_type IS 's16EA member type: SOCIAL_WORKER (children''s social work experience, council-nominated), EDUCATION (education experience, council-nominated), HEALTH (registered health professional, nominated by the integrated care board), POLICE (constable or police employee, nominated by the chief officer), or OTHER (whom the council considers appropriate).';
COMMENT ON COLUMN child_protection_team_member.nominated_by IS 'Who nominated them: LOCAL_AUTHORITY, INTEGRATED_CARE_BOARD or CHIEF_OFFICER_OF_POLICE (as s16EA requires for the member type).';
COMMENT ON COLUMN child_protection_team_member.nominated_by_name IS 'The nominating body or office holder, for example Demo Integrated Care Board.';
COMMENT ON COLUMN child_protection_team_member.nominated_on IS 'Date of the nomination.';
COMMENT ON COLUMN child_protection_team_member.joined_on IS 'When they joined the team.';
COMMENT ON COLUMN child_protection_team_member.left_on IS 'When they left it, null while a member.';
COMMENT ON COLUMN child_protection_team_member.added_by IS 'Username of who recorded the membership. Sensitivity: personal (staff).';

CREATE TABLE lead_practitioner_rule (
  id                       int PRIMARY KEY CHECK (id = 1),
  years_since_qualifying   int NOT NULL CHECK (years_since_qualifying BETWEEN 0 AND 40),
  training_required        text CHECK (training_required IS NULL OR length(btrim(training_required)) BETWEEN 1 AND 200),
  changed_by               text NOT NULL,
  changed_at               timestamptz NOT NULL,
  version                  bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE lead_practitioner_rule IS 'The council''s rule for who may be a lead child protection practitioner: always a social worker registered with Social Work England, with at least these years since qualifying and this training completed. Regulations expected in late 2027 will set the minimum, so the rule is data. One row. Sensitivity: not personal.';
COMMENT ON COLUMN lead_practitioner_rule.id IS 'Always 1: there is one rule.';
COMMENT ON COLUMN lead_practitioner_rule.years_since_qualifying IS 'Whole years since qualifying as a social worker, at least.';
COMMENT ON COLUMN lead_practitioner_rule.training_required IS 'The course the practitioner must have completed (partnership.practitioner_training.course), or null for none.';
COMMENT ON COLUMN lead_practitioner_rule.changed_by IS 'Who last changed the rule. Sensitivity: personal (staff).';
COMMENT ON COLUMN lead_practitioner_rule.changed_at IS 'When (UTC).';
COMMENT ON COLUMN lead_practitioner_rule.version IS 'Optimistic lock version.';
-- The default until regulations say otherwise: three years since qualifying and the council's lead practitioner training.
INSERT INTO lead_practitioner_rule (id, years_since_qualifying, training_required, changed_by, changed_at)
VALUES (1, 3, 'Lead child protection practitioner training', 'Kith', now());

CREATE TABLE child_protection_step_up (
  id                    uuid PRIMARY KEY,
  episode_id            uuid NOT NULL,
  child_ids             uuid[] NOT NULL,
  decided_on            date NOT NULL,
  reason                text NOT NULL,
  family_help_lead_id   uuid,
  decided_by_name       text NOT NULL,
  received_at           timestamptz NOT NULL,
  strategy_discussion_id uuid,
  -- An episode may be stepped up again after an earlier plan ended; one step-up a day keeps the listener idempotent.
  UNIQUE (episode_id, decided_on)
);
COMMENT ON TABLE child_protection_step_up IS 'Family Help episodes a manager stepped up to child protection (from Family Help''s SteppedUpToChildProtection event), waiting for a strategy discussion. Sensitivity: personal.';
COMMENT ON COLUMN child_protection_step_up.id IS 'Id of the step-up, the source of the team''s access to the children until a strategy discussion is held.';
COMMENT ON COLUMN child_protection_step_up.episode_id IS 'The Family Help episode (familyhelp.family_help_episode.id).';
COMMENT ON COLUMN child_protection_step_up.child_ids IS 'The children (people.person.id). Sensitivity: personal.';
COMMENT ON COLUMN child_protection_step_up.decided_on IS 'When the manager decided.';
COMMENT ON COLUMN child_protection_step_up.reason IS 'Why. Sensitivity: personal.';
COMMENT ON COLUMN child_protection_step_up.family_help_lead_id IS 'The family''s Family Help lead practitioner, who stays with the family.';
COMMENT ON COLUMN child_protection_step_up.decided_by_name IS 'The deciding manager. Sensitivity: personal (staff).';
COMMENT ON COLUMN child_protection_step_up.received_at IS 'When child protection received it (UTC).';
COMMENT ON COLUMN child_protection_step_up.strategy_discussion_id IS 'The strategy discussion that took it on; null while it waits for one.';

CREATE TABLE strategy_discussion (
  id                        uuid PRIMARY KEY,
  version                   bigint NOT NULL DEFAULT 0,
  episode_id                uuid NOT NULL,
  team_id                   uuid REFERENCES child_protection_team (id),
  held_on                   date NOT NULL,
  kind                      text NOT NULL CHECK (kind IN ('MEETING', 'PHONE')),
  follows_up_id             uuid REFERENCES strategy_discussion (id),
  information_shared        text NOT NULL,
  lawful_basis              text NOT NULL,
  missing_agencies_reason   text,
  section_47                boolean NOT NULL,
  immediate_protection      boolean NOT NULL,
  immediate_protection_action text,
  reasons                   text NOT NULL,
  recorded_by               text NOT NULL,
  recorded_by_name          text NOT NULL,
  recorded_at               timestamptz NOT NULL,
  CHECK (NOT immediate_protection OR immediate_protection_action IS NOT NULL)
);
CREATE INDEX strategy_discussion_episode_idx ON strategy_discussion (episode_id, held_on DESC);
COMMENT ON TABLE strategy_discussion IS 'A strategy discussion: whenever there is reasonable cause to suspect a child is suffering, or likely to suffer, significant harm (Working Together 2023). Who took part by agency, what was shared and on what lawful basis, and the decision. Sensitivity: personal, special category.';
COMMENT ON COLUMN strategy_discussion.id IS 'Discussion id.';
COMMENT ON COLUMN strategy_discussion.version IS 'Optimistic lock version.';
COMMENT ON COLUMN strategy_discussion.episode_id IS 'The family''s Family Help episode (familyhelp.family_help_episode.id).';
COMMENT ON COLUMN strategy_discussion.team_id IS 'The multi-agency child protection team that convened it.';
COMMENT ON COLUMN strategy_discussion.held_on IS 'When it was held. An initial conference is due 15 working days from the discussion that starts a section 47 enquiry.';
COMMENT ON COLUMN strategy_discussion.kind IS 'MEETING, or PHONE for an urgent discussion by phone (then followed by a meeting within 5 working days).';
COMMENT ON COLUMN strategy_discussion.follows_up_id IS 'For a meeting after an urgent phone discussion, that discussion.';
COMMENT ON COLUMN strategy_discussion.information_shared IS 'What each agency shared. Sensitivity: personal, special category.';
COMMENT ON COLUMN strategy_discussion.lawful_basis IS 'The lawful basis of the sharing (frontdoor LawfulBasis: SAFEGUARDING, DUTY_TO_SHARE, VITAL_INTERESTS, CONSENT).';
COMMENT ON COLUMN strategy_discussion.missing_agencies_reason IS 'Why the council''s social worker, health or police did not take part (required then). Sensitivity: personal.';
COMMENT ON COLUMN strategy_discussion.section_47 IS 'Whether a section 47 enquiry starts.';
COMMENT ON COLUMN strategy_discussion.immediate_protection IS 'Whether the child needs immediate protection.';
COMMENT ON COLUMN strategy_discussion.immediate_protection_action IS 'What is being done to protect the child now (required when immediate protection is needed). Sensitivity: personal.';
COMMENT ON COLUMN strategy_discussion.reasons IS 'The reasons for the decision. Sensitivity: personal, special category.';
COMMENT ON COLUMN strategy_discussion.recorded_by IS 'Username of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN strategy_discussion.recorded_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN strategy_discussion.recorded_at IS 'When it was recorded (UTC).';

CREATE TABLE strategy_discussion_child (
  discussion_id  uuid NOT NULL REFERENCES strategy_discussion (id),
  person_id      uuid NOT NULL,
  PRIMARY KEY (discussion_id, person_id)
);
CREATE INDEX strategy_discussion_child_person_idx ON strategy_discussion_child (person_id);
COMMENT ON TABLE strategy_discussion_child IS 'The children a strategy discussion was about. Sensitivity: personal.';
COMMENT ON COLUMN strategy_discussion_child.discussion_id IS 'The discussion.';
COMMENT ON COLUMN strategy_discussion_child.person_id IS 'The child (people.person.id).';

CREATE TABLE strategy_discussion_participant (
  discussion_id    uuid NOT NULL REFERENCES strategy_discussion (id),
  position         int NOT NULL,
  practitioner_id  uuid,
  name             text NOT NULL,
  agency_name      text NOT NULL,
  agency_type      text NOT NULL CHECK (agency_type IN ('SOCIAL_CARE', 'HEALTH', 'POLICE', 'EDUCATION', 'OTHER')),
  role             text,
  PRIMARY KEY (discussion_id, position)
);
COMMENT ON TABLE strategy_discussion_participant IS 'Who took part in a strategy discussion, by agency: at least the council''s social worker, health and police (Working Together 2023), education when relevant. Sensitivity: personal (staff).';
COMMENT ON COLUMN strategy_discussion_participant.discussion_id IS 'The discussion.';
COMMENT ON COLUMN strategy_discussion_participant.position IS 'Order.';
COMMENT ON COLUMN strategy_discussion_participant.practitioner_id IS 'The practitioner (partnership.practitioner.id), or null for someone not recorded in Kith.';
COMMENT ON COLUMN strategy_discussion_participant.name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN strategy_discussion_participant.agency_name IS 'Their agency.';
COMMENT ON COLUMN strategy_discussion_participant.agency_type IS 'SOCIAL_CARE, HEALTH, POLICE, EDUCATION or OTHER: what the attendance check counts.';
COMMENT ON COLUMN strategy_discussion_participant.role IS 'Their role, for example designated nurse.';

CREATE TABLE strategy_discussion_action (
  discussion_id  uuid NOT NULL REFERENCES strategy_discussion (id),
  position       int NOT NULL,
  action         text NOT NULL,
  owner          text NOT NULL,
  due_on         date,
  PRIMARY KEY (discussion_id, position)
);
COMMENT ON TABLE strategy_discussion_action IS 'An action agreed at a strategy discussion: what, who and by when. Sensitivity: personal.';
COMMENT ON COLUMN strategy_discussion_action.discussion_id IS 'The discussion.';
COMMENT ON COLUMN strategy_discussion_action.position IS 'Order.';
COMMENT ON COLUMN strategy_discussion_action.action IS 'What will be done. Sensitivity: personal.';
COMMENT ON COLUMN strategy_discussion_action.owner IS 'Who will do it.';
COMMENT ON COLUMN strategy_discussion_action.due_on IS 'By when, if agreed.';

CREATE TABLE section_47_enquiry (
  id                       uuid PRIMARY KEY,
  version                  bigint NOT NULL DEFAULT 0,
  child_id                 uuid NOT NULL,
  episode_id               uuid NOT NULL,
  team_id                  uuid REFERENCES child_protection_team (id),
  strategy_discussion_id   uuid NOT NULL REFERENCES strategy_discussion (id),
  started_on               date NOT NULL,
  conference_due_on        date NOT NULL,
  lead_practitioner_id     uuid,
  lead_practitioner_name   text,
  lead_assigned_on         date,
  lead_assigned_by_name    text,
  manager_id               uuid,
  findings                 text,
  concerns_substantiated   text CHECK (concerns_substantiated IN ('SUBSTANTIATED', 'NOT_SUBSTANTIATED')),
  outcome                  text CHECK (outcome IN ('NO_FURTHER_ACTION', 'INITIAL_CONFERENCE')),
  completed_on             date,
  completed_by_name        text,
  CHECK (conference_due_on > started_on),
  CHECK (completed_on IS NULL OR (outcome IS NOT NULL AND findings IS NOT NULL AND concerns_substantiated IS NOT NULL)),
  UNIQUE (strategy_discussion_id, child_id)
);
-- DfE CIN rules 8839 and 8890: no two section 47 enquiries for one child at once.
CREATE UNIQUE INDEX section_47_enquiry_one_open_idx ON section_47_enquiry (child_id) WHERE completed_on IS NULL;
CREATE INDEX section_47_enquiry_lead_idx ON section_47_enquiry (lead_practitioner_id) WHERE completed_on IS NULL;
COMMENT ON TABLE section_47_enquiry IS 'A section 47 enquiry (Children Act 1989) into one child, started by a strategy discussion: its findings, whether the concerns are substantiated, and the outcome. CIN census Section47. Sensitivity: personal, special category.';
COMMENT ON COLUMN section_47_enquiry.id IS 'Enquiry id.';
COMMENT ON COLUMN section_47_enquiry.version IS 'Optimistic lock version.';
COMMENT ON COLUMN section_47_enquiry.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN section_47_enquiry.episode_id IS 'The family''s Family Help episode.';
COMMENT ON COLUMN section_47_enquiry.team_id IS 'The multi-agency child protection team leading it.';
COMMENT ON COLUMN section_47_enquiry.strategy_discussion_id IS 'The strategy discussion that started it.';
COMMENT ON COLUMN section_47_enquiry.started_on IS 'S47ActualStartDate: the date of that strategy discussion.';
COMMENT ON COLUMN section_47_enquiry.conference_due_on IS 'InitialCPCtarget: 15 working days from the strategy discussion, never a weekend or bank holiday (DfE rule 8870Q).';
COMMENT ON COLUMN section_47_enquiry.lead_practitioner_id IS 'The lead child protection practitioner (partnership.practitioner.id): a registered social worker meeting the council''s rule.';
COMMENT ON COLUMN section_47_enquiry.lead_practitioner_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN section_47_enquiry.lead_assigned_on IS 'When they were assigned.';
COMMENT ON COLUMN section_47_enquiry.lead_assigned_by_name IS 'The manager who assigned them. Sensitivity: personal (staff).';
COMMENT ON COLUMN section_47_enquiry.manager_id IS 'That manager (partnership.practitioner.id), who oversees the work.';
COMMENT ON COLUMN section_47_enquiry.findings IS 'What the enquiry found. Sensitivity: personal, special category.';
COMMENT ON COLUMN section_47_enquiry.concerns_substantiated IS 'SUBSTANTIATED or NOT_SUBSTANTIATED.';
COMMENT ON COLUMN section_47_enquiry.outcome IS 'NO_FURTHER_ACTION (CIN census ICPCnotRequired) or INITIAL_CONFERENCE.';
COMMENT ON COLUMN section_47_enquiry.completed_on IS 'When the outcome was recorded.';
COMMENT ON COLUMN section_47_enquiry.completed_by_name IS 'Who recorded it. Sensitivity: personal (staff).';

CREATE TABLE child_protection_conference (
  id                             uuid PRIMARY KEY,
  version                        bigint NOT NULL DEFAULT 0,
  child_id                       uuid NOT NULL,
  episode_id                     uuid NOT NULL,
  kind                           text NOT NULL CHECK (kind IN ('INITIAL', 'REVIEW', 'TRANSFER_IN')),
  enquiry_id                     uuid REFERENCES section_47_enquiry (id),
  plan_id                        uuid,
  transfer_in_id                 uuid,
  due_on                         date NOT NULL,
  scheduled_on                   date NOT NULL,
  scheduled_by_name              text NOT NULL,
  advocate_offered               boolean NOT NULL DEFAULT false,
  advocate_accepted              boolean,
  advocate_name                  text,
  held_on                        date,
  late_reason                    text,
  chair_id                       uuid,
  chair_name                     text,
  decision                       text CHECK (decision IN ('PLAN', 'NO_PLAN', 'CONTINUE_PLAN', 'END_PLAN')),
  category                       text CHECK (category IN ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
  reasons                        text,
  family_had_advocate            boolean,
  report_shared_with_parents_on  date,
  CHECK ((kind = 'INITIAL') = (enquiry_id IS NOT NULL)),
  CHECK ((kind = 'REVIEW') = (plan_id IS NOT NULL)),
  CHECK ((kind = 'TRANSFER_IN') = (transfer_in_id IS NOT NULL)),
  CHECK (held_on IS NULL OR (decision IS NOT NULL AND chair_name IS NOT NULL AND reasons IS NOT NULL AND family_had_advocate IS NOT NULL)),
  CHECK (decision NOT IN ('PLAN', 'CONTINUE_PLAN') OR category IS NOT NULL)
);
-- DfE CIN rule 2884: an initial conference is recorded once.
CREATE UNIQUE INDEX child_protection_conference_initial_idx ON child_protection_conference (enquiry_id) WHERE kind = 'INITIAL';
CREATE INDEX child_protection_conference_child_idx ON child_protection_conference (child_id, scheduled_on DESC);
CREATE INDEX child_protection_conference_plan_idx ON child_protection_conference (plan_id);
COMMENT ON TABLE child_protection_conference IS 'A child protection conference about one child: initial (within 15 working days of the strategy discussion), review (the first within 3 months, then at most every 6), or transfer-in (within 15 working days of notification). Sensitivity: personal, special category.';
COMMENT ON COLUMN child_protection_conference.id IS 'Conference id.';
COMMENT ON COLUMN child_protection_conference.version IS 'Optimistic lock version.';
COMMENT ON COLUMN child_protection_conference.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN child_protection_conference.episode_id IS 'The family''s Family Help episode.';
COMMENT ON COLUMN child_protection_conference.kind IS 'INITIAL, REVIEW or TRANSFER_IN.';
COMMENT ON COLUMN child_protection_conference.enquiry_id IS 'For an initial conference, the section 47 enquiry.';
COMMENT ON COLUMN child_protection_conference.plan_id IS 'For a review conference, the plan reviewed.';
COMMENT ON COLUMN child_protection_conference.transfer_in_id IS 'For a transfer-in conference, the notification of the move.';
COMMENT ON COLUMN child_protection_conference.due_on IS 'The date it must be held by (never a weekend or bank holiday for an initial conference).';
COMMENT ON COLUMN child_protection_conference.scheduled_on IS 'The date set for it: a working day (DfE rule 8875).';
COMMENT ON COLUMN child_protection_conference.scheduled_by_name IS 'Who set it. Sensitivity: personal (staff).';
COMMENT ON COLUMN child_protection_conference.advocate_offered IS 'Whether the parents were offered an independent advocate.';
COMMENT ON COLUMN child_protection_conference.advocate_accepted IS 'Whether they accepted, when offered.';
COMMENT ON COLUMN child_protection_conference.advocate_name IS 'The advocate and their organisation. Sensitivity: personal.';
COMMENT ON COLUMN child_protection_conference.held_on IS 'When it was held (CIN census DateOfInitialCPC for an initial conference).';
COMMENT ON COLUMN child_protection_conference.late_reason IS 'Why it was held after its due date (required then). Sensitivity: personal.';
COMMENT ON COLUMN child_protection_conference.chair_id IS 'The chair (partnership.practitioner.id).';
COMMENT ON COLUMN child_protection_conference.chair_name IS 'The chair''s name. Sensitivity: personal (staff).';
COMMENT ON COLUMN child_protection_conference.decision IS 'PLAN or NO_PLAN (initial and transfer-in), CONTINUE_PLAN or END_PLAN (review).';
COMMENT ON COLUMN child_protection_conference.category IS 'Category of abuse for a plan: NEG, PHY, EMO, SAB or MUL (CIN census codes).';
COMMENT ON COLUMN child_protection_conference.reasons IS 'The reasons for the decision. Sensitivity: personal, special category.';
COMMENT ON COLUMN child_protection_conference.family_had_advocate IS 'Whether the family had an independent advocate at the conference.';
COMMENT ON COLUMN child_protection_conference.report_shared_with_parents_on IS 'When the conference report was shared with the parents.';

CREATE TABLE conference_invitee (
  conference_id    uuid NOT NULL REFERENCES child_protection_conference (id),
  position         int NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('PARENT', 'CHILD', 'AGENCY')),
  person_id        uuid,
  practitioner_id  uuid,
  name             text NOT NULL,
  agency_name      text,
  attended         boolean,
  report_received  boolean NOT NULL DEFAULT false,
  PRIMARY KEY (conference_id, position)
);
COMMENT ON TABLE conference_invitee IS 'Who was invited to a conference (parents, the child where appropriate, agencies), whether they came and whether their report was received. Sensitivity: personal.';
COMMENT ON COLUMN conference_invitee.conference_id IS 'The conference.';
COMMENT ON COLUMN conference_invitee.position IS 'Order.';
COMMENT ON COLUMN conference_invitee.kind IS 'PARENT, CHILD or AGENCY.';
COMMENT ON COLUMN conference_invitee.person_id IS 'For a parent or the child, the person (people.person.id), when recorded in Kith.';
COMMENT ON COLUMN conference_invitee.practitioner_id IS 'For an agency, the practitioner invited (partnership.practitioner.id), when recorded in Kith.';
COMMENT ON COLUMN conference_invitee.name IS 'Their name. Sensitivity: personal.';
COMMENT ON COLUMN conference_invitee.agency_name IS 'For an agency, its name.';
COMMENT ON COLUMN conference_invitee.attended IS 'Whether they came; null until the conference is held.';
COMMENT ON COLUMN conference_invitee.report_received IS 'Whether their report for the conference was received.';

CREATE TABLE child_protection_plan (
  id                        uuid PRIMARY KEY,
  version                   bigint NOT NULL DEFAULT 0,
  child_id                  uuid NOT NULL,
  episode_id                uuid NOT NULL,
  team_id                   uuid REFERENCES child_protection_team (id),
  conference_id             uuid NOT NULL REFERENCES child_protection_conference (id),
  started_on                date NOT NULL,
  initial_category          text NOT NULL CHECK (initial_category IN ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
  latest_category           text NOT NULL CHECK (latest_category IN ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
  previous_plans            int NOT NULL CHECK (previous_plans >= 0),
  lead_practitioner_id      uuid NOT NULL,
  lead_practitioner_name    text NOT NULL,
  manager_id                uuid,
  family_help_lead_id       uuid,
  family_help_lead_name     text,
  worries                   text NOT NULL,
  visit_every               int NOT NULL DEFAULT 10 CHECK (visit_every BETWEEN 1 AND 20),
  core_group_every          int NOT NULL DEFAULT 20 CHECK (core_group_every BETWEEN 5 AND 20),
  next_visit_due_on         date,
  next_core_group_due_on    date,
  next_review_due_on        date,
  shared_with_parents_on    date,
  transfer_out_to           text,
  transfer_out_notified_on  date,
  ended_on                  date,
  end_reason                text CHECK (end_reason IN ('NO_LONGER_AT_RISK', 'TRANSFERRED_OUT', 'REACHED_18', 'LEFT_THE_UK',
                              'BECAME_LOOKED_AFTER', 'DIED')),
  ended_by_name             text,
  -- DfE CIN rule 8840: a plan does not end on the day it starts; 8925: nor before.
  CHECK (ended_on IS NULL OR (ended_on > started_on AND end_reason IS NOT NULL))
);
-- DfE CIN rule 8935: one open plan per child.
CREATE UNIQUE INDEX child_protection_plan_one_open_idx ON child_protection_plan (child_id) WHERE ended_on IS NULL;
CREATE INDEX child_protection_plan_child_idx ON child_protection_plan (child_id, started_on);
CREATE INDEX child_protection_plan_lead_idx ON child_protection_plan (lead_practitioner_id) WHERE ended_on IS NULL;
COMMENT ON TABLE child_protection_plan IS 'A child protection plan for one child, set by an initial (or transfer-in) conference and starting on its date (DfE rule 2885), led by a lead child protection practitioner who co-works with the family''s Family Help lead practitioner. CIN census ChildProtectionPlans. Sensitivity: personal, special category.';
COMMENT ON COLUMN child_protection_plan.id IS 'Plan id.';
COMMENT ON COLUMN child_protection_plan.version IS 'Optimistic lock version.';
COMMENT ON COLUMN child_protection_plan.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN child_protection_plan.episode_id IS 'The family''s Family Help episode, which continues alongside.';
COMMENT ON COLUMN child_protection_plan.team_id IS 'The multi-agency child protection team overseeing it.';
COMMENT ON COLUMN child_protection_plan.conference_id IS 'The conference that set it (initial or transfer-in).';
COMMENT ON COLUMN child_protection_plan.started_on IS 'CPPstartDate: the date of that conference.';
COMMENT ON COLUMN child_protection_plan.initial_category IS 'InitialCategoryOfAbuse.';
COMMENT ON COLUMN child_protection_plan.latest_category IS 'LatestCategoryOfAbuse, as the latest review conference set it.';
COMMENT ON COLUMN child_protection_plan.previous_plans IS 'NumberOfPreviousCPP: the child''s earlier plans, from the history.';
COMMENT ON COLUMN child_protection_plan.lead_practitioner_id IS 'The lead child protection practitioner.';
COMMENT ON COLUMN child_protection_plan.lead_practitioner_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN child_protection_plan.manager_id IS 'The manager overseeing the lead child protection practitioner.';
COMMENT ON COLUMN child_protection_plan.family_help_lead_id IS 'The family''s Family Help lead practitioner, who stays with the family.';
COMMENT ON COLUMN child_protection_plan.family_help_lead_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN child_protection_plan.worries IS 'The outline plan: what we are worried about, in words the family can read. Sensitivity: personal, special category.';
COMMENT ON COLUMN child_protection_plan.visit_every IS 'How often the child is visited, in working days (default 10).';
COMMENT ON COLUMN child_protection_plan.core_group_every IS 'How often the core group meets after its first meeting, in working days (default 20, about monthly).';
COMMENT ON COLUMN child_protection_plan.next_visit_due_on IS 'When the next statutory visit is due (from the clock).';
COMMENT ON COLUMN child_protection_plan.next_core_group_due_on IS 'When the next core group meeting is due (from the clock).';
COMMENT ON COLUMN child_protection_plan.next_review_due_on IS 'When the next review conference is due (from the clock).';
COMMENT ON COLUMN child_protection_plan.shared_with_parents_on IS 'When the plan was shared with the parents.';
COMMENT ON COLUMN child_protection_plan.transfer_out_to IS 'The council the child has moved to, when notified.';
COMMENT ON COLUMN child_protection_plan.transfer_out_notified_on IS 'When that council was notified; the plan ends when their conference is held.';
COMMENT ON COLUMN child_protection_plan.ended_on IS 'CPPendDate; null while the plan runs.';
COMMENT ON COLUMN child_protection_plan.end_reason IS 'NO_LONGER_AT_RISK, TRANSFERRED_OUT, REACHED_18, LEFT_THE_UK, BECAME_LOOKED_AFTER or DIED.';
COMMENT ON COLUMN child_protection_plan.ended_by_name IS 'Who ended it. Sensitivity: personal (staff).';

CREATE TABLE child_protection_plan_step (
  plan_id   uuid NOT NULL REFERENCES child_protection_plan (id),
  position  int NOT NULL,
  what      text NOT NULL,
  who       text NOT NULL,
  by_when   text NOT NULL,
  PRIMARY KEY (plan_id, position)
);
COMMENT ON TABLE child_protection_plan_step IS 'What needs to happen under a plan: what, who does it and by when, in words a parent can read. Sensitivity: personal.';
COMMENT ON COLUMN child_protection_plan_step.plan_id IS 'The plan.';
COMMENT ON COLUMN child_protection_plan_step.position IS 'Order.';
COMMENT ON COLUMN child_protection_plan_step.what IS 'What needs to happen. Sensitivity: personal.';
COMMENT ON COLUMN child_protection_plan_step.who IS 'Who does it.';
COMMENT ON COLUMN child_protection_plan_step.by_when IS 'By when, as agreed (a date or "every week").';

CREATE TABLE core_group_member (
  plan_id          uuid NOT NULL REFERENCES child_protection_plan (id),
  practitioner_id  uuid NOT NULL,
  name             text NOT NULL,
  agency_name      text NOT NULL,
  partner          boolean NOT NULL,
  role             text,
  joined_on        date NOT NULL,
  left_on          date,
  PRIMARY KEY (plan_id, practitioner_id)
);
COMMENT ON TABLE core_group_member IS 'The practitioners in a plan''s core group. Partners among them may open the plan while it lasts. Sensitivity: personal (staff).';
COMMENT ON COLUMN core_group_member.plan_id IS 'The plan.';
COMMENT ON COLUMN core_group_member.practitioner_id IS 'The practitioner (partnership.practitioner.id).';
COMMENT ON COLUMN core_group_member.name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN core_group_member.agency_name IS 'Their agency.';
COMMENT ON COLUMN core_group_member.partner IS 'True for a practitioner of a partner agency (not the council).';
COMMENT ON COLUMN core_group_member.role IS 'Their role with the family.';
COMMENT ON COLUMN core_group_member.joined_on IS 'When they joined.';
COMMENT ON COLUMN core_group_member.left_on IS 'When they left, null while a member.';

CREATE TABLE core_group_meeting (
  id                uuid PRIMARY KEY,
  plan_id           uuid NOT NULL REFERENCES child_protection_plan (id),
  held_on           date NOT NULL,
  attended          text NOT NULL,
  progress          text NOT NULL,
  next_due_on       date NOT NULL,
  late_reason       text,
  recorded_by       text NOT NULL,
  recorded_by_name  text NOT NULL,
  recorded_at       timestamptz NOT NULL
);
CREATE INDEX core_group_meeting_plan_idx ON core_group_meeting (plan_id, held_on DESC);
COMMENT ON TABLE core_group_meeting IS 'A meeting of a plan''s core group: who came, the progress against the plan, and when the next is due. Sensitivity: personal, special category.';
COMMENT ON COLUMN core_group_meeting.id IS 'Meeting id.';
COMMENT ON COLUMN core_group_meeting.plan_id IS 'The plan.';
COMMENT ON COLUMN core_group_meeting.held_on IS 'When it was held.';
COMMENT ON COLUMN core_group_meeting.attended IS 'Who came. Sensitivity: personal.';
COMMENT ON COLUMN core_group_meeting.progress IS 'Progress against the plan and what was agreed. Sensitivity: personal, special category.';
COMMENT ON COLUMN core_group_meeting.next_due_on IS 'When the next meeting is due.';
COMMENT ON COLUMN core_group_meeting.late_reason IS 'Why it was held after its due date (required then).';
COMMENT ON COLUMN core_group_meeting.recorded_by IS 'Username of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN core_group_meeting.recorded_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN core_group_meeting.recorded_at IS 'When it was recorded (UTC).';

CREATE TABLE statutory_visit (
  id                 uuid PRIMARY KEY,
  plan_id            uuid NOT NULL REFERENCES child_protection_plan (id),
  visited_on         date NOT NULL,
  child_seen         boolean NOT NULL,
  seen_alone         boolean NOT NULL,
  bedroom_seen       boolean NOT NULL,
  not_seen_reason    text,
  not_alone_reason   text,
  observations       text NOT NULL,
  next_due_on        date NOT NULL,
  late_reason        text,
  recorded_by        text NOT NULL,
  recorded_by_name   text NOT NULL,
  recorded_at        timestamptz NOT NULL,
  CHECK (child_seen OR (NOT seen_alone AND not_seen_reason IS NOT NULL)),
  CHECK (NOT child_seen OR seen_alone OR not_alone_reason IS NOT NULL)
);
CREATE INDEX statutory_visit_plan_idx ON statutory_visit (plan_id, visited_on DESC);
COMMENT ON TABLE statutory_visit IS 'A statutory visit to a child on a plan, at the frequency the plan sets: whether the child was seen, seen alone and their bedroom seen, and why not. Sensitivity: personal, special category.';
COMMENT ON COLUMN statutory_visit.id IS 'Visit id.';
COMMENT ON COLUMN statutory_visit.plan_id IS 'The plan.';
COMMENT ON COLUMN statutory_visit.visited_on IS 'When.';
COMMENT ON COLUMN statutory_visit.child_seen IS 'Whether the child was seen.';
COMMENT ON COLUMN statutory_visit.seen_alone IS 'Whether the child was seen alone.';
COMMENT ON COLUMN statutory_visit.bedroom_seen IS 'Whether the child''s bedroom was seen.';
COMMENT ON COLUMN statutory_visit.not_seen_reason IS 'Why the child was not seen (required then). Sensitivity: personal.';
COMMENT ON COLUMN statutory_visit.not_alone_reason IS 'Why the child was not seen alone (required then). Sensitivity: personal.';
COMMENT ON COLUMN statutory_visit.observations IS 'What was seen and said. Sensitivity: personal, special category.';
COMMENT ON COLUMN statutory_visit.next_due_on IS 'When the next visit is due, at the plan''s frequency.';
COMMENT ON COLUMN statutory_visit.late_reason IS 'Why the visit was after its due date (required then).';
COMMENT ON COLUMN statutory_visit.recorded_by IS 'Username of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN statutory_visit.recorded_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN statutory_visit.recorded_at IS 'When it was recorded (UTC).';

CREATE TABLE parent_support_offer (
  id                uuid PRIMARY KEY,
  plan_id           uuid NOT NULL REFERENCES child_protection_plan (id),
  offered_on        date NOT NULL,
  what              text NOT NULL,
  given_to          text NOT NULL,
  recorded_by_name  text NOT NULL
);
CREATE INDEX parent_support_offer_plan_idx ON parent_support_offer (plan_id, offered_on);
COMMENT ON TABLE parent_support_offer IS 'The information and support offered to parents under a plan: what they were given, to whom and when. Sensitivity: personal.';
COMMENT ON COLUMN parent_support_offer.id IS 'Offer id.';
COMMENT ON COLUMN parent_support_offer.plan_id IS 'The plan.';
COMMENT ON COLUMN parent_support_offer.offered_on IS 'When.';
COMMENT ON COLUMN parent_support_offer.what IS 'What was given or offered (a leaflet, a parenting course, advice on advocacy). Sensitivity: personal.';
COMMENT ON COLUMN parent_support_offer.given_to IS 'To whom. Sensitivity: personal.';
COMMENT ON COLUMN parent_support_offer.recorded_by_name IS 'Who recorded it. Sensitivity: personal (staff).';

CREATE TABLE plan_end_notice (
  plan_id          uuid NOT NULL REFERENCES child_protection_plan (id),
  position         int NOT NULL,
  practitioner_id  uuid,
  name             text NOT NULL,
  agency_name      text,
  told_on          date NOT NULL,
  PRIMARY KEY (plan_id, position)
);
COMMENT ON TABLE plan_end_notice IS 'The agencies told that a plan ended: every agency invited to the initial conference (Working Together 2023). Sensitivity: personal (staff).';
COMMENT ON COLUMN plan_end_notice.plan_id IS 'The plan.';
COMMENT ON COLUMN plan_end_notice.position IS 'Order.';
COMMENT ON COLUMN plan_end_notice.practitioner_id IS 'The practitioner told, when recorded in Kith.';
COMMENT ON COLUMN plan_end_notice.name IS 'Who was told. Sensitivity: personal (staff).';
COMMENT ON COLUMN plan_end_notice.agency_name IS 'Their agency.';
COMMENT ON COLUMN plan_end_notice.told_on IS 'When.';

CREATE TABLE transfer_in (
  id                      uuid PRIMARY KEY,
  version                 bigint NOT NULL DEFAULT 0,
  child_id                uuid NOT NULL,
  episode_id              uuid NOT NULL,
  from_council            text NOT NULL,
  notified_on             date NOT NULL,
  their_plan_started_on   date NOT NULL,
  their_category          text NOT NULL CHECK (their_category IN ('NEG', 'PHY', 'EMO', 'SAB', 'MUL')),
  their_contact           text NOT NULL,
  their_plan              text NOT NULL,
  conference_due_on       date NOT NULL,
  conference_id           uuid REFERENCES child_protection_conference (id),
  recorded_by_name        text NOT NULL,
  recorded_at             timestamptz NOT NULL,
  CHECK (their_plan_started_on <= notified_on)
);
CREATE UNIQUE INDEX transfer_in_one_open_idx ON transfer_in (child_id) WHERE conference_id IS NULL;
COMMENT ON TABLE transfer_in IS 'A child on another council''s child protection plan who has moved here: their plan is kept (it stays that council''s responsibility) until a transfer-in conference here, within 15 working days of notification. Sensitivity: personal, special category.';
COMMENT ON COLUMN transfer_in.id IS 'Transfer id.';
COMMENT ON COLUMN transfer_in.version IS 'Optimistic lock version.';
COMMENT ON COLUMN transfer_in.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN transfer_in.episode_id IS 'The family''s Family Help episode here.';
COMMENT ON COLUMN transfer_in.from_council IS 'The council whose plan it is.';
COMMENT ON COLUMN transfer_in.notified_on IS 'When this council was notified of the move: the transfer-in conference is due 15 working days later.';
COMMENT ON COLUMN transfer_in.their_plan_started_on IS 'When their plan started.';
COMMENT ON COLUMN transfer_in.their_category IS 'Their plan''s category of abuse.';
COMMENT ON COLUMN transfer_in.their_contact IS 'Who to contact there. Sensitivity: personal (staff).';
COMMENT ON COLUMN transfer_in.their_plan IS 'Their plan, as they sent it. Sensitivity: personal, special category.';
COMMENT ON COLUMN transfer_in.conference_due_on IS 'When the transfer-in conference is due.';
COMMENT ON COLUMN transfer_in.conference_id IS 'The transfer-in conference, once held.';
COMMENT ON COLUMN transfer_in.recorded_by_name IS 'Who recorded the notification. Sensitivity: personal (staff).';
COMMENT ON COLUMN transfer_in.recorded_at IS 'When (UTC).';

CREATE TABLE child_protection_team_work (
  team_id     uuid NOT NULL REFERENCES child_protection_team (id),
  source_id   uuid NOT NULL,
  child_id    uuid NOT NULL,
  started_at  timestamptz NOT NULL,
  ended_at    timestamptz,
  PRIMARY KEY (team_id, source_id, child_id)
);
CREATE INDEX child_protection_team_work_current_idx ON child_protection_team_work (team_id) WHERE ended_at IS NULL;
CREATE INDEX child_protection_team_work_source_idx ON child_protection_team_work (source_id) WHERE ended_at IS NULL;
COMMENT ON TABLE child_protection_team_work IS 'The children a multi-agency child protection team works with, and through which piece of work (a step-up waiting for a strategy discussion, an enquiry, a plan, a transfer in): the members see those children, and a member who joins later is given them. Sensitivity: personal (links a team to children).';
COMMENT ON COLUMN child_protection_team_work.team_id IS 'The team.';
COMMENT ON COLUMN child_protection_team_work.source_id IS 'The piece of work (a step-up, enquiry, plan or transfer-in id): the source of the members'' working relationships.';
COMMENT ON COLUMN child_protection_team_work.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN child_protection_team_work.started_at IS 'When the team took it on (UTC).';
COMMENT ON COLUMN child_protection_team_work.ended_at IS 'When the work ended or moved on to its next step (UTC).';
