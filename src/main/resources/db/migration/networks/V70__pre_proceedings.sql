-- Pre-proceedings under the Public Law Outline: the legal planning meeting, the letter before proceedings (with the
-- offer of a family group decision-making meeting, s31ZA(6) Children Act 1989, or a manager's approved exemption),
-- pre-proceedings meetings, the step decision and the application to court; and when the s31ZA duty commences here
-- (a setting: it awaits commencement).

CREATE TABLE fgdm_duty_setting (
  id            smallint PRIMARY KEY CHECK (id = 1),
  commences_on  date,
  changed_by    text,
  changed_at    timestamptz,
  version       bigint NOT NULL DEFAULT 0
);
INSERT INTO fgdm_duty_setting (id) VALUES (1);
COMMENT ON TABLE fgdm_duty_setting IS 'One row: when the duty of s31ZA Children Act 1989 (offer an FGDM before applying for a care or supervision order, the offer in the letter before proceedings) is enforced here. Sensitivity: not personal.';
COMMENT ON COLUMN fgdm_duty_setting.id IS 'Always 1.';
COMMENT ON COLUMN fgdm_duty_setting.commences_on IS 'The commencement date; empty: not commenced (Kith warns instead of refusing).';
COMMENT ON COLUMN fgdm_duty_setting.changed_by IS 'Who last changed it. Sensitivity: personal (staff).';
COMMENT ON COLUMN fgdm_duty_setting.changed_at IS 'When.';
COMMENT ON COLUMN fgdm_duty_setting.version IS 'Optimistic lock version.';

CREATE TABLE pre_proceedings_outcome (
  code   text PRIMARY KEY,
  label  text NOT NULL,
  ends   boolean NOT NULL
);
INSERT INTO pre_proceedings_outcome (code, label, ends) VALUES
  ('A', 'Step down: pre-proceedings end', true),
  ('B', 'Continue: pre-proceedings are extended', false),
  ('C', 'Apply to court', false);
COMMENT ON TABLE pre_proceedings_outcome IS 'The outcomes of the pre-proceedings step decision, as the CIN census codes them (PPOutcome). Sensitivity: not personal.';
COMMENT ON COLUMN pre_proceedings_outcome.code IS 'CIN census PPOutcome code.';
COMMENT ON COLUMN pre_proceedings_outcome.label IS 'What it means, as shown to users.';
COMMENT ON COLUMN pre_proceedings_outcome.ends IS 'Whether it ends pre-proceedings.';

CREATE TABLE pre_proceedings (
  id                      uuid PRIMARY KEY,
  version                 bigint NOT NULL DEFAULT 0,
  child_id                uuid NOT NULL,
  started_on              date NOT NULL,
  started_by_name         text NOT NULL,
  lpm_on                  date,
  lpm_decision            text CHECK (lpm_decision IN ('ENTER_PRE_PROCEEDINGS', 'ISSUE_PROCEEDINGS', 'NO_LEGAL_THRESHOLD')),
  letter_sent_on          date,
  letter_fgdm_id          uuid,
  letter_includes         text CHECK (letter_includes IN ('FGDM_OFFER', 'EXEMPTION', 'NEITHER')),
  letter_warning          text,
  step_decision_on        date,
  outcome                 text REFERENCES pre_proceedings_outcome (code),
  court_application_on    date,
  court_urgent_reason     text CHECK (length(court_urgent_reason) <= 2000),
  court_urgent_by         text,
  letter_init_cp_on       date,
  ended_on                date,
  recorded_by             text NOT NULL,
  CHECK ((lpm_on IS NULL) = (lpm_decision IS NULL))
);
CREATE UNIQUE INDEX pre_proceedings_open_idx ON pre_proceedings (child_id) WHERE ended_on IS NULL;
COMMENT ON TABLE pre_proceedings IS 'A child''s pre-proceedings under the Public Law Outline, from the start to the step decision or the application to court: the dates the CIN census PreProceedingsandFGDM block reports. Sensitivity: special category (legal proceedings about a child).';
COMMENT ON COLUMN pre_proceedings.id IS 'Pre-proceedings id.';
COMMENT ON COLUMN pre_proceedings.version IS 'Optimistic lock version.';
COMMENT ON COLUMN pre_proceedings.child_id IS 'The child (people.person.id). Sensitivity: personal.';
COMMENT ON COLUMN pre_proceedings.started_on IS 'CIN census PPStartDate.';
COMMENT ON COLUMN pre_proceedings.started_by_name IS 'Who recorded the start. Sensitivity: personal (staff).';
COMMENT ON COLUMN pre_proceedings.lpm_on IS 'When the legal planning meeting was held.';
COMMENT ON COLUMN pre_proceedings.lpm_decision IS 'ENTER_PRE_PROCEEDINGS, ISSUE_PROCEEDINGS or NO_LEGAL_THRESHOLD.';
COMMENT ON COLUMN pre_proceedings.letter_sent_on IS 'CIN census LBPSentDate: the letter before proceedings.';
COMMENT ON COLUMN pre_proceedings.letter_fgdm_id IS 'The family group decision whose offer (or approved exemption) the letter includes.';
COMMENT ON COLUMN pre_proceedings.letter_includes IS 'FGDM_OFFER, EXEMPTION (a manager approved not offering: s31ZA(3)) or NEITHER (only before the duty commences, with a warning).';
COMMENT ON COLUMN pre_proceedings.letter_warning IS 'The warning shown when the letter was recorded without the offer before the duty commenced.';
COMMENT ON COLUMN pre_proceedings.step_decision_on IS 'CIN census StepDecisionDate.';
COMMENT ON COLUMN pre_proceedings.outcome IS 'CIN census PPOutcome: A, B or C (pre_proceedings_outcome).';
COMMENT ON COLUMN pre_proceedings.court_application_on IS 'CIN census CourtAppDate.';
COMMENT ON COLUMN pre_proceedings.court_urgent_reason IS 'A manager''s reason for applying before an accepted FGDM was held (urgent protection). Sensitivity: special category.';
COMMENT ON COLUMN pre_proceedings.court_urgent_by IS 'The manager who gave it. Sensitivity: personal (staff).';
COMMENT ON COLUMN pre_proceedings.letter_init_cp_on IS 'CIN census LetterInitCPDate (read as the letter initiating care proceedings; to be confirmed against the DfE guide).';
COMMENT ON COLUMN pre_proceedings.ended_on IS 'When pre-proceedings ended (no legal threshold, step down, or the application to court).';
COMMENT ON COLUMN pre_proceedings.recorded_by IS 'Username that started the record. Sensitivity: personal (staff).';

CREATE TABLE pre_proceedings_meeting (
  id                  uuid PRIMARY KEY,
  pre_proceedings_id  uuid NOT NULL REFERENCES pre_proceedings (id),
  kind                text NOT NULL CHECK (kind IN ('INITIAL', 'REVIEW')),
  held_on             date NOT NULL,
  next_review_on      date,
  recorded_by_name    text NOT NULL
);
CREATE UNIQUE INDEX pre_proceedings_meeting_initial_idx ON pre_proceedings_meeting (pre_proceedings_id) WHERE kind = 'INITIAL';
COMMENT ON TABLE pre_proceedings_meeting IS 'A pre-proceedings meeting with the parents and their lawyers: the first is the initial meeting (InitialPPMeetingDate), the rest reviews (ReviewMeetingsCount). Sensitivity: special category.';
COMMENT ON COLUMN pre_proceedings_meeting.id IS 'Meeting id.';
COMMENT ON COLUMN pre_proceedings_meeting.pre_proceedings_id IS 'The pre-proceedings.';
COMMENT ON COLUMN pre_proceedings_meeting.kind IS 'INITIAL or REVIEW.';
COMMENT ON COLUMN pre_proceedings_meeting.held_on IS 'When it was held.';
COMMENT ON COLUMN pre_proceedings_meeting.next_review_on IS 'When the next review is due (a task), if one is.';
COMMENT ON COLUMN pre_proceedings_meeting.recorded_by_name IS 'Who recorded it. Sensitivity: personal (staff).';
