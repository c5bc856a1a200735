-- Person matching over a million people (docs/benchmarks/person-matching.md).
-- A surname that sounds the same, the same given name (or a short or long form of it) and a date of birth one
-- slip away (a digit wrong, two digits swapped, a year out): some sixty exact probes of this index per form of
-- the given name, instead of reading everyone with a common surname. Without a date of birth, the first two
-- columns alone narrow a common surname to the hundred or two who share the given name.
CREATE INDEX person_sound_given_birth_idx ON person (family_name_phonetic, given_name_norm, date_of_birth);
-- The full-name trigram index of V9 matched tens of thousands of people for a common name among a million
-- (hundreds of milliseconds for one referral); the matcher no longer uses it, and nothing else did.
DROP INDEX person_full_name_trgm_idx;
