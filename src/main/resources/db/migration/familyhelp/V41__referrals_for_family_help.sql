-- Referrals the front door decided as Family Help, as Family Help learns of them from frontdoor's ReferralDecided
-- event: a read model of Family Help's own, so that a manager's list of referrals waiting to be opened never
-- reads the front door's tables. A referral stops waiting when an episode is opened from it
-- (family_help_episode.referral_id), which the list checks.
CREATE TABLE referral_for_family_help (
  referral_id        uuid PRIMARY KEY,
  child_id           uuid NOT NULL,
  decision           text NOT NULL CHECK (decision IN ('TARGETED_EARLY_HELP', 'SECTION_17_ASSESSMENT')),
  received_on        date,
  decided_on         date NOT NULL,
  assessment_due_on  date NOT NULL,
  recorded_at        timestamptz NOT NULL
);
CREATE INDEX referral_for_family_help_decided_idx ON referral_for_family_help (decided_on);
CREATE INDEX family_help_episode_referral_idx ON family_help_episode (referral_id) WHERE referral_id IS NOT NULL;
COMMENT ON TABLE referral_for_family_help IS 'A referral decided as Family Help (targeted early help or a section 17 assessment), from the front door''s ReferralDecided event, for the managers'' list of referrals waiting to be opened. Sensitivity: personal (links to a child).';
COMMENT ON COLUMN referral_for_family_help.referral_id IS 'The referral (frontdoor.referral.id).';
COMMENT ON COLUMN referral_for_family_help.child_id IS 'The child referred (people.person.id). Sensitivity: personal.';
COMMENT ON COLUMN referral_for_family_help.decision IS 'TARGETED_EARLY_HELP or SECTION_17_ASSESSMENT.';
COMMENT ON COLUMN referral_for_family_help.received_on IS 'Referral date (the day the contact was received), when the event said; the assessment counts from it.';
COMMENT ON COLUMN referral_for_family_help.decided_on IS 'Date of the decision (Europe/London).';
COMMENT ON COLUMN referral_for_family_help.assessment_due_on IS 'When the assessment will be due: 45 working days from the referral date (Working Together 2023), or from the decision when the referral date was not known; worked out when the decision arrived.';
COMMENT ON COLUMN referral_for_family_help.recorded_at IS 'When Family Help learnt of the decision (UTC).';
