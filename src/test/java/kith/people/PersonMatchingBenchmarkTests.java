package kith.people;

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
 * The acceptance test of person matching (issue 3): how well the matcher finds the person a referral is about, on
 * the public FEBRL 4 benchmark and on Kith's own synthetic referrals, and how fast it answers over a million
 * people. Heavy (about three minutes on two cores, most of it loading), so it runs only with
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

        var quality = new PersonMatchingBenchmark(matcher).quality(referrals, Set.copyOf(idOf.values()));
        report.quality("Quality on FEBRL 4", "%,d originals (dataset4a) loaded as people; each of the %,d duplicates (dataset4b) matched"
                .formatted(originals.size(), referrals.size()), quality);

        assertThat(quality.all().recall()).as("recall on FEBRL 4").isGreaterThanOrEqualTo(0.99);
        assertThat(quality.all().precision()).as("precision on FEBRL 4").isGreaterThanOrEqualTo(0.99);
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

        var quality = new PersonMatchingBenchmark(matcher).quality(referrals,
                entries.stream().map(SyntheticPeopleLoader.Entry::id).collect(Collectors.toSet()));
        report.quality("Quality on Kith's synthetic referrals", ("%,d people in families from SyntheticPeople seed %d "
                + "(%,d children); %,d referrals about the children").formatted(entries.size(), POPULATION_SEED,
                children.size(), referrals.size()), quality);

        assertThat(quality.all().recall()).as("recall on synthetic referrals").isGreaterThanOrEqualTo(0.98);
        assertThat(quality.all().precision()).as("precision on synthetic referrals").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    @Order(3)
    void suggestsAmongAMillionPeopleWithin50MillisecondsAtP95() throws Exception {
        var load = loader().ensure(PEOPLE, LocalDate.now(clock));
        var referrals = PersonMatchingBenchmark.referrals(
                PersonMatchingBenchmark.sampledChildren(jdbc, WARM_UP + MEASURED, 42), WARM_UP + MEASURED, new Random(42));

        var speed = new PersonMatchingBenchmark(matcher)
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

    /** EXPLAIN (ANALYZE, BUFFERS) of the very SQL that {@link PersonMatcher#match} builds for this referral. */
    private String plan(PersonMatchingBenchmark.Referral referral) {
        var recorder = new SqlRecorder(dataSource);
        new PersonMatcher(JdbcClient.create(recorder), null, null).match(referral.candidate(), PersonMatcher.SUGGESTIONS);
        return recorder.explainLast();
    }
}
