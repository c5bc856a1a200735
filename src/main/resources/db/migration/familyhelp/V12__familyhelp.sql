-- Family Help: episodes with a lead practitioner and a team around the family, assessments, family plans
-- with goals, actions and reviews, and visits.
CREATE TABLE family_help_episode (
  id                        uuid PRIMARY KEY,
  version                   bigint NOT NULL,
  kind                      text NOT NULL CHECK (kind IN ('TARGETED_EARLY_HELP', 'CHILD_IN_NEED')),
  referral_id               uuid,
  referral_date             date NOT NULL,
  opened_on                 date NOT NULL,
  opened_by_name            text NOT NULL,
  lead_practitioner_id      uuid,
  lead_practitioner_name    text,
  lead_agency_name          text,
  lead_agreed               boolean NOT NULL DEFAULT false,
  lead_allocated_on         date,
  supervisor_id             uuid NOT NULL,
  supervisor_name           text NOT NULL,
  stepped_up_on             date,
  step_up_reason            text,
  stepped_up_by_name        text,
  closed_on                 date,
  closure_reason            text CHECK (closure_reason ~ '^RC[1-9]$'),
  closing_summary           text,
  closed_by_name            text,
  CONSTRAINT episode_closure_has_reason CHECK (closed_on IS NULL OR (closure_reason IS NOT NULL AND closing_summary IS NOT NULL))
);
COMMENT ON TABLE family_help_episode IS 'A period of Family Help for a family: targeted early help or section 17 child in need (only the latter is counted in the CIN census). Sensitivity: personal.';
COMMENT ON COLUMN family_help_episode.id IS 'Episode id.';
COMMENT ON COLUMN family_help_episode.version IS 'Optimistic lock version.';
COMMENT ON COLUMN family_help_episode.kind IS 'TARGETED_EARLY_HELP or CHILD_IN_NEED (section 17).';
COMMENT ON COLUMN family_help_episode.referral_id IS 'The referral it was opened from (frontdoor.referral.id), if any.';
COMMENT ON COLUMN family_help_episode.referral_date IS 'Referral date: the assessment is due 45 working days from it (Working Together 2023).';
COMMENT ON COLUMN family_help_episode.opened_on IS 'Date the episode opened.';
COMMENT ON COLUMN family_help_episode.opened_by_name IS 'Who opened it. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_help_episode.lead_practitioner_id IS 'The lead practitioner (partnership.practitioner.id), from any agency.';
COMMENT ON COLUMN family_help_episode.lead_practitioner_name IS 'Lead practitioner''s name when allocated. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_help_episode.lead_agency_name IS 'Lead practitioner''s agency when allocated.';
COMMENT ON COLUMN family_help_episode.lead_agreed IS 'Whether the lead practitioner has agreed to lead.';
COMMENT ON COLUMN family_help_episode.lead_allocated_on IS 'When the lead practitioner was allocated.';
COMMENT ON COLUMN family_help_episode.supervisor_id IS 'The social-work-qualified manager supervising the work.';
COMMENT ON COLUMN family_help_episode.supervisor_name IS 'Supervisor''s name. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_help_episode.stepped_up_on IS 'When a manager decided to step up to child protection.';
COMMENT ON COLUMN family_help_episode.step_up_reason IS 'Why. Sensitivity: personal.';
COMMENT ON COLUMN family_help_episode.stepped_up_by_name IS 'The deciding manager. Sensitivity: personal (staff).';
COMMENT ON COLUMN family_help_episode.closed_on IS 'Date the episode closed.';
COMMENT ON COLUMN family_help_episode.closure_reason IS 'DfE reason for closure RC1 to RC9.';
COMMENT ON COLUMN family_help_episode.closing_summary IS 'Closing summary for the family, in words they use. Sensitivity: personal.';
COMMENT ON COLUMN family_help_episode.closed_by_name IS 'Who closed it. Sensitivity: personal (staff).';

CREATE TABLE episode_member (
  episode_id  uuid NOT NULL REFERENCES family_help_episode (id),
  position    int NOT NULL,
  person_id   uuid NOT NULL,
  child       boolean NOT NULL,
  name        text NOT NULL,
  PRIMARY KEY (episode_id, position)
);
CREATE INDEX episode_member_person_idx ON episode_member (person_id);
COMMENT ON TABLE episode_member IS 'The children and adults in an episode. Sensitivity: personal.';
COMMENT ON COLUMN episode_member.episode_id IS 'The episode.';
COMMENT ON COLUMN episode_member.position IS 'Order.';
COMMENT ON COLUMN episode_member.person_id IS 'The person (people.person.id).';
COMMENT ON COLUMN episode_member.child IS 'True for a child the episode is about, false for an adult in the family.';
COMMENT ON COLUMN episode_member.name IS 'The person''s name when added. Sensitivity: personal.';

CREATE TABLE team_member (
  episode_id       uuid NOT NULL REFERENCES family_help_episode (id),
  position         int NOT NULL,
  practitioner_id  uuid NOT NULL,
  name             text NOT NULL,
  agency_name      text NOT NULL,
  role             text NOT NULL,
  added_on         date NOT NULL,
  PRIMARY KEY (episode_id, position)
);
COMMENT ON TABLE team_member IS 'The team around the family: practitioners from any agency and what they do. Sensitivity: personal (staff).';
COMMENT ON COLUMN team_member.episode_id IS 'The episode.';
COMMENT ON COLUMN team_member.position IS 'Order.';
COMMENT ON COLUMN team_member.practitioner_id IS 'The practitioner.';
COMMENT ON COLUMN team_member.name IS 'Their name when added. Sensitivity: personal (staff).';
COMMENT ON COLUMN team_member.agency_name IS 'Their agency.';
COMMENT ON COLUMN team_member.role IS 'Their role with this family, for example school nurse support.';
COMMENT ON COLUMN team_member.added_on IS 'When they joined the team.';

CREATE TABLE assessment (
  id                  uuid PRIMARY KEY,
  version             bigint NOT NULL,
  episode_id          uuid NOT NULL REFERENCES family_help_episode (id),
  child_id            uuid NOT NULL,
  started_on          date NOT NULL,
  due_on              date NOT NULL,
  family_views        text,
  child_views         text,
  factors             text[] NOT NULL DEFAULT '{}',
  analysis            text,
  outcome             text,
  completed_on        date,
  late_reason         text,
  completed_by_name   text,
  authorised_on       date,
  authorised_by_name  text
);
CREATE INDEX assessment_episode_idx ON assessment (episode_id);
CREATE UNIQUE INDEX assessment_one_open_per_child_idx ON assessment (child_id) WHERE completed_on IS NULL;
COMMENT ON TABLE assessment IS 'An assessment of a child within Family Help (CIN census Assessments), due 45 working days from the referral. Sensitivity: personal, special category.';
COMMENT ON COLUMN assessment.id IS 'Assessment id.';
COMMENT ON COLUMN assessment.version IS 'Optimistic lock version.';
COMMENT ON COLUMN assessment.episode_id IS 'The episode.';
COMMENT ON COLUMN assessment.child_id IS 'The child assessed (people.person.id). One open assessment per child (DfE rule 8896).';
COMMENT ON COLUMN assessment.started_on IS 'AssessmentActualStartDate.';
COMMENT ON COLUMN assessment.due_on IS '45 working days from the referral date.';
COMMENT ON COLUMN assessment.family_views IS 'The family''s views, in their words. Sensitivity: personal.';
COMMENT ON COLUMN assessment.child_views IS 'The child''s views and wishes. Sensitivity: personal.';
COMMENT ON COLUMN assessment.factors IS 'Factors identified at assessment, DfE codes (21 stands alone; none repeated). Sensitivity: special category.';
COMMENT ON COLUMN assessment.analysis IS 'The practitioner''s analysis. Sensitivity: personal, special category.';
COMMENT ON COLUMN assessment.outcome IS 'What happens next: FAMILY_HELP_PLAN, STEP_UP, CLOSE_NO_FURTHER_ACTION or CLOSE_TO_EARLY_HELP.';
COMMENT ON COLUMN assessment.completed_on IS 'AssessmentAuthorisationDate counterpart: when the practitioner completed it.';
COMMENT ON COLUMN assessment.late_reason IS 'Why it was completed after its due date (required then).';
COMMENT ON COLUMN assessment.completed_by_name IS 'Who completed it. Sensitivity: personal (staff).';
COMMENT ON COLUMN assessment.authorised_on IS 'When a social-work-qualified manager authorised it (CIN AssessmentAuthorisationDate).';
COMMENT ON COLUMN assessment.authorised_by_name IS 'Who authorised it. Sensitivity: personal (staff).';

CREATE TABLE family_plan (
  id                      uuid PRIMARY KEY,
  version                 bigint NOT NULL,
  episode_id              uuid NOT NULL REFERENCES family_help_episode (id),
  child_in_need_plan      boolean NOT NULL,
  worries                 text NOT NULL,
  going_well              text NOT NULL,
  started_on              date NOT NULL,
  ended_on                date,
  review_interval_months  int NOT NULL CHECK (review_interval_months BETWEEN 1 AND 12),
  next_review_on          date NOT NULL,
  agreed_by_name          text NOT NULL
);
CREATE INDEX family_plan_episode_idx ON family_plan (episode_id);
COMMENT ON TABLE family_plan IS 'The family plan, written with the family: worries, what is going well, goals and actions. A child-in-need plan is CIN census CINPlanDates. Sensitivity: personal.';
COMMENT ON COLUMN family_plan.id IS 'Plan id.';
COMMENT ON COLUMN family_plan.version IS 'Optimistic lock version.';
COMMENT ON COLUMN family_plan.episode_id IS 'The episode.';
COMMENT ON COLUMN family_plan.child_in_need_plan IS 'True when this is a child-in-need plan (counted in the CIN census; one open at a time, DfE rule 4004).';
COMMENT ON COLUMN family_plan.worries IS 'What we are worried about. Sensitivity: personal.';
COMMENT ON COLUMN family_plan.going_well IS 'What is going well. Sensitivity: personal.';
COMMENT ON COLUMN family_plan.started_on IS 'CINPlanStartDate for a child-in-need plan.';
COMMENT ON COLUMN family_plan.ended_on IS 'CINPlanEndDate; null while the plan runs.';
COMMENT ON COLUMN family_plan.review_interval_months IS 'Months between reviews (default 3).';
COMMENT ON COLUMN family_plan.next_review_on IS 'When the next review is due.';
COMMENT ON COLUMN family_plan.agreed_by_name IS 'Who wrote it down with the family. Sensitivity: personal (staff).';

CREATE TABLE plan_goal (
  plan_id   uuid NOT NULL REFERENCES family_plan (id),
  position  int NOT NULL,
  goal      text NOT NULL,
  PRIMARY KEY (plan_id, position)
);
COMMENT ON TABLE plan_goal IS 'A goal of a family plan, in the family''s words. Sensitivity: personal.';
COMMENT ON COLUMN plan_goal.plan_id IS 'The plan.';
COMMENT ON COLUMN plan_goal.position IS 'Order (goal number - 1).';
COMMENT ON COLUMN plan_goal.goal IS 'The goal. Sensitivity: personal.';

CREATE TABLE plan_action (
  plan_id        uuid NOT NULL REFERENCES family_plan (id),
  position       int NOT NULL,
  goal_position  int NOT NULL,
  action         text NOT NULL,
  owner          text NOT NULL,
  owner_kind     text NOT NULL CHECK (owner_kind IN ('PRACTITIONER', 'PARENT', 'CHILD', 'NETWORK_MEMBER')),
  due_on         date NOT NULL,
  progress       text NOT NULL CHECK (progress IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
  PRIMARY KEY (plan_id, position)
);
COMMENT ON TABLE plan_action IS 'An action towards a goal, with its owner (a practitioner, a parent, the child or a network member), date and progress. Sensitivity: personal.';
COMMENT ON COLUMN plan_action.plan_id IS 'The plan.';
COMMENT ON COLUMN plan_action.position IS 'Order.';
COMMENT ON COLUMN plan_action.goal_position IS 'The goal it serves (plan_goal.position).';
COMMENT ON COLUMN plan_action.action IS 'What will be done. Sensitivity: personal.';
COMMENT ON COLUMN plan_action.owner IS 'Who will do it. Sensitivity: personal.';
COMMENT ON COLUMN plan_action.owner_kind IS 'PRACTITIONER, PARENT, CHILD or NETWORK_MEMBER.';
COMMENT ON COLUMN plan_action.due_on IS 'By when.';
COMMENT ON COLUMN plan_action.progress IS 'NOT_STARTED, IN_PROGRESS, DONE or STOPPED.';

CREATE TABLE plan_review (
  plan_id          uuid NOT NULL REFERENCES family_plan (id),
  position         int NOT NULL,
  held_on          date NOT NULL,
  attended         text NOT NULL,
  what_changed     text NOT NULL,
  next_review_on   date NOT NULL,
  recorded_by_name text NOT NULL,
  PRIMARY KEY (plan_id, position)
);
COMMENT ON TABLE plan_review IS 'A review of a family plan: who came, what changed, when the next one is. Sensitivity: personal.';
COMMENT ON COLUMN plan_review.plan_id IS 'The plan.';
COMMENT ON COLUMN plan_review.position IS 'Order.';
COMMENT ON COLUMN plan_review.held_on IS 'When the review was held.';
COMMENT ON COLUMN plan_review.attended IS 'Who came. Sensitivity: personal.';
COMMENT ON COLUMN plan_review.what_changed IS 'What has changed. Sensitivity: personal.';
COMMENT ON COLUMN plan_review.next_review_on IS 'When the next review is due.';
COMMENT ON COLUMN plan_review.recorded_by_name IS 'Who recorded it. Sensitivity: personal (staff).';

CREATE TABLE visit (
  id                 uuid PRIMARY KEY,
  episode_id         uuid NOT NULL REFERENCES family_help_episode (id),
  visited_on         date NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('HOME_VISIT', 'SCHOOL', 'OFFICE', 'PHONE', 'VIDEO', 'OTHER')),
  children_seen      uuid[] NOT NULL DEFAULT '{}',
  child_seen_alone   boolean NOT NULL,
  who_was_seen       text NOT NULL,
  what_was_said      text NOT NULL,
  what_next          text,
  recorded_by        text NOT NULL,
  recorded_by_name   text NOT NULL,
  recorded_at        timestamptz NOT NULL
);
CREATE INDEX visit_episode_idx ON visit (episode_id, visited_on DESC);
COMMENT ON TABLE visit IS 'A visit or contact with the family. Sensitivity: personal, special category possible.';
COMMENT ON COLUMN visit.id IS 'Visit id.';
COMMENT ON COLUMN visit.episode_id IS 'The episode.';
COMMENT ON COLUMN visit.visited_on IS 'When.';
COMMENT ON COLUMN visit.kind IS 'HOME_VISIT, SCHOOL, OFFICE, PHONE, VIDEO or OTHER.';
COMMENT ON COLUMN visit.children_seen IS 'Children seen (people.person.id).';
COMMENT ON COLUMN visit.child_seen_alone IS 'Whether a child was seen alone.';
COMMENT ON COLUMN visit.who_was_seen IS 'Who was seen. Sensitivity: personal.';
COMMENT ON COLUMN visit.what_was_said IS 'What was said and seen. Sensitivity: personal, special category possible.';
COMMENT ON COLUMN visit.what_next IS 'What happens next. Sensitivity: personal.';
COMMENT ON COLUMN visit.recorded_by IS 'Username of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN visit.recorded_by_name IS 'Name of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN visit.recorded_at IS 'When it was recorded (UTC).';

CREATE TABLE visit_draft (
  username    text NOT NULL,
  episode_id  uuid NOT NULL REFERENCES family_help_episode (id),
  fields      jsonb NOT NULL,
  saved_at    timestamptz NOT NULL,
  PRIMARY KEY (username, episode_id)
);
COMMENT ON TABLE visit_draft IS 'A visit being written, saved automatically as the practitioner types, so that a timed-out session loses nothing; removed when the visit is recorded. Sensitivity: personal, special category possible.';
COMMENT ON COLUMN visit_draft.username IS 'The practitioner writing it. Sensitivity: personal (staff).';
COMMENT ON COLUMN visit_draft.episode_id IS 'The episode.';
COMMENT ON COLUMN visit_draft.fields IS 'The form fields as typed. Sensitivity: personal, special category possible.';
COMMENT ON COLUMN visit_draft.saved_at IS 'When it was last saved (UTC).';
