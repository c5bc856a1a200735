-- Person matching on intake: a similar full name (family then given) found through one trigram index,
-- so that a typo in either name still finds the person without scanning everyone with a common surname.
CREATE INDEX person_full_name_trgm_idx ON person USING gin ((family_name_norm || ' ' || given_name_norm) gin_trgm_ops);
