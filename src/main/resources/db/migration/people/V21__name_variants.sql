-- A council's own given-name variants, on top of the shipped list (src/main/resources/names/nicknames.csv):
-- short and familiar forms common in its communities that the list lacks. Added and removed by
-- administrators on /admin/name-variants; person matching reads them within a minute on every node.
CREATE TABLE name_variant (
  name      text NOT NULL CHECK (name = lower(name) AND name ~ '^[a-z][a-z'' -]{0,39}$'),
  variant   text NOT NULL CHECK (variant = lower(variant) AND variant ~ '^[a-z][a-z'' -]{0,39}$'),
  reason    text NOT NULL,
  added_by  text NOT NULL,
  added_at  timestamptz NOT NULL,
  PRIMARY KEY (name, variant),
  CHECK (name <> variant)
);
COMMENT ON TABLE name_variant IS 'Given-name variants a council adds to the shipped list for person matching (a name and its short or familiar form). Not about any one person.';
COMMENT ON COLUMN name_variant.name IS 'The given name, lower case (for example jaswinder).';
COMMENT ON COLUMN name_variant.variant IS 'A short or familiar form of it, lower case (for example jas).';
COMMENT ON COLUMN name_variant.reason IS 'Why the council added it (for example common in our Punjabi community).';
COMMENT ON COLUMN name_variant.added_by IS 'Username of the administrator who added it. Sensitivity: personal (staff).';
COMMENT ON COLUMN name_variant.added_at IS 'When it was added (UTC).';
