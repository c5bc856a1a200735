-- The head of each authority's audit chain: its last position and hash. Appending an entry updates the head
-- and inserts the entry in one statement: the UPDATE locks the head row and, under READ COMMITTED, reads the
-- latest committed head, so concurrent writers queue and each links to the one before.
CREATE TABLE audit_chain_head (
  authority      text PRIMARY KEY,
  position       bigint NOT NULL,
  hash           text NOT NULL,
  previous_hash  text NOT NULL
);
COMMENT ON TABLE audit_chain_head IS 'Last position and hash of each authority''s audit chain (a cache that serialises writers; the verifier trusts only audit_entry). Sensitivity: not personal.';
COMMENT ON COLUMN audit_chain_head.authority IS 'DfE code of the local authority.';
COMMENT ON COLUMN audit_chain_head.position IS 'Position of the last entry.';
COMMENT ON COLUMN audit_chain_head.hash IS 'Hash of the last entry.';
COMMENT ON COLUMN audit_chain_head.previous_hash IS 'Hash of the entry before the last (the last entry''s previous_hash).';

INSERT INTO audit_chain_head (authority, position, hash, previous_hash)
SELECT DISTINCT ON (authority) authority, position, hash, previous_hash
FROM audit_entry ORDER BY authority, position DESC;
