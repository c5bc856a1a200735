-- Insights' own read models for the measures, kept by listeners to the other modules' events and rebuilt from
-- their records on demand (MeasuresRebuild). Pages read only these tables, never another module's.

CREATE TABLE measure_fact (
  kind             text NOT NULL,
  source_id        uuid NOT NULL,
  child_id         uuid NOT NULL,
  started_on       date,
  occurred_on      date,
  on_time          boolean,
  repeat           boolean,
  stage            text,
  outcome          text,
  amount_pence     bigint,
  practitioner_id  uuid,
  team_id          uuid,
  team_name        text,
  agency_name      text,
  age_band         text,
  sex              text,
  ethnicity        text,
  disability       text,
  primary_need     text,
  PRIMARY KEY (kind, source_id, child_id)
);
CREATE INDEX measure_fact_month_idx ON measure_fact (kind, occurred_on);
CREATE INDEX measure_fact_child_idx ON measure_fact (child_id, kind);
COMMENT ON TABLE measure_fact IS 'One row per thing a measure counts (a referral, a decision, an assessment, a conference, a statutory visit, a plan, an FGDM step, a letter before proceedings, a support package and its reviews, a kinship arrangement, a placement outside the network, a plan ended because the child became looked after), with its dates, whether it was on time, and the slicing dimensions when it happened. Names no one. Sensitivity: pseudonymous (child and practitioner ids).';
COMMENT ON COLUMN measure_fact.kind IS 'What is counted: REFERRAL, DECISION, ASSESSMENT, INITIAL_CONFERENCE, REVIEW_CONFERENCE, VISIT, CP_PLAN, FGDM_CONSIDERED, FGDM_OFFERED, FGDM_HELD, LETTER_BEFORE_PROCEEDINGS, SUPPORT_PACKAGE, SUPPORT_REVIEW, KINSHIP, PLACED_OUTSIDE_NETWORK, BECAME_LOOKED_AFTER.';
COMMENT ON COLUMN measure_fact.source_id IS 'The id of the record in its own module (referral, assessment, conference, visit, plan, FGDM, letter, package, arrangement).';
COMMENT ON COLUMN measure_fact.child_id IS 'The child (people.person.id). Sensitivity: pseudonymous.';
COMMENT ON COLUMN measure_fact.started_on IS 'When the work started (an assessment''s start), where it differs from the counted date.';
COMMENT ON COLUMN measure_fact.occurred_on IS 'The date the measure counts it by (received, decided, completed, held, visited, started, approved, reviewed); null while not yet done.';
COMMENT ON COLUMN measure_fact.on_time IS 'Whether it was within its statutory or local timescale; null where no timescale applies.';
COMMENT ON COLUMN measure_fact.repeat IS 'A re-referral within 12 months, or a plan that is the child''s second or later; null otherwise.';
COMMENT ON COLUMN measure_fact.stage IS 'The FGDM''s stage, the support review''s months (6 or 12), or the kinship arrangement''s type.';
COMMENT ON COLUMN measure_fact.outcome IS 'What the letter before proceedings included, where a reviewed child lives, or a plan''s end reason.';
COMMENT ON COLUMN measure_fact.amount_pence IS 'A support package''s approved total, in pence.';
COMMENT ON COLUMN measure_fact.practitioner_id IS 'The practitioner whose work it is (lead practitioner, lead child protection practitioner) (partnership.practitioner.id). Sensitivity: personal (staff, pseudonymous).';
COMMENT ON COLUMN measure_fact.team_id IS 'That practitioner''s team when it was recorded (partnership.team.id).';
COMMENT ON COLUMN measure_fact.team_name IS 'The team''s name.';
COMMENT ON COLUMN measure_fact.agency_name IS 'The practitioner''s agency.';
COMMENT ON COLUMN measure_fact.age_band IS 'The child''s age band on the day (Unborn, Under 1, 1 to 4, 5 to 9, 10 to 15, 16 and over). Sensitivity: pseudonymous.';
COMMENT ON COLUMN measure_fact.sex IS 'The child''s sex (DfE code). Sensitivity: special category when joined to the child.';
COMMENT ON COLUMN measure_fact.ethnicity IS 'The child''s ethnicity (DfE code). Sensitivity: special category when joined to the child.';
COMMENT ON COLUMN measure_fact.disability IS 'Whether the child has any recorded disability: ANY or NONE. Sensitivity: special category when joined to the child.';
COMMENT ON COLUMN measure_fact.primary_need IS 'The child''s primary need (DfE N1 to N9) when Family Help carries it; empty until then. Sensitivity: special category when joined to the child.';

CREATE TABLE measure_child_lead (
  child_id         uuid PRIMARY KEY,
  practitioner_id  uuid NOT NULL,
  allocated_on     date NOT NULL
);
COMMENT ON TABLE measure_child_lead IS 'Each child''s current Family Help lead practitioner, so that facts whose event names no practitioner (an FGDM, a package) are counted for the lead''s team. Sensitivity: pseudonymous.';
COMMENT ON COLUMN measure_child_lead.child_id IS 'The child (people.person.id). Sensitivity: pseudonymous.';
COMMENT ON COLUMN measure_child_lead.practitioner_id IS 'Their lead practitioner (partnership.practitioner.id). Sensitivity: personal (staff, pseudonymous).';
COMMENT ON COLUMN measure_child_lead.allocated_on IS 'When the lead was allocated.';

CREATE TABLE measure_open_case (
  kind             text NOT NULL CHECK (kind IN ('FAMILY_HELP', 'CHILD_PROTECTION')),
  case_id          uuid NOT NULL,
  practitioner_id  uuid,
  team_id          uuid,
  opened_on        date NOT NULL,
  PRIMARY KEY (kind, case_id)
);
CREATE INDEX measure_open_case_practitioner_idx ON measure_open_case (practitioner_id);
COMMENT ON TABLE measure_open_case IS 'Open cases now, per practitioner: open Family Help episodes by lead practitioner and open child protection plans by lead child protection practitioner; a row goes when the case closes. Sensitivity: pseudonymous.';
COMMENT ON COLUMN measure_open_case.kind IS 'FAMILY_HELP (an episode) or CHILD_PROTECTION (a plan).';
COMMENT ON COLUMN measure_open_case.case_id IS 'The episode or plan id in its own module.';
COMMENT ON COLUMN measure_open_case.practitioner_id IS 'Who holds it; null while unallocated (partnership.practitioner.id). Sensitivity: personal (staff, pseudonymous).';
COMMENT ON COLUMN measure_open_case.team_id IS 'Their team (partnership.team.id).';
COMMENT ON COLUMN measure_open_case.opened_on IS 'When the case opened.';
