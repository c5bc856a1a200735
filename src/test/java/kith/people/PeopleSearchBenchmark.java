package kith.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times person search by surname and date of birth the way Kith runs it: through the {@link PeopleSearch}
 * bean (its transaction, the connection pool, the real SQL), one query after another, wall-clock time per
 * call. The JUnit side is {@link PeopleSearchBenchmarkTests}.
 */
public final class PeopleSearchBenchmark {

    /** A person to look for: the surname as typed (perhaps mistyped) and the date of birth. */
    record Target(UUID id, String surname, LocalDate dateOfBirth, boolean mistyped) {}

    /** Latencies in milliseconds, and how often the person looked for was among the results. */
    record Figures(Latencies latencies, double meanResults, int exactQueries, int exactFound, int mistypedQueries,
            int mistypedFound) {

        double exactRecall() {
            return exactQueries == 0 ? 1 : (double) exactFound / exactQueries;
        }

        double mistypedRecall() {
            return mistypedQueries == 0 ? 1 : (double) mistypedFound / mistypedQueries;
        }
    }

    private final PeopleSearch search;

    PeopleSearchBenchmark(PeopleSearch search) {
        this.search = search;
    }

    /**
     * Picks {@code count} people with a date of birth at random (repeatably for the same table) and every
     * {@code mistypeEvery}th surname with one letter wrong, as a user in a hurry would type it.
     */
    static List<Target> targets(JdbcClient jdbc, int count, int mistypeEvery, long seed) {
        // A 0.5% sample of a million is about 5,000 rows, comfortably more than needed, without sorting the table.
        List<Target> exact = jdbc.sql("""
                        SELECT id, family_name, date_of_birth FROM person TABLESAMPLE BERNOULLI (0.5) REPEATABLE (:seed)
                        WHERE date_of_birth IS NOT NULL LIMIT :count""")
                .param("seed", seed)
                .param("count", count)
                .query((rs, row) -> new Target(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), false))
                .list();
        if (exact.size() < count) {
            throw new IllegalStateException("Only " + exact.size() + " people to look for; load more people");
        }
        Random random = new Random(seed);
        List<Target> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Target target = exact.get(i);
            targets.add(i % mistypeEvery == mistypeEvery - 1
                    ? new Target(target.id(), mistype(target.surname(), random), target.dateOfBirth(), true)
                    : target);
        }
        return targets;
    }

    /** One letter after the first replaced by another: people seldom get the first letter of a name wrong. */
    public static String mistype(String surname, Random random) {
        int at = 1 + random.nextInt(surname.length() - 1);
        char wrong;
        do {
            wrong = (char) ('a' + random.nextInt(26));
        } while (Character.toLowerCase(surname.charAt(at)) == wrong);
        return surname.substring(0, at) + wrong + surname.substring(at + 1);
    }

    /** Runs the warm-up queries untimed (JIT, pool, plan and buffer caches), then times the rest. */
    Figures run(List<Target> warmUp, List<Target> measured) {
        warmUp.forEach(this::find);
        long[] nanos = new long[measured.size()];
        int exactQueries = 0, exactFound = 0, mistypedQueries = 0, mistypedFound = 0;
        long results = 0;
        long start = System.nanoTime();
        for (int i = 0; i < measured.size(); i++) {
            Target target = measured.get(i);
            long before = System.nanoTime();
            List<PersonSummary> found = find(target);
            nanos[i] = System.nanoTime() - before;
            results += found.size();
            boolean hit = found.stream().anyMatch(person -> person.id().equals(target.id()));
            if (target.mistyped()) {
                mistypedQueries++;
                mistypedFound += hit ? 1 : 0;
            } else {
                exactQueries++;
                exactFound += hit ? 1 : 0;
            }
        }
        return new Figures(Latencies.of(nanos, System.nanoTime() - start), (double) results / nanos.length,
                exactQueries, exactFound, mistypedQueries, mistypedFound);
    }

    private List<PersonSummary> find(Target target) {
        return search.find(new SearchCriteria(target.surname(), target.dateOfBirth(), null), PeopleSearch.LIMIT);
    }
}
