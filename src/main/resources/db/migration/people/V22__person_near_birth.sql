-- Person matching (docs/benchmarks/person-matching.md): a date of birth one slip or one day away from the one a
-- referrer gave, with either the surname's sound (whatever the given name: misspelt, or a short form no list
-- knows) or the given name (whatever the surname: misspelt past its sound, double-barrelled, changed). Some sixty
-- exact probes of each index, each finding the few people of that surname sound or given name born that day.
CREATE INDEX person_sound_birth_idx ON person (family_name_phonetic, date_of_birth);
CREATE INDEX person_given_birth_idx ON person (given_name_norm, date_of_birth);
