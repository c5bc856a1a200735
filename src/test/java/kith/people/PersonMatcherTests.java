package kith.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scoring of a candidate against a known person, field by field. */
class PersonMatcherTests {

    static final UUID ID = UUID.randomUUID();

    private static PersonMatcher.Row known(String given, String family, LocalDate born, String nhs, String postcode,
            String phonetic, String wantedPhonetic, List<String> aliases) {
        return new PersonMatcher.Row(new PersonSummary(ID, false, PersonKind.CHILD, given, family, born, null,
                nhs == null ? null : new NhsNumber(nhs), null, postcode, 0), phonetic, wantedPhonetic, aliases);
    }

    private static MatchSuggestion score(MatchCandidate candidate, PersonMatcher.Row row) {
        return PersonMatcher.score(PersonMatcher.Query.of(candidate), row);
    }

    static final LocalDate BORN = LocalDate.of(2017, 3, 9);

    @Test
    void theSameNhsNumberIsEnoughOnItsOwn() {
        var s = score(new MatchCandidate(null, null, null, "943 476 5919", null),
                known("Lily", "Hart", BORN, "9434765919", null, null, null, List.of()));
        assertThat(s.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
        assertThat(s.reasons()).contains("Same NHS number");
    }

    @Test
    void aConflictingNhsNumberOutweighsMatchingNames() {
        var s = score(new MatchCandidate("Lily", "Hart", BORN, "9434765919", null),
                known("Lily", "Hart", BORN, kith.support.PersonMother.uniqueNhsNumber(), null, null, null, List.of()));
        assertThat(s.reasons()).contains("Different NHS number");
        assertThat(s.score()).isLessThan(PersonMatcher.THRESHOLD);
    }

    @Test
    void aMisspeltSurnameWithTheSameDateOfBirthIsSuggested() {
        var s = score(new MatchCandidate("Lily", "Harte", BORN, null, null),
                known("Lily", "Hart", BORN, null, null, "HRT", "HRT", List.of()));
        assertThat(s.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
        assertThat(s.reasons()).contains("Same date of birth", "Same given name").anyMatch(r -> r.startsWith("Surname"));
    }

    @Test
    void aNicknameIsRecognised() {
        var s = score(new MatchCandidate("Alfie", "Hart", BORN, null, null),
                known("Alfred", "Hart", BORN, null, null, "HRT", "HRT", List.of()));
        assertThat(s.reasons()).contains("Alfie may be short for Alfred");
        assertThat(s.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
    }

    @Test
    void daysAndMonthsSwappedAreRecognised() {
        var s = score(new MatchCandidate("Lily", "Hart", LocalDate.of(2017, 9, 3), null, null),
                known("Lily", "Hart", BORN, null, null, "HRT", "HRT", List.of()));
        assertThat(s.reasons()).contains("Date of birth with day and month swapped");
        assertThat(s.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
    }

    @Test
    void partOfADoubleBarrelledSurnameIsRecognisedBothWays() {
        var one = score(new MatchCandidate("Lily", "Hart", BORN, null, null),
                known("Lily", "Hart-Bennett", BORN, null, null, "HRTP", "HRT", List.of()));
        var other = score(new MatchCandidate("Lily", "Bennett-Hart", BORN, null, null),
                known("Lily", "Hart", BORN, null, null, "HRT", "PNTR", List.of()));
        assertThat(one.reasons()).contains("Shares part of a double-barrelled surname");
        assertThat(other.reasons()).contains("Shares part of a double-barrelled surname");
        assertThat(one.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
    }

    @Test
    void aTwinWithAnotherGivenNameIsNotSuggested() {
        var s = score(new MatchCandidate("Rose", "Hart", BORN, null, null),
                known("Lily", "Hart", BORN, null, null, "HRT", "HRT", List.of()));
        assertThat(s.score()).isLessThan(PersonMatcher.THRESHOLD);
    }

    @Test
    void theSameNamesWithoutAnyDateAreNotEnough() {
        var s = score(new MatchCandidate("Lily", "Hart", null, null, null),
                known("Lily", "Hart", BORN, null, null, "HRT", "HRT", List.of()));
        assertThat(s.score()).isLessThan(PersonMatcher.THRESHOLD);
    }

    @Test
    void jaroWinklerForgivesTypos() {
        assertThat(PersonMatcher.jaroWinkler("martha", "marhta")).isGreaterThan(0.95);
        assertThat(PersonMatcher.jaroWinkler("pemberton", "pembleton")).isGreaterThan(0.9);
        assertThat(PersonMatcher.jaroWinkler("hart", "okafor")).isLessThan(0.6);
    }

    @Test
    void oneSlipInADateIsRecognised() {
        assertThat(PersonMatcher.oneSlipApart(LocalDate.of(2017, 3, 9), LocalDate.of(2017, 3, 8))).isTrue();
        assertThat(PersonMatcher.oneSlipApart(LocalDate.of(2017, 3, 9), LocalDate.of(2018, 3, 9))).isTrue();
        assertThat(PersonMatcher.oneSlipApart(LocalDate.of(2017, 3, 9), LocalDate.of(2014, 5, 1))).isFalse();
    }
}
