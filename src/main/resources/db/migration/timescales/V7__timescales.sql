-- Timescales: the council's local closure days (bank holidays are computed, not stored), the statutory clocks
-- as data, and each running or stopped clock of a referral, assessment, enquiry or conference.
CREATE TABLE working_day_closure (
  day       date PRIMARY KEY,
  reason    text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 200),
  added_by  text NOT NULL,
  added_at  timestamptz NOT NULL
);
COMMENT ON TABLE working_day_closure IS 'Local closure days: days the council does not count as working days beyond weekends and England and Wales bank holidays (for example the days between Christmas and New Year). Added and removed by administrators, audited. Sensitivity: not personal beyond the staff username.';
COMMENT ON COLUMN working_day_closure.day IS 'The date that is not a working day.';
COMMENT ON COLUMN working_day_closure.reason IS 'Why the council is closed, as shown to administrators.';
COMMENT ON COLUMN working_day_closure.added_by IS 'The administrator who added the day. Sensitivity: personal (staff).';
COMMENT ON COLUMN working_day_closure.added_at IS 'When the day was added (UTC).';

CREATE TABLE clock_definition (
  name                  text PRIMARY KEY CHECK (name ~ '^[A-Z][A-Z0-9_]*$'),
  label                 text NOT NULL,
  start_event           text NOT NULL,
  length                int NOT NULL CHECK (length > 0),
  unit                  text NOT NULL CHECK (unit IN ('WORKING_DAYS', 'DAYS', 'MONTHS')),
  stop_event            text NOT NULL,
  late_reason_required  boolean NOT NULL DEFAULT false,
  source                text NOT NULL
);
CREATE INDEX clock_definition_start_idx ON clock_definition (start_event);
CREATE INDEX clock_definition_stop_idx ON clock_definition (stop_event);
COMMENT ON TABLE clock_definition IS 'A statutory or local timescale as data: the event that starts it, how long it runs and the event that stops it. Sensitivity: not personal.';
COMMENT ON COLUMN clock_definition.name IS 'Code of the clock, for example REFERRAL_DECISION.';
COMMENT ON COLUMN clock_definition.label IS 'Name shown to users, for example Referral decision.';
COMMENT ON COLUMN clock_definition.start_event IS 'Name of the event that starts a clock (ClockEvent.name), for example ReferralReceived.';
COMMENT ON COLUMN clock_definition.length IS 'How long the clock runs, in unit.';
COMMENT ON COLUMN clock_definition.unit IS 'WORKING_DAYS (weekdays that are not bank holidays or closure days), DAYS or MONTHS.';
COMMENT ON COLUMN clock_definition.stop_event IS 'Name of the event that stops a running clock of the same subject.';
COMMENT ON COLUMN clock_definition.late_reason_required IS 'True when stopping the clock after its due date needs a reason why it was late.';
COMMENT ON COLUMN clock_definition.source IS 'The statute or guidance the timescale comes from.';

-- Due date = start date + length in its unit. Working Together to Safeguard Children 2023, chapter 3.
INSERT INTO clock_definition (name, label, start_event, length, unit, stop_event, late_reason_required, source) VALUES
  -- A social worker decides the type of response within one working day of a referral being received.
  ('REFERRAL_DECISION', 'Referral decision', 'ReferralReceived', 1, 'WORKING_DAYS', 'ReferralDecided', true,
   'Working Together to Safeguard Children 2023, chapter 3: decision about the type of response within one working day of a referral'),
  -- An assessment is completed within 45 working days of the referral (the caller gives the referral date).
  ('ASSESSMENT', 'Assessment', 'ReferralAcceptedForAssessment', 45, 'WORKING_DAYS', 'AssessmentCompleted', true,
   'Working Together to Safeguard Children 2023, chapter 3: assessment completed within 45 working days of the referral'),
  -- The initial child protection conference is held within 15 working days of the strategy discussion
  -- (or of the last strategy discussion, where there is more than one) that started the section 47 enquiry.
  ('INITIAL_CHILD_PROTECTION_CONFERENCE', 'Initial child protection conference', 'StrategyDiscussionInitiatedSection47', 15, 'WORKING_DAYS', 'InitialConferenceHeld', false,
   'Working Together to Safeguard Children 2023, chapter 3: initial child protection conference within 15 working days of the strategy discussion'),
  -- The first review conference is held within three months of the initial conference.
  ('FIRST_REVIEW_CONFERENCE', 'First review conference', 'InitialConferenceHeld', 3, 'MONTHS', 'ReviewConferenceHeld', false,
   'Working Together to Safeguard Children 2023, chapter 3: first review conference within three months of the initial conference'),
  -- The core group first meets within 10 working days of the initial conference.
  ('CORE_GROUP_FIRST', 'First core group meeting', 'InitialConferenceHeld', 10, 'WORKING_DAYS', 'CoreGroupHeld', false,
   'Working Together to Safeguard Children 2023, chapter 3: first core group meeting within 10 working days of the initial conference'),
  -- A child subject to a plan moves in from another authority: a transfer-in conference within 15 working days
  -- of being notified of the move.
  ('TRANSFER_IN_CONFERENCE', 'Transfer-in conference', 'TransferInNotified', 15, 'WORKING_DAYS', 'TransferInConferenceHeld', false,
   'Working Together to Safeguard Children 2023, chapter 3: transfer-in conference within 15 working days of notification of the move');

CREATE TABLE statutory_clock (
  id           uuid PRIMARY KEY,
  definition   text NOT NULL REFERENCES clock_definition (name),
  subject_id   uuid NOT NULL,
  child_id     uuid,
  started_on   date NOT NULL,
  due_on       date NOT NULL,
  stopped_on   date,
  breached_on  date,
  late_reason  text,
  version      bigint NOT NULL DEFAULT 0,
  CHECK (due_on >= started_on),
  CHECK (stopped_on IS NULL OR stopped_on >= started_on),
  CHECK (breached_on IS NULL OR breached_on > due_on)
);
-- At most one running clock of a kind per subject; the same start event twice starts one clock.
CREATE UNIQUE INDEX statutory_clock_running_idx ON statutory_clock (definition, subject_id) WHERE stopped_on IS NULL;
CREATE UNIQUE INDEX statutory_clock_start_idx ON statutory_clock (definition, subject_id, started_on);
CREATE INDEX statutory_clock_subject_idx ON statutory_clock (subject_id);
CREATE INDEX statutory_clock_child_idx ON statutory_clock (child_id);
CREATE INDEX statutory_clock_due_idx ON statutory_clock (due_on) WHERE stopped_on IS NULL AND breached_on IS NULL;
COMMENT ON TABLE statutory_clock IS 'One run of a statutory clock for one subject (a referral, assessment, enquiry or conference) of a child: when it started, when it is due, when it stopped, and whether and why it was late. Sensitivity: personal (links to a child).';
COMMENT ON COLUMN statutory_clock.id IS 'Clock id.';
COMMENT ON COLUMN statutory_clock.definition IS 'Which clock this is (clock_definition.name).';
COMMENT ON COLUMN statutory_clock.subject_id IS 'The record the clock runs for, such as a referral id, owned by another module. Sensitivity: personal (links to a child).';
COMMENT ON COLUMN statutory_clock.child_id IS 'The child concerned (people.person.id). Sensitivity: personal.';
COMMENT ON COLUMN statutory_clock.started_on IS 'Date of the event that started the clock (Europe/London).';
COMMENT ON COLUMN statutory_clock.due_on IS 'Last day on which stopping the clock is on time (Europe/London).';
COMMENT ON COLUMN statutory_clock.stopped_on IS 'Date of the event that stopped the clock, null while it runs.';
COMMENT ON COLUMN statutory_clock.breached_on IS 'First day after the due date, set when the clock ran past it (by the breach check while running, or when stopped late); null when on time.';
COMMENT ON COLUMN statutory_clock.late_reason IS 'Why the work was late, given when the clock stopped after its due date. Sensitivity: personal (may describe the child''s circumstances).';
COMMENT ON COLUMN statutory_clock.version IS 'Optimistic lock version, increased on every change.';
