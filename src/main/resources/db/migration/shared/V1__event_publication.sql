-- Spring Modulith's event publication registry (transactional outbox); Flyway owns the whole schema.
CREATE TABLE event_publication (
  id                     uuid NOT NULL PRIMARY KEY,
  listener_id            text NOT NULL,
  event_type             text NOT NULL,
  serialized_event       text NOT NULL,
  publication_date       timestamptz NOT NULL,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

COMMENT ON TABLE event_publication IS 'Spring Modulith outbox: events published by one module and not yet handled by every listener. Sensitivity: may hold personal data inside serialized events.';
COMMENT ON COLUMN event_publication.id IS 'Publication id.';
COMMENT ON COLUMN event_publication.listener_id IS 'The listener that must handle the event.';
COMMENT ON COLUMN event_publication.event_type IS 'Java type of the event.';
COMMENT ON COLUMN event_publication.serialized_event IS 'The event as JSON. Sensitivity: personal (ids of children).';
COMMENT ON COLUMN event_publication.publication_date IS 'When the event was published (UTC).';
COMMENT ON COLUMN event_publication.completion_date IS 'When the listener completed (UTC), null while outstanding.';
COMMENT ON COLUMN event_publication.status IS 'Publication status kept by Spring Modulith.';
COMMENT ON COLUMN event_publication.completion_attempts IS 'How many times delivery was attempted.';
COMMENT ON COLUMN event_publication.last_resubmission_date IS 'When the event was last resubmitted (UTC).';

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
