package kith.people.matching;

import java.util.List;
import kith.people.PersonSummary;

/**
 * One candidate as read for scoring: the person, the double metaphone of their surname and of the surname the
 * referrer gave (both from the database, so that they are computed one way), former surnames, and the current
 * address when it is not confidential.
 */
record Row(PersonSummary person, String phonetic, String wantedPhonetic, List<String> aliasFamilyNames,
        AddressKey address) {

    Row(PersonSummary person, String phonetic, String wantedPhonetic, List<String> aliasFamilyNames) {
        this(person, phonetic, wantedPhonetic, aliasFamilyNames, null);
    }
}
