-- Long work in the background (statutory returns, rebuilds of the measures): who started it, how far it has got and
-- where its result is. The result itself is a file in the jobs directory (kith.jobs.directory), named by the job's
-- id, kept for a few days (kith.jobs.keep-days) and then deleted with its row.
CREATE TABLE background_job (
  id            uuid PRIMARY KEY,
  started_by    text NOT NULL,
  title         text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
  file_name     text,
  content_type  text,
  status        text NOT NULL CHECK (status IN ('WAITING', 'RUNNING', 'DONE', 'FAILED')),
  steps_done    bigint NOT NULL DEFAULT 0 CHECK (steps_done >= 0),
  steps_total   bigint CHECK (steps_total IS NULL OR steps_total >= 0),
  failure       text,
  instance_id   uuid NOT NULL,
  started_at    timestamptz NOT NULL,
  ended_at      timestamptz,
  result_bytes  bigint,
  CHECK ((status IN ('DONE', 'FAILED')) = (ended_at IS NOT NULL)),
  CHECK (status <> 'FAILED' OR failure IS NOT NULL)
);
CREATE INDEX background_job_started_by_idx ON background_job (started_by, started_at DESC);
CREATE INDEX background_job_unfinished_idx ON background_job (instance_id) WHERE status IN ('WAITING', 'RUNNING');

COMMENT ON TABLE background_job IS 'Long work started by a user (a statutory return, a rebuild), its progress and its result file. The result holds child-level rows; only the user who started the job sees or downloads it. Sensitivity: personal (staff); the result file: special category (children''s social care).';
COMMENT ON COLUMN background_job.id IS 'Job id; also the name of its result file in the jobs directory.';
COMMENT ON COLUMN background_job.started_by IS 'Username of who started it; only they see and download it. Sensitivity: personal (staff).';
COMMENT ON COLUMN background_job.title IS 'What the work is, as shown on its page (for example "Annex A list 3: referrals (CSV)"). Names no child.';
COMMENT ON COLUMN background_job.file_name IS 'The name the result is downloaded under, or null for work with no file. Names no child.';
COMMENT ON COLUMN background_job.content_type IS 'The media type of the result file, or null for work with no file.';
COMMENT ON COLUMN background_job.status IS 'WAITING for a thread, RUNNING, DONE or FAILED.';
COMMENT ON COLUMN background_job.steps_done IS 'Steps of the work done so far, for the progress bar.';
COMMENT ON COLUMN background_job.steps_total IS 'Steps the whole work takes, once the work knows; null before.';
COMMENT ON COLUMN background_job.failure IS 'Why it failed, in plain words for its page (never a stack trace).';
COMMENT ON COLUMN background_job.instance_id IS 'The run of Kith that took the job; a job still waiting or running under an earlier run was cut off when Kith stopped and is marked failed.';
COMMENT ON COLUMN background_job.started_at IS 'When it was started.';
COMMENT ON COLUMN background_job.ended_at IS 'When it finished or failed; null until then.';
COMMENT ON COLUMN background_job.result_bytes IS 'Size of the result file once done, or null.';
