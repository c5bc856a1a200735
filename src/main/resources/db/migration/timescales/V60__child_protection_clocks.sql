-- The clocks of child protection (Working Together 2023, chapter 3, and local procedures). Some run for a length
-- the work sets, not the definition: a child protection plan sets how often the child is visited and how often
-- its core group meets, so the event that starts such a clock may carry its own length. A clock may also stop
-- because it is no longer needed (an enquiry that ends without a conference, a plan that ends): that is neither
-- on time nor late.
ALTER TABLE clock_definition ADD COLUMN length_set_by_work boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN clock_definition.length_set_by_work IS 'True when the event that starts a clock may give its own length (a child protection plan sets how often the child is visited); length is then the default.';

ALTER TABLE statutory_clock ADD COLUMN length int CHECK (length IS NULL OR length > 0);
ALTER TABLE statutory_clock ADD COLUMN not_needed boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN statutory_clock.length IS 'The length this run was started with when the work set it (in the definition''s unit); null when it is the definition''s.';
COMMENT ON COLUMN statutory_clock.not_needed IS 'True when the clock stopped because the work it timed was no longer needed (an enquiry ended without a conference, a plan ended), rather than by its stop event.';

-- Core groups and reviews follow a plan, not every initial conference: a conference that decides on no plan starts
-- neither. Their subject is the plan.
UPDATE clock_definition SET start_event = 'ChildProtectionPlanStarted', late_reason_required = true
WHERE name IN ('FIRST_REVIEW_CONFERENCE', 'CORE_GROUP_FIRST');
-- Working Together 2023: when timescales are missed, the reasons are recorded.
UPDATE clock_definition SET late_reason_required = true
WHERE name IN ('INITIAL_CHILD_PROTECTION_CONFERENCE', 'TRANSFER_IN_CONFERENCE');

INSERT INTO clock_definition (name, label, start_event, length, unit, stop_event, late_reason_required, source, length_set_by_work) VALUES
  -- Review conferences after the first are held at intervals of no more than six months while the plan lasts.
  ('REVIEW_CONFERENCE', 'Review conference', 'ReviewConferenceHeld', 6, 'MONTHS', 'ReviewConferenceHeld', true,
   'Working Together to Safeguard Children 2023, chapter 3: further review conferences at intervals of no more than six months', false),
  -- The core group meets at least every four weeks after its first meeting (local procedures: "at least
  -- monthly"); the plan may set it closer.
  ('CORE_GROUP', 'Core group meeting', 'CoreGroupHeld', 20, 'WORKING_DAYS', 'CoreGroupHeld', true,
   'Local child protection procedures (for example Liverpool): core group meetings at least monthly after the first', true),
  -- Statutory visits to a child on a plan at the frequency the plan sets; every 10 working days unless it says otherwise.
  ('CHILD_PROTECTION_VISIT_FIRST', 'First child protection visit', 'ChildProtectionPlanStarted', 10, 'WORKING_DAYS', 'StatutoryVisitRecorded', true,
   'Local child protection procedures (for example Liverpool, Central Bedfordshire): the child is visited at the frequency set in the plan, usually every 10 working days', true),
  ('CHILD_PROTECTION_VISIT', 'Child protection visit', 'StatutoryVisitRecorded', 10, 'WORKING_DAYS', 'StatutoryVisitRecorded', true,
   'Local child protection procedures (for example Liverpool, Central Bedfordshire): the child is visited at the frequency set in the plan, usually every 10 working days', true),
  -- An urgent strategy discussion by phone is followed by a multi-agency strategy meeting within 5 working days.
  ('STRATEGY_MEETING_AFTER_PHONE', 'Strategy meeting after an urgent discussion by phone', 'UrgentStrategyDiscussionByPhone', 5, 'WORKING_DAYS', 'StrategyMeetingHeld', true,
   'Local child protection procedures (for example Lewisham): a telephone strategy discussion in an urgent case is followed by a strategy meeting within 5 working days', false);
