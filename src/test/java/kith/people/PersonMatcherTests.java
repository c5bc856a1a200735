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

    /** A child at home with a family: address line, town and postcode recorded. */
    private static PersonMatcher.Row living(String given, String family, LocalDate born, String address, String postcode) {
        return new PersonMatcher.Row(new PersonSummary(ID, false, PersonKind.CHILD, given, family, born, null, null,
                null, postcode, 0), "HRT", "HRT", List.of(), AddressKey.of(address));
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

    static final String HOME = "12 Station Road, Kithbridge";

    @Test
    void theSameNhsNumberIsSuggestedHoweverMuchElseDisagrees() {
        var s = score(new MatchCandidate("Rose", "Okafor", LocalDate.of(2012, 6, 1), "943 476 5919", null),
                known("Lily", "Hart", BORN, "9434765919", null, "HRT", "AKFR", List.of()));
        assertThat(s.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
        assertThat(s.reasons()).containsExactly("Same NHS number");
    }

    @Test
    void aTwinAtTheSameAddressIsNotSuggested() {
        var s = score(new MatchCandidate("Rose", "Hart", BORN, null, HOME, "KB1 2AB"),
                living("Lily", "Hart", BORN, HOME, "KB1 2AB"));
        assertThat(s.reasons()).contains("Same address", "Same postcode");
        assertThat(s.score()).isLessThan(PersonMatcher.THRESHOLD);
    }

    @Test
    void aParentWithTheChildsNamesAtTheSameAddressIsNotSuggested() {
        var s = score(new MatchCandidate("Lily", "Hart", BORN, null, HOME, "KB1 2AB"),
                living("Lily", "Hart", LocalDate.of(1990, 5, 14), HOME, "KB1 2AB"));
        assertThat(s.score()).isLessThan(PersonMatcher.THRESHOLD);
    }

    @Test
    void theSameNamesAndAddressWithoutADateAreSuggested() {
        var s = score(new MatchCandidate("Lily", "Hart", null, null, "12 Station Rd, Kithbridge", null),
                living("Lily", "Hart", BORN, HOME, "KB1 2AB"));
        assertThat(s.reasons()).contains("Same address");
        assertThat(s.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
    }

    @Test
    void namesGivenTheOtherWayRoundAreRecognised() {
        var s = score(new MatchCandidate("Hart", "Lily", BORN, null, null),
                known("Lily", "Hart", BORN, null, null, "HRT", "LL", List.of()));
        assertThat(s.reasons()).contains("Given name and surname the other way round");
        assertThat(s.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
    }

    @Test
    void aShortNameWithOneLetterWrongIsStillSpeltSimilarly() {
        var s = score(new MatchCandidate("Lxo", "Hart", BORN, null, null),
                known("Leo", "Hart", BORN, null, null, "HRT", "HRT", List.of()));
        assertThat(s.reasons()).contains("Given name spelt similarly");
        assertThat(s.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
    }

    @Test
    void theSameDateAndGivenNameWithAnotherSurnameNearbyAreNotEnough() {
        var s = score(new MatchCandidate("Noah", "Hill", BORN, null, "KB2 4EU"),
                known("Noah", "Richardson", BORN, null, "KB2 5GN", "RXRT", "HL", List.of()));
        assertThat(s.reasons()).contains("Same postcode area");
        assertThat(s.score()).isLessThan(PersonMatcher.THRESHOLD);
    }

    @Test
    void aDateOneDigitOutNeedsMoreThanTheNames() {
        var candidate = new MatchCandidate("Lily", "Hart", LocalDate.of(2017, 3, 8), null, HOME, "KB1 2AB");
        var elsewhere = score(candidate, living("Lily", "Hart", BORN, "4 Mill Lane, Eastwick", "EW9 1AB"));
        var atHome = score(candidate, living("Lily", "Hart", BORN, HOME, "KB1 2AB"));
        assertThat(elsewhere.reasons()).contains("Date of birth differs by one digit");
        assertThat(elsewhere.score()).isLessThan(PersonMatcher.THRESHOLD);
        assertThat(atHome.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
    }

    @Test
    void beingNearbyCountsOnceAndLittle() {
        var s = score(new MatchCandidate("Lily", "Hart", LocalDate.of(2017, 3, 8), null, "14 Station Road, Kithbridge", "KB1 2AD"),
                living("Lily", "Hart", BORN, HOME, "KB1 2AB"));
        assertThat(s.reasons()).contains("Postcode differs by one character").doesNotContain("Similar address");
        assertThat(s.score()).isLessThan(PersonMatcher.THRESHOLD);
    }

    @Test
    void anIdentifierWithoutACheckDigitMayBeOneSlipOut() {
        var s = score(new MatchCandidate("Lily", "Hart", null, "K000100021", null),
                new PersonMatcher.Row(new PersonSummary(ID, false, PersonKind.CHILD, "Lily", "Hart", BORN, null, null,
                        new LaChildId("K000100012"), null, 0), "HRT", "HRT", List.of()));
        assertThat(s.reasons()).contains("LA child id differs by one character");
        assertThat(s.score()).isGreaterThanOrEqualTo(PersonMatcher.THRESHOLD);
    }

    @Test
    void aPostcodeFromAbroadIsComparedAsItIs() {
        var s = score(new MatchCandidate("Lily", "Hart", BORN, null, "4223"),
                known("Lily", "Hart", BORN, null, "4223", "HRT", "HRT", List.of()));
        assertThat(s.reasons()).contains("Same postcode");
    }

    @Test
    void addressesAgreeWhateverTheOrderOfTheirLinesAndASlipInAWord() {
        var recorded = AddressKey.of("12 Station Road", "Lower Ashford", "Kithbridge");
        assertThat(AddressKey.of("12 Statoin Road, Kithbridge, Lower Ashford").wordsInCommon(recorded)).isEqualTo(1.0);
        assertThat(AddressKey.of("12 Station Road, Kithbridge").sameNumbers(recorded)).isTrue();
        assertThat(AddressKey.of("40 Station Road, Kithbridge").otherNumbers(recorded)).isTrue();
        assertThat(AddressKey.of("Not known")).isNull();
    }

    @Test
    void nearDatesAreOneSlipAway() {
        assertThat(Likeness.nearDates(BORN)).contains(LocalDate.of(2016, 3, 9), LocalDate.of(2018, 3, 9),
                LocalDate.of(2017, 3, 8), LocalDate.of(2017, 3, 19), LocalDate.of(2071, 3, 9))
                .doesNotContain(BORN, LocalDate.of(1017, 3, 9));
        assertThat(Likeness.slipsOf("9434765919")).hasSize(99).doesNotContain("9434765919");
    }

    @Test
    void jaroWinklerForgivesTypos() {
        assertThat(Likeness.jaroWinkler("martha", "marhta")).isGreaterThan(0.95);
        assertThat(Likeness.jaroWinkler("pemberton", "pembleton")).isGreaterThan(0.9);
        assertThat(Likeness.jaroWinkler("hart", "okafor")).isLessThan(0.6);
    }

    @Test
    void oneSlipInADateIsRecognised() {
        assertThat(Likeness.oneSlipApart(LocalDate.of(2017, 3, 9), LocalDate.of(2017, 3, 8))).isTrue();
        assertThat(Likeness.oneSlipApart(LocalDate.of(2017, 3, 9), LocalDate.of(2018, 3, 9))).isTrue();
        assertThat(Likeness.oneSlipApart(LocalDate.of(2017, 3, 9), LocalDate.of(2014, 5, 1))).isFalse();
    }
}
