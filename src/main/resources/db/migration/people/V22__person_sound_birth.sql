-- Person matching (docs/benchmarks/person-matching.md): a surname that sounds the same and a date of birth one
-- slip or one day away, whatever the given name (misspelt, or a short form no list knows). Some sixty exact
-- probes, each finding the few people of that surname sound born that day.
CREATE INDEX person_sound_birth_idx ON person (family_name_phonetic, date_of_birth);
