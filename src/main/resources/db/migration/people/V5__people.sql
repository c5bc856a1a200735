-- People: children (born and unborn), parents, carers and other adults, and the relationships between them.
CREATE SEQUENCE la_child_id_seq START 100001;
COMMENT ON SEQUENCE la_child_id_seq IS 'Numbers for generated LA child ids (K followed by nine digits).';

CREATE TABLE person (
  id                     uuid PRIMARY KEY,
  version                bigint NOT NULL,
  kind                   text NOT NULL CHECK (kind IN ('CHILD', 'ADULT')),
  given_name             text NOT NULL,
  family_name            text NOT NULL,
  preferred_name         text,
  date_of_birth          date,
  expected_date_of_birth date,
  sex                    text NOT NULL CHECK (sex IN ('M', 'F', 'U')),
  ethnicity              text,
  disabilities           text[] NOT NULL DEFAULT '{}',
  languages              text[] NOT NULL DEFAULT '{}',
  nhs_number             text CHECK (nhs_number ~ '^[0-9]{10}$'),
  nhs_number_source      text,
  nhs_number_verified    boolean NOT NULL DEFAULT false,
  upn                    text CHECK (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
  la_child_id            text UNIQUE CHECK (la_child_id ~ '^[A-Za-z0-9]{1,20}$'),
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  -- Search keys, derived by the database so that they can never disagree with the names.
  family_name_norm       text GENERATED ALWAYS AS (lower(family_name)) STORED,
  given_name_norm        text GENERATED ALWAYS AS (lower(given_name)) STORED,
  family_name_phonetic   text GENERATED ALWAYS AS (dmetaphone(family_name)) STORED,
  -- DfE rule 8525Q: a child has a date of birth or an expected date of birth, not both.
  CONSTRAINT person_child_birth CHECK (kind <> 'CHILD' OR num_nonnulls(date_of_birth, expected_date_of_birth) = 1),
  CONSTRAINT person_adult_not_unborn CHECK (kind <> 'ADULT' OR expected_date_of_birth IS NULL)
);
CREATE UNIQUE INDEX person_nhs_number_idx ON person (nhs_number) WHERE nhs_number IS NOT NULL;
CREATE INDEX person_upn_idx ON person (upn) WHERE upn IS NOT NULL;
-- Surname plus date of birth, the commonest search: the date narrows to a few dozen rows, then the name is compared.
CREATE INDEX person_birth_family_idx ON person (date_of_birth, family_name_norm);
CREATE INDEX person_expected_birth_idx ON person (expected_date_of_birth) WHERE expected_date_of_birth IS NOT NULL;
-- Typo-tolerant surname and given name search without a date: trigram similarity and double metaphone.
CREATE INDEX person_family_trgm_idx ON person USING gin (family_name_norm gin_trgm_ops);
CREATE INDEX person_given_trgm_idx ON person USING gin (given_name_norm gin_trgm_ops);
CREATE INDEX person_family_phonetic_idx ON person (family_name_phonetic);

COMMENT ON TABLE person IS 'A child (born or unborn), parent, carer or other adult known to the partnership. Sensitivity: personal, special category (ethnicity, disability).';
COMMENT ON COLUMN person.id IS 'Person id (internal).';
COMMENT ON COLUMN person.version IS 'Optimistic lock version; every update checks it.';
COMMENT ON COLUMN person.kind IS 'CHILD or ADULT.';
COMMENT ON COLUMN person.given_name IS 'Given name. Sensitivity: personal.';
COMMENT ON COLUMN person.family_name IS 'Family name. Sensitivity: personal.';
COMMENT ON COLUMN person.preferred_name IS 'The name the person likes to be called. Sensitivity: personal.';
COMMENT ON COLUMN person.date_of_birth IS 'Date of birth (Europe/London). Sensitivity: personal.';
COMMENT ON COLUMN person.expected_date_of_birth IS 'Expected date of birth of an unborn child. Sensitivity: personal.';
COMMENT ON COLUMN person.sex IS 'Sex in DfE codes M, F, U (U for unborn, rule 4180). Sensitivity: personal.';
COMMENT ON COLUMN person.ethnicity IS 'Ethnicity in DfE codes. Sensitivity: special category.';
COMMENT ON COLUMN person.disabilities IS 'Disabilities in DfE codes. Sensitivity: special category (health).';
COMMENT ON COLUMN person.languages IS 'Languages spoken, first language first. Sensitivity: personal.';
COMMENT ON COLUMN person.nhs_number IS 'NHS number, 10 digits passing Modulus 11: the consistent child identifier. Sensitivity: personal.';
COMMENT ON COLUMN person.nhs_number_source IS 'Where the NHS number came from (for example a health partner, PDS, the family).';
COMMENT ON COLUMN person.nhs_number_verified IS 'Whether the NHS number has been verified against the NHS.';
COMMENT ON COLUMN person.upn IS 'Unique pupil number with a valid check letter. Sensitivity: personal.';
COMMENT ON COLUMN person.la_child_id IS 'LA child id used in returns: generated, at most 20 letters and digits, unique (DfE rules 1570, 1580, 8510). Sensitivity: personal.';
COMMENT ON COLUMN person.created_at IS 'When the record was created (UTC).';
COMMENT ON COLUMN person.updated_at IS 'When the record was last changed (UTC).';
COMMENT ON COLUMN person.family_name_norm IS 'Lower-case family name, for search. Sensitivity: personal.';
COMMENT ON COLUMN person.given_name_norm IS 'Lower-case given name, for search. Sensitivity: personal.';
COMMENT ON COLUMN person.family_name_phonetic IS 'Double metaphone of the family name, for sound-alike search. Sensitivity: personal.';

CREATE TABLE person_alias (
  person_id       uuid NOT NULL REFERENCES person (id),
  position        int NOT NULL,
  given_name      text NOT NULL,
  family_name     text NOT NULL,
  family_name_norm text GENERATED ALWAYS AS (lower(family_name)) STORED,
  PRIMARY KEY (person_id, position)
);
CREATE INDEX person_alias_family_trgm_idx ON person_alias USING gin (family_name_norm gin_trgm_ops);
COMMENT ON TABLE person_alias IS 'Other names a person is or was known by. Sensitivity: personal.';
COMMENT ON COLUMN person_alias.person_id IS 'The person.';
COMMENT ON COLUMN person_alias.position IS 'Order of the alias.';
COMMENT ON COLUMN person_alias.given_name IS 'Alias given name. Sensitivity: personal.';
COMMENT ON COLUMN person_alias.family_name IS 'Alias family name. Sensitivity: personal.';
COMMENT ON COLUMN person_alias.family_name_norm IS 'Lower-case alias family name, for search. Sensitivity: personal.';

CREATE TABLE person_address (
  person_id    uuid NOT NULL REFERENCES person (id),
  position     int NOT NULL,
  line1        text NOT NULL,
  line2        text,
  town         text,
  postcode     text,
  moved_in     date,
  moved_out    date,
  confidential boolean NOT NULL DEFAULT false,
  PRIMARY KEY (person_id, position)
);
CREATE INDEX person_address_postcode_idx ON person_address (postcode);
COMMENT ON TABLE person_address IS 'Addresses of a person, current and past. Sensitivity: personal; a confidential address is shown only to those who may open the record.';
COMMENT ON COLUMN person_address.person_id IS 'The person.';
COMMENT ON COLUMN person_address.position IS 'Order of the address (0 is the current one).';
COMMENT ON COLUMN person_address.line1 IS 'First line. Sensitivity: personal.';
COMMENT ON COLUMN person_address.line2 IS 'Second line. Sensitivity: personal.';
COMMENT ON COLUMN person_address.town IS 'Town or city. Sensitivity: personal.';
COMMENT ON COLUMN person_address.postcode IS 'UK postcode, upper case with one space. Sensitivity: personal.';
COMMENT ON COLUMN person_address.moved_in IS 'Date the person moved in.';
COMMENT ON COLUMN person_address.moved_out IS 'Date the person moved out, null while current.';
COMMENT ON COLUMN person_address.confidential IS 'True when the address must not be disclosed (for example a refuge).';

CREATE TABLE person_relationship (
  person_id          uuid NOT NULL REFERENCES person (id),
  related_person_id  uuid NOT NULL REFERENCES person (id),
  type               text NOT NULL,
  recorded_at        timestamptz NOT NULL,
  recorded_by        text NOT NULL,
  PRIMARY KEY (person_id, related_person_id),
  CHECK (person_id <> related_person_id)
);
CREATE INDEX person_relationship_related_idx ON person_relationship (related_person_id);
COMMENT ON TABLE person_relationship IS 'How one person is related to another, stored both ways (A is parent of B, B is child of A) and kept consistent in one transaction. Sensitivity: personal.';
COMMENT ON COLUMN person_relationship.person_id IS 'The person the relationship is read from.';
COMMENT ON COLUMN person_relationship.related_person_id IS 'The other person.';
COMMENT ON COLUMN person_relationship.type IS 'What person_id is to related_person_id: PARENT, CHILD, STEP_PARENT, STEP_CHILD, SIBLING, HALF_SIBLING, GRANDPARENT, GRANDCHILD, AUNT_OR_UNCLE, NIECE_OR_NEPHEW, COUSIN, FAMILY_FRIEND, OTHER_CONNECTED_PERSON.';
COMMENT ON COLUMN person_relationship.recorded_at IS 'When it was recorded (UTC).';
COMMENT ON COLUMN person_relationship.recorded_by IS 'Who recorded it. Sensitivity: personal (staff).';
