-- Family network support packages (Families First, the third principle): practical or financial help for a child's
-- family network, so that the child can stay at home, move to kinship care or return home. The council sets a yearly
-- budget (financial year 1 April to 31 March) and approval levels by amount; every request, decision and payment is
-- kept with who and when, and each approved package has outcome reviews at 6 and 12 months.

CREATE TABLE support_budget (
  financial_year  int PRIMARY KEY CHECK (financial_year BETWEEN 2000 AND 2100),
  budget_pence    bigint NOT NULL CHECK (budget_pence >= 0),
  changed_by      text NOT NULL,
  changed_at      timestamptz NOT NULL,
  version         bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE support_budget IS 'The council''s budget for family network support packages for one financial year. Sensitivity: not personal.';
COMMENT ON COLUMN support_budget.financial_year IS 'The year the financial year starts in: 2026 is 1 April 2026 to 31 March 2027 (shown as 2026-27).';
COMMENT ON COLUMN support_budget.budget_pence IS 'The year''s budget, in pence.';
COMMENT ON COLUMN support_budget.changed_by IS 'Username of who last set it. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_budget.changed_at IS 'When (UTC).';
COMMENT ON COLUMN support_budget.version IS 'Optimistic lock version.';

CREATE TABLE support_approval_level (
  id           int PRIMARY KEY,
  name         text NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 1 AND 100),
  max_pence    bigint CHECK (max_pence IS NULL OR max_pence > 0),
  version      bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX support_approval_level_top_idx ON support_approval_level ((max_pence IS NULL)) WHERE max_pence IS NULL;
COMMENT ON TABLE support_approval_level IS 'Approval levels for support packages by amount: a manager may approve a package up to their level''s maximum. The level with no maximum is the top level: the only one that may approve a package above every other level or over the budget left for the year. Team managers hold the level with the lowest maximum unless support_approval_holder gives them another. Sensitivity: not personal.';
COMMENT ON COLUMN support_approval_level.id IS 'Level id.';
COMMENT ON COLUMN support_approval_level.name IS 'Name as shown, for example Service manager.';
COMMENT ON COLUMN support_approval_level.max_pence IS 'The largest package (in pence) a manager at this level may approve; null for the top level (no limit, and over the budget).';
COMMENT ON COLUMN support_approval_level.version IS 'Optimistic lock version.';
INSERT INTO support_approval_level (id, name, max_pence) VALUES
  (1, 'Team manager', 50000),
  (2, 'Service manager', 200000),
  (3, 'Head of service', NULL);

CREATE TABLE support_approval_holder (
  username    text PRIMARY KEY,
  level_id    int NOT NULL REFERENCES support_approval_level (id),
  granted_by  text NOT NULL,
  granted_at  timestamptz NOT NULL
);
COMMENT ON TABLE support_approval_holder IS 'Managers given an approval level other than the lowest (the team managers'' default). Sensitivity: personal (staff).';
COMMENT ON COLUMN support_approval_holder.username IS 'The manager''s username. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_approval_holder.level_id IS 'The level they hold.';
COMMENT ON COLUMN support_approval_holder.granted_by IS 'Username of the administrator who gave it. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_approval_holder.granted_at IS 'When (UTC).';

CREATE TABLE support_package (
  id                      uuid PRIMARY KEY,
  child_id                uuid NOT NULL,
  financial_year          int NOT NULL,
  purpose                 text NOT NULL CHECK (purpose IN ('STAY_AT_HOME', 'MOVE_TO_KINSHIP_CARE', 'RETURN_HOME')),
  basis                   text NOT NULL CHECK (basis IN ('FAMILY_GROUP_MEETING', 'NO_NETWORK')),
  meeting_held_on         date,
  meeting_id              uuid,
  no_network_reason       text,
  total_pence             bigint NOT NULL CHECK (total_pence > 0),
  status                  text NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
  requested_on            date NOT NULL,
  requested_by            text NOT NULL,
  requested_by_name       text NOT NULL,
  requested_by_practitioner uuid,
  requested_at            timestamptz NOT NULL,
  decided_on              date,
  decided_by              text,
  decided_by_name         text,
  decided_at              timestamptz,
  refusal_reason          text,
  version                 bigint NOT NULL DEFAULT 0,
  CHECK ((basis = 'FAMILY_GROUP_MEETING') = (meeting_held_on IS NOT NULL)),
  CHECK ((basis = 'NO_NETWORK') = (no_network_reason IS NOT NULL)),
  CHECK ((status = 'REQUESTED') = (decided_at IS NULL)),
  CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL))
);
CREATE INDEX support_package_child_idx ON support_package (child_id);
CREATE INDEX support_package_year_idx ON support_package (financial_year, status);
COMMENT ON TABLE support_package IS 'A request for a family network support package for a child open to Family Help or on a child protection plan, and the manager''s decision. Sensitivity: personal (about the child and their family).';
COMMENT ON COLUMN support_package.id IS 'Package id.';
COMMENT ON COLUMN support_package.child_id IS 'The child (people.person.id).';
COMMENT ON COLUMN support_package.financial_year IS 'The financial year of the request, by the year it starts (support_budget.financial_year).';
COMMENT ON COLUMN support_package.purpose IS 'STAY_AT_HOME (the child stays at home with their parents), MOVE_TO_KINSHIP_CARE or RETURN_HOME.';
COMMENT ON COLUMN support_package.basis IS 'FAMILY_GROUP_MEETING (a family group meeting identified the support) or NO_NETWORK (no network could be found).';
COMMENT ON COLUMN support_package.meeting_held_on IS 'The date of the family group meeting that identified the support.';
COMMENT ON COLUMN support_package.meeting_id IS 'The family group decision-making meeting, when known (its record in family group decision making; not yet a foreign key).';
COMMENT ON COLUMN support_package.no_network_reason IS 'Why no network could be found. Sensitivity: personal.';
COMMENT ON COLUMN support_package.total_pence IS 'The total of its items, in pence: what an approval commits against the budget.';
COMMENT ON COLUMN support_package.status IS 'REQUESTED (waiting for a manager), APPROVED or REFUSED.';
COMMENT ON COLUMN support_package.requested_on IS 'The day it was requested (London).';
COMMENT ON COLUMN support_package.requested_by IS 'Username of who requested it. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_package.requested_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_package.requested_by_practitioner IS 'Their practitioner id (partnership.practitioner.id), whose the outcome reviews are.';
COMMENT ON COLUMN support_package.requested_at IS 'When (UTC).';
COMMENT ON COLUMN support_package.decided_on IS 'The day of the manager''s decision.';
COMMENT ON COLUMN support_package.decided_by IS 'Username of the manager who decided. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_package.decided_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_package.decided_at IS 'When (UTC).';
COMMENT ON COLUMN support_package.refusal_reason IS 'Why it was refused. Sensitivity: personal.';
COMMENT ON COLUMN support_package.version IS 'Optimistic lock version.';

CREATE TABLE support_package_item (
  id            uuid PRIMARY KEY,
  package_id    uuid NOT NULL REFERENCES support_package (id),
  position      int NOT NULL,
  category      text NOT NULL CHECK (category IN ('BEDS_AND_FURNITURE', 'CAR_SEAT', 'TRAVEL', 'HOUSING_DEPOSIT',
                  'PAID_LEAVE_FOR_CARER', 'CLOTHING_AND_UNIFORM', 'HOUSEHOLD_GOODS', 'ACTIVITIES', 'OTHER')),
  description   text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 500),
  amount_pence  bigint NOT NULL CHECK (amount_pence > 0),
  person_id     uuid,
  person_name   text,
  UNIQUE (package_id, position),
  CHECK (person_id IS NOT NULL OR person_name IS NOT NULL)
);
COMMENT ON TABLE support_package_item IS 'One thing a support package pays for. Sensitivity: personal.';
COMMENT ON COLUMN support_package_item.id IS 'Item id.';
COMMENT ON COLUMN support_package_item.package_id IS 'The package.';
COMMENT ON COLUMN support_package_item.position IS 'Its place in the package, from 1.';
COMMENT ON COLUMN support_package_item.category IS 'What it is: BEDS_AND_FURNITURE, CAR_SEAT, TRAVEL, HOUSING_DEPOSIT, PAID_LEAVE_FOR_CARER, CLOTHING_AND_UNIFORM, HOUSEHOLD_GOODS, ACTIVITIES or OTHER.';
COMMENT ON COLUMN support_package_item.description IS 'What exactly. Sensitivity: personal.';
COMMENT ON COLUMN support_package_item.amount_pence IS 'Its cost, in pence.';
COMMENT ON COLUMN support_package_item.person_id IS 'Who it helps (a network member or parent, people.person.id), when they are on Kith.';
COMMENT ON COLUMN support_package_item.person_name IS 'Who it helps, by name, when they are not on Kith (or as the family calls them). Sensitivity: personal.';

CREATE TABLE support_package_payment (
  id                uuid PRIMARY KEY,
  package_id        uuid NOT NULL REFERENCES support_package (id),
  paid_on           date NOT NULL,
  amount_pence      bigint NOT NULL CHECK (amount_pence > 0),
  paid_to           text NOT NULL CHECK (length(btrim(paid_to)) BETWEEN 1 AND 200),
  reference         text NOT NULL CHECK (length(btrim(reference)) BETWEEN 1 AND 100),
  recorded_by       text NOT NULL,
  recorded_by_name  text NOT NULL,
  recorded_at       timestamptz NOT NULL
);
CREATE INDEX support_package_payment_package_idx ON support_package_payment (package_id);
COMMENT ON TABLE support_package_payment IS 'A payment made for an approved package; together they never exceed its approved total. Sensitivity: personal.';
COMMENT ON COLUMN support_package_payment.id IS 'Payment id.';
COMMENT ON COLUMN support_package_payment.package_id IS 'The package.';
COMMENT ON COLUMN support_package_payment.paid_on IS 'The day it was paid.';
COMMENT ON COLUMN support_package_payment.amount_pence IS 'How much, in pence.';
COMMENT ON COLUMN support_package_payment.paid_to IS 'To whom (a person or a supplier). Sensitivity: personal.';
COMMENT ON COLUMN support_package_payment.reference IS 'The finance system''s reference.';
COMMENT ON COLUMN support_package_payment.recorded_by IS 'Username of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_package_payment.recorded_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_package_payment.recorded_at IS 'When (UTC).';

CREATE TABLE support_package_review (
  package_id        uuid NOT NULL REFERENCES support_package (id),
  months            int NOT NULL CHECK (months IN (6, 12)),
  due_on            date NOT NULL,
  reviewed_on       date,
  living            text CHECK (living IN ('AT_HOME', 'WITH_NETWORK', 'ELSEWHERE_LOOKED_AFTER')),
  notes             text,
  recorded_by       text,
  recorded_by_name  text,
  recorded_at       timestamptz,
  PRIMARY KEY (package_id, months),
  CHECK ((reviewed_on IS NULL) = (living IS NULL))
);
COMMENT ON TABLE support_package_review IS 'The outcome reviews of an approved package, 6 and 12 months after its approval: where the child is living. Sensitivity: personal.';
COMMENT ON COLUMN support_package_review.package_id IS 'The package.';
COMMENT ON COLUMN support_package_review.months IS '6 or 12: months after approval.';
COMMENT ON COLUMN support_package_review.due_on IS 'When it is due.';
COMMENT ON COLUMN support_package_review.reviewed_on IS 'When it was done, null until then.';
COMMENT ON COLUMN support_package_review.living IS 'Where the child lives: AT_HOME (with their parents), WITH_NETWORK (with their family network) or ELSEWHERE_LOOKED_AFTER.';
COMMENT ON COLUMN support_package_review.notes IS 'What the review found. Sensitivity: personal.';
COMMENT ON COLUMN support_package_review.recorded_by IS 'Username of who recorded it. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_package_review.recorded_by_name IS 'Their name. Sensitivity: personal (staff).';
COMMENT ON COLUMN support_package_review.recorded_at IS 'When (UTC).';
