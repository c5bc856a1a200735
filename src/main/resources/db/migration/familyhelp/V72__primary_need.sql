-- The child's primary need (CIN census PrimaryNeedCode, N0 to N9; DfE rules 8610 and 8650), asked when an assessment
-- is completed: kept on the assessment as answered for that child, and on the Family Help episode as the episode's
-- current primary need (the latest answer), which the census returns for the episode.
ALTER TABLE assessment ADD COLUMN primary_need text CHECK (primary_need ~ '^N[0-9]$');
ALTER TABLE family_help_episode ADD COLUMN primary_need text CHECK (primary_need ~ '^N[0-9]$');

COMMENT ON COLUMN assessment.primary_need IS 'The child''s primary need found by the assessment, DfE code N0 to N9 (CIN census PrimaryNeedCode); required when the outcome leads to further help. Sensitivity: special category (may reveal health or abuse).';
COMMENT ON COLUMN family_help_episode.primary_need IS 'The episode''s primary need, DfE code N0 to N9, from its latest completed assessment that gave one (CIN census PrimaryNeedCode). Sensitivity: special category (may reveal health or abuse).';
