package kith.people.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kith.KithTest;
import kith.people.Address;
import kith.people.PersonDetails;
import kith.people.PersonKind;
import kith.people.SqlRecorder;
import kith.people.SyntheticPeople;
import kith.people.SyntheticPeopleLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance test of person matching (issue 3 and the practice-fit issue): how well the matcher finds the
 * person a referral is about, on the public FEBRL 4 benchmark, on Kith's own synthetic referrals (one slip each)
 * and on referrals with several slips at once (each band's recall and precision), and how fast it answers over a
 * million people. Heavy (about three minutes on two cores, most of it loading), so it runs only with
 * {@code ./mvnw -Pbenchmark verify}; each run overwrites {@code docs/benchmarks/person-matching-latest.txt}.
 *
 * <p>The parts run in order on one database: the two quality checks first, each against its own population of
 * a few thousand people, then the million are loaded around them. Precision counts only suggestions from the
 * population evaluated, so people loaded by other benchmarks in the same run cannot blur it; the report says how
 * many suggestions fell outside.
 */
@KithTest
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonMatchingBenchmarkTests {

    static final int PEOPLE = 1_000_000;
    static final int POPULATION = 5_000;
    static final long POPULATION_SEED = 20_260_601L;
    static final int SLIPS_POPULATION = 10_000;
    static final long SLIPS_SEED = 20_261_201L;
    static final int REFERRALS = 2_200;
    static final int WARM_UP = 500;
    static final int MEASURED = 2_000;
    static final double P95_LIMIT_MS = 50;
    static final Path LATEST = Path.of("docs", "benchmarks", "person-matching-latest.txt");

    @Autowired PersonMatcher matcher;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    private static final java.util.function.Predicate<Scored> STRONG = s -> s.strength() == Strength.STRONG;
    private static final java.util.function.Predicate<Scored> EITHER = Scored::suggested;

    private final PersonMatchingBenchmarkReport report = new PersonMatchingBenchmarkReport();

    @Test
    @Order(1)
    void findsFebrl4DuplicatesWithPrecisionAndRecallOfAtLeast99Percent() throws Exception {
        assumeTrue(Febrl4.isPresent(), "FEBRL 4 not found in " + Febrl4.FOLDER.toAbsolutePath() + "; set -Dkith.febrl");
        List<Febrl4.Record> originals = Febrl4.read(Febrl4.ORIGINALS);
        Map<String, UUID> idOf = new HashMap<>();
        List<SyntheticPeopleLoader.Entry> entries = new ArrayList<>();
        for (Febrl4.Record original : originals) {
            UUID id = UUID.randomUUID();
            idOf.put(original.entity(), id);
            entries.add(new SyntheticPeopleLoader.Entry(id, original.asPerson(), original.socSecId()));
        }
        loader().load(entries);
        List<PersonMatchingBenchmark.Referral> referrals = Febrl4.read(Febrl4.DUPLICATES).stream()
                .map(d -> new PersonMatchingBenchmark.Referral(idOf.get(d.entity()), "FEBRL 4 duplicate", d.asCandidate()))
                .toList();

        String data = "%,d originals (dataset4a) loaded as people; each of the %,d duplicates (dataset4b) matched"
                .formatted(originals.size(), referrals.size());
        var strong = new PersonMatchingBenchmark(matcher, STRONG).quality(referrals, Set.copyOf(idOf.values()));
        report.quality("Quality on FEBRL 4, strong band", data, "strong matches only", strong);
        var either = new PersonMatchingBenchmark(matcher, EITHER).quality(referrals, Set.copyOf(idOf.values()));
        report.quality("Quality on FEBRL 4, either band", data, "strong and possible matches", either);

        assertThat(strong.all().recall()).as("recall on FEBRL 4, strong band").isGreaterThanOrEqualTo(0.99);
        assertThat(strong.all().precision()).as("precision on FEBRL 4, strong band").isGreaterThanOrEqualTo(0.99);
        assertThat(either.all().recall()).as("recall on FEBRL 4, either band").isGreaterThanOrEqualTo(strong.all().recall());
    }

    @Test
    @Order(2)
    void findsChildrenFromReferralsWithTheSlipsReferrersMake() throws Exception {
        var loader = loader();
        SyntheticPeople synthetic = loader.generator(POPULATION_SEED, LocalDate.now(clock));
        List<SyntheticPeopleLoader.Entry> entries = new ArrayList<>();
        while (entries.size() < POPULATION) {
            synthetic.family().members().forEach(member -> entries.add(new SyntheticPeopleLoader.Entry(UUID.randomUUID(), member, null)));
        }
        loader.load(entries);
        List<PersonMatchingBenchmark.Known> children = new ArrayList<>(entries.stream()
                .filter(e -> e.person().kind() == PersonKind.CHILD && e.person().dateOfBirth() != null)
                .map(PersonMatchingBenchmarkTests::known)
                .toList());
        Random random = new Random(POPULATION_SEED);
        Collections.shuffle(children, random);
        var referrals = PersonMatchingBenchmark.referrals(children, REFERRALS, random);

        Set<UUID> population = entries.stream().map(SyntheticPeopleLoader.Entry::id).collect(Collectors.toSet());
        String data = ("%,d people in families from SyntheticPeople seed %d (%,d children); %,d referrals about the "
                + "children").formatted(entries.size(), POPULATION_SEED, children.size(), referrals.size());
        var strong = new PersonMatchingBenchmark(matcher, STRONG).quality(referrals, population);
        report.quality("Quality on Kith's synthetic referrals, strong band", data, "strong matches only", strong);
        var either = new PersonMatchingBenchmark(matcher, EITHER).quality(referrals, population);
        report.quality("Quality on Kith's synthetic referrals, either band", data, "strong and possible matches", either);

        assertThat(strong.all().recall()).as("recall on synthetic referrals").isGreaterThanOrEqualTo(0.98);
        assertThat(strong.all().precision()).as("precision on synthetic referrals").isGreaterThanOrEqualTo(0.95);
        assertThat(either.all().recall()).as("recall on synthetic referrals, either band").isGreaterThanOrEqualTo(0.99);
    }

    /**
     * The practice-fit issue's target: children with one to three slips at once, most without an NHS number,
     * found in either band at least 99 times in 100, and the strong band right at least 99 times in 100 (counting
     * every suggestion for a child Kith does not know as wrong).
     */
    @Test
    @Order(3)
    void findsChildrenWithSeveralSlipsAtOnceInOneBandOrTheOther() throws Exception {
        var loader = loader();
        Random random = new Random(SLIPS_SEED);
        LocalDate today = LocalDate.now(clock);
        var population = SlipsBenchmark.population(loader.generator(SLIPS_SEED, today), SLIPS_POPULATION, random);
        loader.load(population.entries());
        var referrals = SlipsBenchmark.referrals(population.known(), population.unknown(),
                SlipsBenchmark.shortForms(Path.of("src/main/resources/names/nicknames.csv")), random, today);
        var benchmark = new SlipsBenchmark(
                c -> matcher.match(c, PersonMatcher.SUGGESTIONS).stream()
                        .map(s -> new SlipsBenchmark.Suggested(s.person().id(), s.strength() == Strength.STRONG,
                                describe(s)))
                        .toList(),
                (c, id) -> matcher.scored(c).stream().filter(s -> s.person().id().equals(id)).findFirst()
                        .map(PersonMatchingBenchmarkTests::describe).orElse("not gathered"));
        var quality = benchmark.quality(referrals, population.entries().stream()
                .map(SyntheticPeopleLoader.Entry::id).collect(Collectors.toSet()));
        report.section(SlipsBenchmark.report("Quality on referrals with several slips at once",
                ("%,d people in families from SyntheticPeople seed %d, with twins; %,d referrals about children Kith "
                        + "knows, %,d about children it does not (kept out of their families)").formatted(
                        population.entries().size(), SLIPS_SEED, population.known().size(), population.unknown().size()),
                "PersonMatcher.match(referral, %d), strong from %.2f, possible from %.2f".formatted(
                        PersonMatcher.SUGGESTIONS, Scoring.STRONG, Scoring.POSSIBLE), quality));

        assertThat(quality.all().either().recall()).as("recall over both bands").isGreaterThanOrEqualTo(0.99);
        assertThat(quality.all().strong().precision()).as("precision of the strong band").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    @Order(4)
    void suggestsAmongAMillionPeopleWithin50MillisecondsAtP95() throws Exception {
        var load = loader().ensure(PEOPLE, LocalDate.now(clock));
        var referrals = PersonMatchingBenchmark.referrals(
                PersonMatchingBenchmark.sampledChildren(jdbc, WARM_UP + MEASURED, 42), WARM_UP + MEASURED, new Random(42));

        var speed = new PersonMatchingBenchmark(matcher, EITHER)
                .speed(referrals.subList(0, WARM_UP), referrals.subList(WARM_UP, referrals.size()));
        long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        report.speed(load, people, speed, WARM_UP, plan(speed.slowest()));

        assertThat(speed.latencies().p95()).as("p95 in ms").isLessThan(P95_LIMIT_MS);
    }

    @AfterAll
    void writeReport() throws Exception {
        report.write(LATEST, jdbc, clock);
    }

    private SyntheticPeopleLoader loader() {
        return new SyntheticPeopleLoader(dataSource, owner);
    }

    private static PersonMatchingBenchmark.Known known(SyntheticPeopleLoader.Entry entry) {
        PersonDetails p = entry.person();
        Address home = p.addresses().getFirst();
        return new PersonMatchingBenchmark.Known(entry.id(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.nhsNumber(), home.line1() + ", " + home.town(), home.postcode());
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the very SQL that {@link Candidates} builds for this referral. */
    private String plan(PersonMatchingBenchmark.Referral referral) {
        var recorder = new SqlRecorder(dataSource);
        new Candidates(JdbcClient.create(recorder)).gather(Query.of(referral.candidate()), PersonMatchingBenchmark.SHIPPED);
        return recorder.explainLast();
    }

    private static String describe(Scored s) {
        return String.format(java.util.Locale.UK, "%s %s %s: %.2f %s %s, differs %s", s.person().givenName(),
                s.person().familyName(), s.person().dateOfBirth(), s.score(),
                s.strength() == null ? "not suggested" : s.strength().label(), s.reasons(), s.differences());
    }
}
