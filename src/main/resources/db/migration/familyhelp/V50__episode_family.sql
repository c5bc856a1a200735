-- The family on an episode is chosen by the manager from the children's recorded relationships (the episode is
-- opened for the referred child alone); a visit records which of that family were seen, with free text only for
-- someone not recorded in Kith; an action of the family plan is owned by a family member or practitioner chosen
-- from the episode, or by someone written in.
ALTER TABLE episode_member ADD COLUMN relationship text;
COMMENT ON COLUMN episode_member.relationship IS 'What a family member is to the child, a people relationship type (PARENT, SIBLING…) as recorded when the manager added them; null for the children the episode is about.';

ALTER TABLE visit ADD COLUMN family_seen uuid[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN visit.family_seen IS 'The family members of the episode who were seen (people.person.id). Sensitivity: personal.';
ALTER TABLE visit ALTER COLUMN who_was_seen DROP NOT NULL;
COMMENT ON COLUMN visit.who_was_seen IS 'Anyone else who was seen and is not recorded in Kith, as typed; null when everyone seen was chosen from the episode. Sensitivity: personal.';

ALTER TABLE plan_action ADD COLUMN owner_id uuid;
COMMENT ON COLUMN plan_action.owner_id IS 'The owner chosen from the episode: a child or family member (people.person.id) or a practitioner working with the family (partnership.practitioner.id); null when the owner is written in.';
COMMENT ON COLUMN plan_action.owner IS 'Who will do it: the chosen owner''s name when the plan was written, or the name written in. Sensitivity: personal.';
