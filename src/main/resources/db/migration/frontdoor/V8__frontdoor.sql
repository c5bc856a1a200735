-- The front door: contacts from anyone worried about a child, referrals when the threshold is met, the
-- decision on each referral, and requests to partner agencies for what they know.
CREATE TABLE contact (
  id                     uuid PRIMARY KEY,
  version                bigint NOT NULL,
  received_at            timestamptz NOT NULL,
  received_on            date NOT NULL,
  recorded_by            text NOT NULL,
  submitted_by_partner   boolean NOT NULL,
  referrer_kind          text NOT NULL CHECK (referrer_kind IN ('AGENCY', 'INDIVIDUAL', 'ANONYMOUS')),
  referrer_agency_id     uuid,
  referrer_agency_name   text,
  referrer_name          text,
  referrer_contact       text,
  referral_source        text NOT NULL,
  worry                  text NOT NULL,
  family_knows           boolean NOT NULL,
  family_agrees          boolean NOT NULL,
  lawful_basis           text,
  status                 text NOT NULL CHECK (status IN ('AWAITING_SCREENING', 'CLOSED_AT_CONTACT', 'BECAME_REFERRAL')),
  outcome                text,
  outcome_reason         text,
  screened_by            text,
  screened_at            timestamptz,
  fingerprint            text NOT NULL,
  CONSTRAINT contact_lawful_basis CHECK (family_agrees OR lawful_basis IS NOT NULL)
);
CREATE INDEX contact_status_idx ON contact (status, received_at);
CREATE INDEX contact_recorded_by_idx ON contact (recorded_by, received_at);
CREATE INDEX contact_fingerprint_idx ON contact (fingerprint, received_at);
COMMENT ON TABLE contact IS 'Someone got in touch about one or more children (siblings together): a partner agency, a member of the public, the family or anonymously. Sensitivity: personal, may hold special category data.';
COMMENT ON COLUMN contact.id IS 'Contact id.';
COMMENT ON COLUMN contact.version IS 'Optimistic lock version.';
COMMENT ON COLUMN contact.received_at IS 'When the contact reached the front door (UTC).';
COMMENT ON COLUMN contact.received_on IS 'The date it was received (Europe/London): the referral date if it becomes a referral.';
COMMENT ON COLUMN contact.recorded_by IS 'Username of the screener who recorded it, or of the partner who submitted it. Sensitivity: personal (staff).';
COMMENT ON COLUMN contact.submitted_by_partner IS 'True when a partner submitted it through the partner referral page.';
COMMENT ON COLUMN contact.referrer_kind IS 'AGENCY, INDIVIDUAL (public, family, the child) or ANONYMOUS.';
COMMENT ON COLUMN contact.referrer_agency_id IS 'The referring agency in the partnership, if any.';
COMMENT ON COLUMN contact.referrer_agency_name IS 'The referring agency as named.';
COMMENT ON COLUMN contact.referrer_name IS 'Who got in touch (null when anonymous). Sensitivity: personal.';
COMMENT ON COLUMN contact.referrer_contact IS 'How to reach the referrer. Sensitivity: personal.';
COMMENT ON COLUMN contact.referral_source IS 'DfE referral source code, 1A to 10 (CIN census ReferralSource).';
COMMENT ON COLUMN contact.worry IS 'What the worry is, in the referrer''s words. Sensitivity: personal, special category possible.';
COMMENT ON COLUMN contact.family_knows IS 'Whether the family knows about the contact.';
COMMENT ON COLUMN contact.family_agrees IS 'Whether the family agrees to information being shared.';
COMMENT ON COLUMN contact.lawful_basis IS 'Lawful basis for sharing without the family''s agreement (required then).';
COMMENT ON COLUMN contact.status IS 'AWAITING_SCREENING, CLOSED_AT_CONTACT (not a referral) or BECAME_REFERRAL.';
COMMENT ON COLUMN contact.outcome IS 'Outcome when closed at contact: NO_FURTHER_ACTION or INFORMATION_AND_ADVICE.';
COMMENT ON COLUMN contact.outcome_reason IS 'Why the contact was closed without a referral. Sensitivity: personal.';
COMMENT ON COLUMN contact.screened_by IS 'Username of the screener who decided the threshold. Sensitivity: personal (staff).';
COMMENT ON COLUMN contact.screened_at IS 'When the threshold was decided (UTC).';
COMMENT ON COLUMN contact.fingerprint IS 'Hash of submitter, children and worry, to warn of a possible duplicate submission. Sensitivity: derived from personal data.';

CREATE TABLE contact_child (
  contact_id        uuid NOT NULL REFERENCES contact (id),
  position          int NOT NULL,
  given_name        text NOT NULL,
  family_name       text NOT NULL,
  date_of_birth     date,
  expected_date_of_birth date,
  nhs_number        text CHECK (nhs_number ~ '^[0-9]{10}$'),
  address           text,
  postcode          text,
  person_id         uuid,
  linked_by         text,
  linked_at         timestamptz,
  PRIMARY KEY (contact_id, position)
);
CREATE INDEX contact_child_person_idx ON contact_child (person_id);
COMMENT ON TABLE contact_child IS 'A child a contact is about, as the referrer described them, and the person record the screener linked. Sensitivity: personal.';
COMMENT ON COLUMN contact_child.contact_id IS 'The contact.';
COMMENT ON COLUMN contact_child.position IS 'Order of the child in the contact.';
COMMENT ON COLUMN contact_child.given_name IS 'Given name as the referrer gave it. Sensitivity: personal.';
COMMENT ON COLUMN contact_child.family_name IS 'Family name as the referrer gave it. Sensitivity: personal.';
COMMENT ON COLUMN contact_child.date_of_birth IS 'Date of birth as given. Sensitivity: personal.';
COMMENT ON COLUMN contact_child.expected_date_of_birth IS 'Expected date of birth of an unborn child, as given. Sensitivity: personal.';
COMMENT ON COLUMN contact_child.nhs_number IS 'NHS number as given, if known. Sensitivity: personal.';
COMMENT ON COLUMN contact_child.address IS 'Address as given. Sensitivity: personal.';
COMMENT ON COLUMN contact_child.postcode IS 'Postcode as given. Sensitivity: personal.';
COMMENT ON COLUMN contact_child.person_id IS 'The person record linked by the screener (people.person.id), null until linked.';
COMMENT ON COLUMN contact_child.linked_by IS 'Who linked it. Sensitivity: personal (staff).';
COMMENT ON COLUMN contact_child.linked_at IS 'When it was linked (UTC).';

CREATE TABLE referral (
  id                    uuid PRIMARY KEY,
  version               bigint NOT NULL,
  contact_id            uuid NOT NULL REFERENCES contact (id),
  child_id              uuid NOT NULL,
  received_on           date NOT NULL,
  referral_source       text NOT NULL,
  re_referral           boolean NOT NULL,
  previous_referral_id  uuid REFERENCES referral (id),
  decision              text,
  decision_reason       text,
  decided_by            text,
  decided_by_name       text,
  decided_by_role       text,
  decided_at            timestamptz,
  decided_on            date,
  late_reason           text,
  referrer_told_at      timestamptz,
  referrer_told_by      text,
  CONSTRAINT referral_decision_has_reason CHECK (decision IS NULL OR (decision_reason IS NOT NULL AND decided_by IS NOT NULL))
);
CREATE INDEX referral_child_idx ON referral (child_id, received_on);
CREATE INDEX referral_open_idx ON referral (received_on) WHERE decision IS NULL;
CREATE INDEX referral_contact_idx ON referral (contact_id);
COMMENT ON TABLE referral IS 'A request for children''s social care services about one child, when a contact meets the threshold; decided within one working day (Working Together 2023). Sensitivity: personal.';
COMMENT ON COLUMN referral.id IS 'Referral id.';
COMMENT ON COLUMN referral.version IS 'Optimistic lock version.';
COMMENT ON COLUMN referral.contact_id IS 'The contact it came from.';
COMMENT ON COLUMN referral.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN referral.received_on IS 'Referral date (CIN census CINreferralDate): the date the contact was received.';
COMMENT ON COLUMN referral.referral_source IS 'DfE referral source code, 1A to 10.';
COMMENT ON COLUMN referral.re_referral IS 'True when within 12 months of a previous referral for the same child (DfE definition).';
COMMENT ON COLUMN referral.previous_referral_id IS 'The latest earlier referral within 12 months, when a re-referral.';
COMMENT ON COLUMN referral.decision IS 'NO_FURTHER_ACTION, INFORMATION_AND_ADVICE, TARGETED_EARLY_HELP, SECTION_17_ASSESSMENT or STRATEGY_DISCUSSION; null while awaiting decision.';
COMMENT ON COLUMN referral.decision_reason IS 'Why this decision. Sensitivity: personal.';
COMMENT ON COLUMN referral.decided_by IS 'Username of the decider. Sensitivity: personal (staff).';
COMMENT ON COLUMN referral.decided_by_name IS 'Name of the decider at the time. Sensitivity: personal (staff).';
COMMENT ON COLUMN referral.decided_by_role IS 'Role of the decider at the time.';
COMMENT ON COLUMN referral.decided_at IS 'When the decision was recorded (UTC).';
COMMENT ON COLUMN referral.decided_on IS 'Date of the decision (Europe/London).';
COMMENT ON COLUMN referral.late_reason IS 'Why the decision was later than one working day. Sensitivity: may be personal.';
COMMENT ON COLUMN referral.referrer_told_at IS 'When the referrer was told the outcome (UTC).';
COMMENT ON COLUMN referral.referrer_told_by IS 'Who told the referrer (username, or PARTNER_PAGE when shown on the partner''s page). Sensitivity: personal (staff).';

CREATE TABLE information_request (
  id             uuid PRIMARY KEY,
  version        bigint NOT NULL,
  referral_id    uuid NOT NULL REFERENCES referral (id),
  child_id       uuid NOT NULL,
  agency_id      uuid NOT NULL,
  agency_name    text NOT NULL,
  question       text NOT NULL,
  lawful_basis   text NOT NULL,
  requested_by   text NOT NULL,
  requested_at   timestamptz NOT NULL,
  due_at         timestamptz NOT NULL,
  answer         text,
  answered_by    text,
  answered_by_name text,
  answered_at    timestamptz
);
CREATE INDEX information_request_agency_idx ON information_request (agency_id, answered_at);
CREATE INDEX information_request_referral_idx ON information_request (referral_id);
COMMENT ON TABLE information_request IS 'The front door asking a partner agency what it knows about a child; the request and the answer are part of the record and the sharing is audited with its lawful basis. Sensitivity: personal, special category possible.';
COMMENT ON COLUMN information_request.id IS 'Request id.';
COMMENT ON COLUMN information_request.version IS 'Optimistic lock version.';
COMMENT ON COLUMN information_request.referral_id IS 'The referral it serves.';
COMMENT ON COLUMN information_request.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN information_request.agency_id IS 'The agency asked.';
COMMENT ON COLUMN information_request.agency_name IS 'The agency asked, by name.';
COMMENT ON COLUMN information_request.question IS 'What the front door wants to know. Sensitivity: personal.';
COMMENT ON COLUMN information_request.lawful_basis IS 'Lawful basis for the sharing.';
COMMENT ON COLUMN information_request.requested_by IS 'Who asked. Sensitivity: personal (staff).';
COMMENT ON COLUMN information_request.requested_at IS 'When it was asked (UTC).';
COMMENT ON COLUMN information_request.due_at IS 'When an answer is needed by (UTC).';
COMMENT ON COLUMN information_request.answer IS 'What the agency knows. Sensitivity: personal, special category possible.';
COMMENT ON COLUMN information_request.answered_by IS 'Who answered (username). Sensitivity: personal (staff).';
COMMENT ON COLUMN information_request.answered_by_name IS 'Who answered, by name. Sensitivity: personal (staff).';
COMMENT ON COLUMN information_request.answered_at IS 'When it was answered (UTC).';
