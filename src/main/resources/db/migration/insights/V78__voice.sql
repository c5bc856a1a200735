-- The voice of families and staff (Families First: positive feedback from families and staff is one of the early
-- signs of impact). A family is invited to give feedback after a plan review or a closure, through a single-use link
-- that needs no account; staff answer a short pulse survey at most once a month. Answers are kept apart from who gave
-- them: a family's answer names no invitation, child or practitioner, and a member of staff's answer names no one
-- (a separate row records only that they answered that month).

CREATE TABLE feedback_work (
  work_id               uuid PRIMARY KEY,
  episode_id            uuid NOT NULL,
  lead_practitioner_id  uuid,
  updated_at            timestamptz NOT NULL
);
COMMENT ON TABLE feedback_work IS 'What the feedback invitations need to know from other modules'' events: a Family Help episode''s lead practitioner (work_id = the episode), and the episode a child protection plan belongs to (work_id = the plan), so that brothers and sisters reviewed together get one invitation. Sensitivity: internal.';
COMMENT ON COLUMN feedback_work.work_id IS 'The Family Help episode (familyhelp) or child protection plan (protection) this row is about.';
COMMENT ON COLUMN feedback_work.episode_id IS 'The Family Help episode (familyhelp).';
COMMENT ON COLUMN feedback_work.lead_practitioner_id IS 'The episode''s lead practitioner (partnership.practitioner.id), when known. Sensitivity: personal (staff).';
COMMENT ON COLUMN feedback_work.updated_at IS 'When an event last changed the row (UTC).';

CREATE TABLE feedback_invitation (
  id                uuid PRIMARY KEY,
  occasion          text NOT NULL CHECK (occasion IN ('FAMILY_PLAN_REVIEWED', 'EPISODE_CLOSED', 'CHILD_PROTECTION_PLAN_REVIEWED')),
  occasion_key      text NOT NULL UNIQUE,
  episode_id        uuid,
  child_ids         uuid[] NOT NULL,
  occurred_on       date NOT NULL,
  practitioner_id   uuid,
  token_hash        bytea UNIQUE,
  link_made_at      timestamptz,
  link_made_by      text,
  expires_at        timestamptz NOT NULL,
  used_at           timestamptz,
  created_at        timestamptz NOT NULL
);
CREATE INDEX feedback_invitation_practitioner_idx ON feedback_invitation (practitioner_id) WHERE used_at IS NULL;
COMMENT ON TABLE feedback_invitation IS 'An invitation to a family to say how the help felt, after a plan review or a closure: one per family and occasion, with the hash of its single-use link once a practitioner has made it. Never joined to the answer. Sensitivity: personal.';
COMMENT ON COLUMN feedback_invitation.id IS 'Invitation id.';
COMMENT ON COLUMN feedback_invitation.occasion IS 'What happened: a family plan review, an episode closing, or a child protection plan review.';
COMMENT ON COLUMN feedback_invitation.occasion_key IS 'The occasion as a key (its kind, the episode or plan, the date), so that an event delivered again invites no second time.';
COMMENT ON COLUMN feedback_invitation.episode_id IS 'The Family Help episode (familyhelp), when known.';
COMMENT ON COLUMN feedback_invitation.child_ids IS 'The children of the family (people.person.id). Sensitivity: personal.';
COMMENT ON COLUMN feedback_invitation.occurred_on IS 'The date of the review or closure.';
COMMENT ON COLUMN feedback_invitation.practitioner_id IS 'Who gives the family the link: the lead practitioner (partnership.practitioner.id). Sensitivity: personal (staff).';
COMMENT ON COLUMN feedback_invitation.token_hash IS 'SHA-256 of the link''s random token (256 bits); the token itself is never stored. A new link replaces the hash, so the old link stops working. Sensitivity: secret.';
COMMENT ON COLUMN feedback_invitation.link_made_at IS 'When the current link was made (UTC).';
COMMENT ON COLUMN feedback_invitation.link_made_by IS 'Username of who made it. Sensitivity: personal (staff).';
COMMENT ON COLUMN feedback_invitation.expires_at IS 'When the invitation lapses: 28 days after the link was made, or after the invitation if no link was made (UTC).';
COMMENT ON COLUMN feedback_invitation.used_at IS 'When the family answered; the link is then refused. The answer is not linked to the invitation.';
COMMENT ON COLUMN feedback_invitation.created_at IS 'When the invitation was created (UTC).';

CREATE TABLE family_feedback (
  id          uuid PRIMARY KEY,
  month       date NOT NULL CHECK (extract(day FROM month) = 1),
  listened    smallint NOT NULL CHECK (listened BETWEEN 1 AND 5),
  explained   smallint NOT NULL CHECK (explained BETWEEN 1 AND 5),
  better      smallint NOT NULL CHECK (better BETWEEN 1 AND 5),
  free_text   text CHECK (length(free_text) <= 1000)
);
CREATE INDEX family_feedback_month_idx ON family_feedback (month);
COMMENT ON TABLE family_feedback IS 'A family''s answers, with the month only: no invitation, child, family or practitioner, so that nothing here identifies a family. Sensitivity: personal (the free text may say who they are).';
COMMENT ON COLUMN family_feedback.id IS 'Answer id.';
COMMENT ON COLUMN family_feedback.month IS 'The first day of the month the answer came (Europe/London).';
COMMENT ON COLUMN family_feedback.listened IS '"I felt listened to": 5 strongly agree to 1 strongly disagree.';
COMMENT ON COLUMN family_feedback.explained IS '"Things were explained in a way I understood": 5 strongly agree to 1 strongly disagree.';
COMMENT ON COLUMN family_feedback.better IS '"The help has made things better for my family": 5 strongly agree to 1 strongly disagree.';
COMMENT ON COLUMN family_feedback.free_text IS 'What else the family wanted to say, if anything; managers only. Sensitivity: personal.';

CREATE TABLE staff_pulse (
  id          uuid PRIMARY KEY,
  month       date NOT NULL CHECK (extract(day FROM month) = 1),
  confidence  smallint NOT NULL CHECK (confidence BETWEEN 1 AND 5),
  workload    smallint NOT NULL CHECK (workload BETWEEN 1 AND 5),
  supported   smallint NOT NULL CHECK (supported BETWEEN 1 AND 5),
  free_text   text CHECK (length(free_text) <= 1000)
);
CREATE INDEX staff_pulse_month_idx ON staff_pulse (month);
COMMENT ON TABLE staff_pulse IS 'A member of staff''s pulse survey answers, with the month only and without the person (staff_pulse_taken records that they answered). Sensitivity: personal (the free text may say who they are).';
COMMENT ON COLUMN staff_pulse.id IS 'Answer id.';
COMMENT ON COLUMN staff_pulse.month IS 'The first day of the month of the answer (Europe/London).';
COMMENT ON COLUMN staff_pulse.confidence IS '"I feel confident in my work with families": 5 strongly agree to 1 strongly disagree.';
COMMENT ON COLUMN staff_pulse.workload IS '"My workload is manageable": 5 strongly agree to 1 strongly disagree.';
COMMENT ON COLUMN staff_pulse.supported IS '"I feel supported by my manager and team": 5 strongly agree to 1 strongly disagree.';
COMMENT ON COLUMN staff_pulse.free_text IS 'What else they wanted to say, if anything; managers only. Sensitivity: personal (staff).';

CREATE TABLE staff_pulse_taken (
  username  text NOT NULL,
  month     date NOT NULL CHECK (extract(day FROM month) = 1),
  PRIMARY KEY (username, month)
);
COMMENT ON TABLE staff_pulse_taken IS 'That a member of staff answered the pulse survey in a month, so that they answer once a month; never joined to the answers. Sensitivity: personal (staff).';
COMMENT ON COLUMN staff_pulse_taken.username IS 'Who answered. Sensitivity: personal (staff).';
COMMENT ON COLUMN staff_pulse_taken.month IS 'The first day of the month they answered (Europe/London).';
