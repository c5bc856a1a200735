package kith.people.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import kith.people.Latencies;
import kith.people.PeopleSearchBenchmark;
import kith.people.PersonSummary;
import kith.people.SyntheticPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures person matching the way the front door runs it, through the {@link PersonMatcher} bean's
 * {@code match} (its transaction, the connection pool, the real SQL and scoring; not the access checks and
 * audit that {@code suggest} adds): how well it finds the person a referral is really about, and how fast.
 * The JUnit side is {@link PersonMatchingBenchmarkTests}.
 */
final class PersonMatchingBenchmark {

    /** A person as recorded: what a referral about them starts from. */
    record Known(UUID id, String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber, String address,
            String postcode) {}

    /** What a referrer told us, and whom they really meant. {@code slip} says what they got wrong. */
    record Referral(UUID personId, String slip, MatchCandidate candidate) {}

    /**
     * The slips a referrer makes, one per referral. A referral leaves out the NHS number unless its slip says
     * otherwise: most referrers do not know it, and with it the number alone would find the child.
     */
    enum Slip {
        NO_NHS_NUMBER("NHS number left out, nothing else wrong"),
        GIVEN_NAME_TYPO("one letter of the given name wrong"),
        SURNAME_TYPO("one letter of the surname wrong"),
        TRANSPOSED_LETTERS("two neighbouring letters of a name swapped"),
        DAY_AND_MONTH_SWAPPED("day and month of birth swapped"),
        NICKNAME("a short or long form of the given name"),
        DOUBLE_BARRELLED("one part of a double-barrelled surname, or a part added"),
        NO_POSTCODE("postcode left out"),
        NO_DATE_OF_BIRTH("date of birth left out"),
        TWO_SLIPS("surname misspelt and day and month swapped"),
        NHS_NUMBER_GIVEN("NHS number given, given name misspelt");

        final String label;

        Slip(String label) {
            this.label = label;
        }

        boolean fits(Known person) {
            return switch (this) {
                case DAY_AND_MONTH_SWAPPED, TWO_SLIPS -> person.dateOfBirth().getDayOfMonth() <= 12
                        && person.dateOfBirth().getDayOfMonth() != person.dateOfBirth().getMonthValue();
                case NICKNAME -> !SHIPPED.of(person.givenName().toLowerCase(Locale.UK)).isEmpty();
                case NHS_NUMBER_GIVEN -> person.nhsNumber() != null;
                default -> true;
            };
        }
    }

    /** Referrals found and suggestions made, for one slip or for all. */
    record Tally(int referrals, int found, int suggestions, int trueSuggestions, int notGathered) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0);

        /** Share of referrals whose person was among the suggestions. */
        double recall() {
            return referrals == 0 ? 1 : (double) found / referrals;
        }

        /** Share of suggestions that were the person the referral was about. */
        double precision() {
            return suggestions == 0 ? 1 : (double) trueSuggestions / suggestions;
        }

        Tally plus(Tally other) {
            return new Tally(referrals + other.referrals, found + other.found, suggestions + other.suggestions,
                    trueSuggestions + other.trueSuggestions, notGathered + other.notGathered);
        }
    }

    /**
     * How well: a tally per slip and in all, suggestions of people outside the population looked at, and the
     * first few misses and wrong suggestions, to show what goes wrong.
     */
    record Quality(Map<String, Tally> bySlip, Tally all, int outsidePopulation, List<String> misses,
            List<String> wrongSuggestions) {}

    private static final int EXAMPLES = 8;

    /** How fast, and how well among a million: the person found, and who else was suggested. */
    record Speed(Latencies latencies, Quality quality, Quality strong, Referral slowest, double meanGathered,
            int maxGathered, int capped) {}

    /** The shipped given-name variants, which the nickname slip draws from. */
    static final NameVariants SHIPPED = new NameVariants(KnownNameVariants.shipped());

    private final PersonMatcher matcher;
    private final Predicate<Scored> counted;

    /** {@code counted}: which suggestions count (those of the strong band, or of either). */
    PersonMatchingBenchmark(PersonMatcher matcher, Predicate<Scored> counted) {
        this.matcher = matcher;
        this.counted = counted;
    }

    private List<Scored> suggested(MatchCandidate candidate) {
        return matcher.match(candidate, PersonMatcher.SUGGESTIONS).stream().filter(counted).toList();
    }

    /** Children loaded by {@link SyntheticPeopleLoader#ensure}, sampled repeatably, with their first address. */
    static List<Known> sampledChildren(JdbcClient jdbc, int count, long seed) {
        List<Known> sampled = jdbc.sql("""
                        SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.nhs_number, a.line1, a.town, a.postcode
                        FROM person p TABLESAMPLE BERNOULLI (1) REPEATABLE (:seed)
                          JOIN person_address a ON a.person_id = p.id AND a.position = 0
                        WHERE p.kind = 'CHILD' AND p.date_of_birth IS NOT NULL AND p.la_child_id LIKE 'B%'
                        LIMIT :count""")
                .param("seed", seed)
                .param("count", count)
                .query((rs, row) -> new Known(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6) + ", " + rs.getString(7),
                        rs.getString(8)))
                .list();
        if (sampled.size() < count) {
            throw new IllegalStateException("Only " + sampled.size() + " children sampled; load more people");
        }
        return sampled;
    }

    /**
     * {@code count} referrals, the slips taken in turn, each about the next person in the list it fits (a
     * person may be the subject of more than one referral, with different slips).
     */
    static List<Referral> referrals(List<Known> people, int count, Random random) {
        List<Referral> referrals = new ArrayList<>(count);
        int next = 0;
        for (int i = 0; i < count; i++) {
            Slip slip = Slip.values()[i % Slip.values().length];
            Known person;
            int tried = 0;
            do {
                if (tried++ > people.size()) {
                    throw new IllegalStateException("No one among the people fits the slip " + slip.label);
                }
                person = people.get(next++ % people.size());
            } while (!slip.fits(person));
            referrals.add(new Referral(person.id(), slip.label, referral(person, slip, random)));
        }
        return referrals;
    }

    private static MatchCandidate referral(Known p, Slip slip, Random random) {
        String given = p.givenName();
        String family = p.familyName();
        LocalDate born = p.dateOfBirth();
        String nhs = null;
        String postcode = p.postcode();
        switch (slip) {
            case NO_NHS_NUMBER -> { }
            case GIVEN_NAME_TYPO -> given = PeopleSearchBenchmark.mistype(given, random);
            case SURNAME_TYPO -> family = PeopleSearchBenchmark.mistype(family, random);
            case TRANSPOSED_LETTERS -> {
                if (random.nextBoolean()) {
                    given = transpose(given, random);
                } else {
                    family = transpose(family, random);
                }
            }
            case DAY_AND_MONTH_SWAPPED -> born = swapDayAndMonth(born);
            case NICKNAME -> given = capitalise(pick(new ArrayList<>(SHIPPED.of(given.toLowerCase(Locale.UK))).stream()
                    .sorted().toList(), random));
            case DOUBLE_BARRELLED -> family = family.contains("-") ? pick(List.of(family.split("-")), random)
                    : random.nextBoolean() ? family + "-" + pick(SyntheticPeople.surnames(), random)
                    : pick(SyntheticPeople.surnames(), random) + "-" + family;
            case NO_POSTCODE -> postcode = null;
            case NO_DATE_OF_BIRTH -> born = null;
            case TWO_SLIPS -> {
                family = PeopleSearchBenchmark.mistype(family, random);
                born = swapDayAndMonth(born);
            }
            case NHS_NUMBER_GIVEN -> {
                nhs = p.nhsNumber();
                given = PeopleSearchBenchmark.mistype(given, random);
            }
        }
        return new MatchCandidate(given, family, born, nhs, p.address(), postcode);
    }

    /** Two neighbouring letters swapped, after the first and not two the same (which would change nothing). */
    static String transpose(String name, Random random) {
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i + 1 < name.length(); i++) {
            if (Character.toLowerCase(name.charAt(i)) != Character.toLowerCase(name.charAt(i + 1))) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return name;
        }
        int at = pick(places, random);
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }

    private static LocalDate swapDayAndMonth(LocalDate born) {
        return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * Matches every referral, cut at the threshold and at {@link PersonMatcher#SUGGESTIONS}, counting only the
     * suggestions of people in {@code population}; the others are counted apart.
     */
    Quality quality(List<Referral> referrals, Set<UUID> population) {
        Map<String, Tally> bySlip = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int outside = 0;
        for (Referral referral : referrals) {
            List<Scored> suggested = suggested(referral.candidate());
            List<Scored> inside = suggested.stream().filter(s -> population.contains(s.person().id())).toList();
            outside += suggested.size() - inside.size();
            Tally tally = tally(referral, inside);
            bySlip.merge(referral.slip(), tally, Tally::plus);
            if (tally.found() == 0 && misses.size() < EXAMPLES) {
                misses.add(describe(referral.candidate()) + "\n    is " + matcher.scored(referral.candidate()).stream()
                        .filter(s -> s.person().id().equals(referral.personId())).findFirst()
                        .map(PersonMatchingBenchmark::describe).orElse("not gathered"));
            }
            inside.stream().filter(s -> !s.person().id().equals(referral.personId()))
                    .limit(Math.max(0, EXAMPLES - wrong.size()))
                    .forEach(s -> wrong.add(describe(referral.candidate()) + "\n    got " + describe(s)));
        }
        return new Quality(bySlip, bySlip.values().stream().reduce(Tally.NONE, Tally::plus), outside, misses, wrong);
    }

    private static String describe(MatchCandidate c) {
        return String.join(" | ", String.valueOf(c.givenName()), String.valueOf(c.familyName()),
                String.valueOf(c.dateOfBirth()), String.valueOf(c.identifier()), String.valueOf(c.address()),
                String.valueOf(c.postcode()));
    }

    private static String describe(Scored s) {
        PersonSummary p = s.person();
        return String.join(" | ", p.givenName(), p.familyName(), String.valueOf(p.dateOfBirth()),
                String.valueOf(p.nhsNumber()), String.valueOf(p.laChildId()), String.valueOf(p.postcode()))
                + String.format(Locale.UK, ": %.2f %s %s, differs %s", s.score(),
                        s.strength() == null ? "not suggested" : s.strength().label(), s.reasons(), s.differences());
    }

    /** One referral's tally; a miss is checked again to tell whether the person was gathered at all. */
    private Tally tally(Referral referral, List<Scored> suggested) {
        Predicate<Scored> isThePerson = s -> s.person().id().equals(referral.personId());
        boolean found = suggested.stream().anyMatch(isThePerson);
        boolean gathered = found || matcher.scored(referral.candidate()).stream().anyMatch(isThePerson);
        return new Tally(1, found ? 1 : 0, suggested.size(), found ? 1 : 0, gathered ? 0 : 1);
    }

    /** Runs the warm-up referrals untimed (JIT, pool, plan and buffer caches), then times the rest one by one. */
    Speed speed(List<Referral> warmUp, List<Referral> measured) {
        warmUp.forEach(referral -> suggested(referral.candidate()));
        long[] nanos = new long[measured.size()];
        List<List<Scored>> suggested = new ArrayList<>(measured.size());
        int slowest = 0;
        long start = System.nanoTime();
        for (int i = 0; i < measured.size(); i++) {
            long before = System.nanoTime();
            suggested.add(suggested(measured.get(i).candidate()));
            nanos[i] = System.nanoTime() - before;
            slowest = nanos[i] > nanos[slowest] ? i : slowest;
        }
        Latencies latencies = Latencies.of(nanos, System.nanoTime() - start);
        // Untimed from here: the tallies, how many candidates the database gathered, how often the cap cut them.
        Map<String, Tally> bySlip = new LinkedHashMap<>();
        Map<String, Tally> strongBySlip = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            Referral referral = measured.get(i);
            boolean found = suggested.get(i).stream().anyMatch(s -> s.person().id().equals(referral.personId()));
            bySlip.merge(referral.slip(), new Tally(1, found ? 1 : 0, suggested.get(i).size(), found ? 1 : 0, 0), Tally::plus);
            List<Scored> strong = suggested.get(i).stream().filter(s -> s.strength() == Strength.STRONG).toList();
            boolean foundStrong = strong.stream().anyMatch(s -> s.person().id().equals(referral.personId()));
            strongBySlip.merge(referral.slip(), new Tally(1, foundStrong ? 1 : 0, strong.size(), foundStrong ? 1 : 0, 0),
                    Tally::plus);
            suggested.get(i).stream().filter(s -> !s.person().id().equals(referral.personId()))
                    .limit(Math.max(0, EXAMPLES - wrong.size()))
                    .forEach(s -> wrong.add(describe(referral.candidate()) + "\n    got " + describe(s)));
        }
        var quality = new Quality(bySlip, bySlip.values().stream().reduce(Tally.NONE, Tally::plus), 0, List.of(), wrong);
        var strongQuality = new Quality(strongBySlip, strongBySlip.values().stream().reduce(Tally.NONE, Tally::plus), 0,
                List.of(), List.of());
        int[] gathered = measured.stream().mapToInt(r -> matcher.scored(r.candidate()).size()).toArray();
        return new Speed(latencies, quality, strongQuality, measured.get(slowest), Arrays.stream(gathered).average().orElse(0),
                Arrays.stream(gathered).max().orElse(0),
                (int) Arrays.stream(gathered).filter(n -> n >= Candidates.LIMIT).count());
    }
}
