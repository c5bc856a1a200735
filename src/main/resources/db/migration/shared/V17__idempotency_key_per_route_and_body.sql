-- An Idempotency-Key belongs to one user and one route (method and path with its ids), and to one request:
-- the same key on another route is another key; the same key on the same route with a different body is
-- refused (422, as the IETF httpapi Idempotency-Key draft says), so the body's fingerprint is kept with it.
ALTER TABLE idempotency_key
  ADD COLUMN request_fingerprint text CHECK (request_fingerprint ~ '^[0-9a-f]{64}$');
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (username, route, key);
COMMENT ON COLUMN idempotency_key.route IS 'The method and path the key was sent to, with the ids in it (for example POST /api/v1/family-help/<id>/plan); a key is one user''s for one route.';
COMMENT ON COLUMN idempotency_key.request_fingerprint IS 'SHA-256 (hex) of the first request as Kith read it; a repeat with a different request is refused. Null for keys kept before fingerprints were. Sensitivity: derived from a body that may hold personal data; a one-way hash, never shown.';
