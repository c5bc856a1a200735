package kith.people;

import java.time.Clock;
import java.util.Locale;
import kith.support.BenchmarkEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plain-text record of a person search benchmark run: the figures together with what they depend on (the
 * {@link BenchmarkSetting}, how many people share a birthday, index sizes), so that runs can be compared.
 */
final class PeopleSearchBenchmarkReport {

    private final JdbcClient jdbc;
    private final Clock clock;

    PeopleSearchBenchmarkReport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String text(SyntheticPeopleLoader.Load load, PeopleSearchBenchmark.Figures figures,
            PeopleSearchBenchmark.Target explained, String plan, int warmUp) {
        String perDate = jdbc.sql("""
                        SELECT round(avg(n), 1) || ' on average, ' || max(n) || ' at most' FROM
                          (SELECT count(*) AS n FROM person WHERE date_of_birth IS NOT NULL GROUP BY date_of_birth) d""")
                .query(String.class).single();
        String sizes = jdbc.sql("""
                        SELECT 'table ' || pg_size_pretty(pg_relation_size('person')) || '; ' || string_agg(
                          c.relname || ' ' || pg_size_pretty(pg_relation_size(c.oid)), ', ' ORDER BY c.relname)
                        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'person'::regclass""")
                .query(String.class).single();
        return String.format(Locale.UK, """
                Person search by surname and date of birth: latest run
                ======================================================
                %s
                Data:        %,d people in person: %s
                Load:        %s
                Per date:    people sharing a date of birth: %s
                Sizes:       %s

                Queries:     %,d timed after %,d untimed warm-up, one at a time,
                             PeopleSearch.find(new SearchCriteria(surname, dateOfBirth, null), %d)
                Latency ms:  p50 %.2f   p95 %.2f   p99 %.2f   max %.2f   mean %.2f
                Throughput:  %.0f queries/s (one client thread)
                Results:     %.1f people per query on average
                Found:       exact surname %,d of %,d (%.2f%%); one letter wrong %,d of %,d (%.2f%%)

                Plan for %s born %s:
                %s
                """,
                BenchmarkEnvironment.describe(jdbc, clock),
                load.people(), load.added() == 0 ? "loaded earlier in this run"
                        : String.format(Locale.UK, "%,d from SyntheticPeople seed %d with one address each, the rest demo families",
                                load.added(), SyntheticPeopleLoader.SEED),
                load.added() == 0 ? "none needed"
                        : String.format(Locale.UK, "%.1f s (COPY, then VACUUM ANALYZE)", load.took().toMillis() / 1000.0),
                perDate, sizes,
                figures.latencies().calls(), warmUp, PeopleSearch.LIMIT,
                figures.latencies().p50(), figures.latencies().p95(), figures.latencies().p99(),
                figures.latencies().max(), figures.latencies().mean(), figures.latencies().perSecond(),
                figures.meanResults(),
                figures.exactFound(), figures.exactQueries(), 100 * figures.exactRecall(),
                figures.mistypedFound(), figures.mistypedQueries(), 100 * figures.mistypedRecall(),
                explained.surname(), explained.dateOfBirth(), plan);
    }
}
