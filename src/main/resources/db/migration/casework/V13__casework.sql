-- Case work: the child's chronology and the tasks behind each practitioner's work tray. Both are built from
-- other modules' events, never from their tables, and a redelivered event changes nothing.
CREATE TABLE chronology_entry (
  id               uuid PRIMARY KEY,
  child_id         uuid NOT NULL,
  occurred_on      date NOT NULL,
  recorded_at      timestamptz NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('REFERRAL', 'REFERRAL_DECISION', 'FAMILY_HELP', 'LEAD_PRACTITIONER',
                     'ASSESSMENT', 'FAMILY_PLAN', 'PLAN_REVIEW', 'VISIT', 'CHILD_PROTECTION', 'CLOSURE')),
  title            text NOT NULL,
  detail           text,
  actor_name       text,
  link             text,
  statutory        boolean NOT NULL,
  source_event_id  text NOT NULL UNIQUE
);
CREATE INDEX chronology_entry_child_idx ON chronology_entry (child_id, occurred_on DESC, recorded_at DESC);
CREATE INDEX chronology_entry_recent_idx ON chronology_entry (recorded_at);
COMMENT ON TABLE chronology_entry IS 'One significant event in a child''s life and in the work with the family, from any module, for the child''s chronology (newest first). Written by listeners from events. Sensitivity: personal, may hold special category data.';
COMMENT ON COLUMN chronology_entry.id IS 'Entry id.';
COMMENT ON COLUMN chronology_entry.child_id IS 'The child (people.person.id). Sensitivity: personal (identifies a child).';
COMMENT ON COLUMN chronology_entry.occurred_on IS 'When it happened (Europe/London date), as the event says.';
COMMENT ON COLUMN chronology_entry.recorded_at IS 'When the entry was written (UTC); orders entries of the same day.';
COMMENT ON COLUMN chronology_entry.kind IS 'REFERRAL, REFERRAL_DECISION, FAMILY_HELP, LEAD_PRACTITIONER, ASSESSMENT, FAMILY_PLAN, PLAN_REVIEW, VISIT, CHILD_PROTECTION or CLOSURE: what the chronology filters by.';
COMMENT ON COLUMN chronology_entry.title IS 'What happened, in plain English ("Visit: child seen alone"). Sensitivity: personal.';
COMMENT ON COLUMN chronology_entry.detail IS 'More about it, such as a reason or the factors identified. Sensitivity: personal, special category possible.';
COMMENT ON COLUMN chronology_entry.actor_name IS 'Who did it, by name, at the time. Sensitivity: personal (staff).';
COMMENT ON COLUMN chronology_entry.link IS 'Where the record of it is in Kith (a path such as /family-help/{id}).';
COMMENT ON COLUMN chronology_entry.statutory IS 'True for key statutory events (referral, decision, assessment, child in need plan, child protection, closure), which stand out.';
COMMENT ON COLUMN chronology_entry.source_event_id IS 'The event and child it came from ("EpisodeOpened:{episodeId}:{childId}"), unique so that a redelivered event adds no second entry.';

CREATE TABLE task (
  id               uuid PRIMARY KEY,
  practitioner_id  uuid NOT NULL,
  child_ids        uuid[] NOT NULL,
  episode_id       uuid,
  kind             text NOT NULL CHECK (kind IN ('COMPLETE_ASSESSMENT', 'REVIEW_FAMILY_PLAN')),
  title            text NOT NULL,
  due_on           date NOT NULL,
  done_on          date,
  link             text,
  source_id        uuid NOT NULL,
  created_at       timestamptz NOT NULL,
  CONSTRAINT task_once_per_due_date UNIQUE (kind, source_id, due_on)
);
CREATE INDEX task_open_children_idx ON task USING gin (child_ids) WHERE done_on IS NULL;
CREATE INDEX task_episode_idx ON task (episode_id) WHERE done_on IS NULL;
COMMENT ON TABLE task IS 'Work due for a family (complete the assessment, review the family plan), kept from events for the personal work tray. Sensitivity: personal (links staff to children).';
COMMENT ON COLUMN task.id IS 'Task id.';
COMMENT ON COLUMN task.practitioner_id IS 'Whose task it is: the lead practitioner (partnership.practitioner.id). Sensitivity: personal (staff).';
COMMENT ON COLUMN task.child_ids IS 'The children it concerns (people.person.id). Sensitivity: personal (identifies children).';
COMMENT ON COLUMN task.episode_id IS 'The Family Help episode it belongs to, if any.';
COMMENT ON COLUMN task.kind IS 'COMPLETE_ASSESSMENT or REVIEW_FAMILY_PLAN.';
COMMENT ON COLUMN task.title IS 'What to do, in plain English ("Complete the assessment").';
COMMENT ON COLUMN task.due_on IS 'When it is due (Europe/London date).';
COMMENT ON COLUMN task.done_on IS 'When it was done or no longer needed (the episode closed), null while open.';
COMMENT ON COLUMN task.link IS 'Where to do it in Kith (a path such as /family-help/{id}).';
COMMENT ON COLUMN task.source_id IS 'What it is about: the assessment or the family plan id. With kind and due date unique, so a redelivered event adds no second task.';
COMMENT ON COLUMN task.created_at IS 'When the task was written (UTC).';
