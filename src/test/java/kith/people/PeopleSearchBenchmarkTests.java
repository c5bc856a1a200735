package kith.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import kith.KithTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance test of person search at scale: surname plus date of birth over a million invented people
 * answers within 20 ms at the 95th percentile. Heavy (a minute and a half on two cores, most of it loading),
 * so it runs only with {@code ./mvnw -Pbenchmark verify}; each run overwrites
 * {@code docs/benchmarks/people-search-latest.txt}. The name ends in "Tests" because that is what Surefire
 * picks up by default.
 */
@KithTest
@Tag("benchmark")
class PeopleSearchBenchmarkTests {

    static final int PEOPLE = 1_000_000;
    static final int WARM_UP = 500;
    static final int MEASURED = 2_000;
    static final int MISTYPE_EVERY = 4;
    static final double P95_LIMIT_MS = 20;
    static final Path LATEST = Path.of("docs", "benchmarks", "people-search-latest.txt");

    @Autowired PeopleSearch peopleSearch;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void findsBySurnameAndDateOfBirthAmongAMillionPeopleWithin20MillisecondsAtP95() throws Exception {
        var load = new SyntheticPeopleLoader(dataSource, owner).ensure(PEOPLE, LocalDate.now(clock));

        List<PeopleSearchBenchmark.Target> targets =
                PeopleSearchBenchmark.targets(jdbc, WARM_UP + MEASURED, MISTYPE_EVERY, 42);
        var figures = new PeopleSearchBenchmark(peopleSearch)
                .run(targets.subList(0, WARM_UP), targets.subList(WARM_UP, targets.size()));
        // The plan of a typical search: the first timed one with the surname spelt right.
        var typical = targets.subList(WARM_UP, targets.size()).stream().filter(t -> !t.mistyped()).findFirst().orElseThrow();
        String plan = plan(typical);

        String report = new PeopleSearchBenchmarkReport(jdbc, clock).text(load, figures, typical, plan, WARM_UP);
        Files.createDirectories(LATEST.getParent());
        Files.writeString(LATEST, report);
        System.out.println(report);

        assertThat(figures.latencies().p95()).as("p95 in ms").isLessThan(P95_LIMIT_MS);
        assertThat(figures.exactRecall()).as("share of exact surnames that found the person").isGreaterThanOrEqualTo(0.99);
        // With the date of birth narrowing a million to a few dozen, a letter wrong must not lose the child.
        assertThat(figures.mistypedRecall()).as("share of surnames with a letter wrong that found the person").isEqualTo(1.0);
        assertThat(plan).as("the date of birth index narrows the search").contains("person_birth_family_idx");
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the very SQL that {@link PeopleSearch#find} builds. */
    private String plan(PeopleSearchBenchmark.Target target) {
        var recorder = new SqlRecorder(dataSource);
        new PeopleSearch(JdbcClient.create(recorder), null, null)
                .find(new SearchCriteria(target.surname(), target.dateOfBirth(), null), PeopleSearch.LIMIT);
        return recorder.explainLast();
    }
}
