-- The training each practitioner has completed: who may be lead child protection practitioner depends on it
-- (the council's rule names a course, with the qualification and years since qualifying).
CREATE TABLE practitioner_training (
  id               uuid PRIMARY KEY,
  practitioner_id  uuid NOT NULL REFERENCES practitioner (id),
  course           text NOT NULL CHECK (length(btrim(course)) BETWEEN 1 AND 200),
  completed_on     date NOT NULL,
  recorded_by      text NOT NULL,
  recorded_at      timestamptz NOT NULL
);
CREATE INDEX practitioner_training_practitioner_idx ON practitioner_training (practitioner_id);
COMMENT ON TABLE practitioner_training IS 'A course a practitioner has completed, recorded by an administrator (audited); read where the council''s rule for a role depends on training, such as lead child protection practitioner. Sensitivity: personal (staff).';
COMMENT ON COLUMN practitioner_training.id IS 'Training record id.';
COMMENT ON COLUMN practitioner_training.practitioner_id IS 'The practitioner who completed the course. Sensitivity: personal (staff).';
COMMENT ON COLUMN practitioner_training.course IS 'The course as the council names it, for example Lead child protection practitioner training (1 to 200 characters).';
COMMENT ON COLUMN practitioner_training.completed_on IS 'The day the practitioner completed the course (a date in England, never in the future when recorded). Sensitivity: personal (staff).';
COMMENT ON COLUMN practitioner_training.recorded_by IS 'Username of who recorded it ("system" for the demo data). Sensitivity: personal (staff).';
COMMENT ON COLUMN practitioner_training.recorded_at IS 'When it was recorded (UTC).';
