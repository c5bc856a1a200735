package kith.people.matching;

import kith.people.SyntheticPeopleLoader;
import kith.support.BenchmarkEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plain-text record of a person matching benchmark run: the {@link BenchmarkSetting}, then a section for
 * each part that ran (matching quality on FEBRL 4, on Kith's own synthetic referrals, speed over a million).
 */
final class PersonMatchingBenchmarkReport {

    private final List<String> sections = new ArrayList<>();

    void quality(String title, String data, String counted, PersonMatchingBenchmark.Quality quality) {
        StringBuilder text = new StringBuilder(String.format(Locale.UK, """
                %s
                Data:        %s
                Method:      PersonMatcher.match(referral, %d): best %d at most, strong first; counted: %s
                             (strong from %.2f, possible from %.2f with more than the names agreeing)
                """, title, data, PersonMatcher.SUGGESTIONS, PersonMatcher.SUGGESTIONS, counted, Scoring.STRONG,
                Scoring.POSSIBLE));
        table(text, quality);
        text.append(String.format(Locale.UK, """
                Suggestions: %,d in all, %,d of them the person referred to; %,d further suggestions were of people
                             outside the population evaluated and are not counted
                * missed: referrals whose person was not gathered by any candidate block (the others missed were
                  gathered but scored below the threshold)
                """, quality.all().suggestions(), quality.all().trueSuggestions(), quality.outsidePopulation()));
        examples(text, "First referrals missed (given name | surname | born | identifier | address | postcode):",
                quality.misses());
        examples(text, "First wrong suggestions:", quality.wrongSuggestions());
        sections.add(text.toString());
    }

    private static void table(StringBuilder text, PersonMatchingBenchmark.Quality quality) {
        text.append(String.format(Locale.UK, "%-58s %9s %7s %9s %9s %7s%n",
                "slip", "referrals", "found", "recall", "precision", "missed*"));
        for (Map.Entry<String, PersonMatchingBenchmark.Tally> slip : quality.bySlip().entrySet()) {
            text.append(row(slip.getKey(), slip.getValue()));
        }
        text.append(row("all", quality.all()));
    }

    private static void examples(StringBuilder text, String title, List<String> examples) {
        if (!examples.isEmpty()) {
            text.append(title).append('\n');
            examples.forEach(example -> text.append("  ").append(example).append('\n'));
        }
    }

    private static String row(String slip, PersonMatchingBenchmark.Tally tally) {
        return String.format(Locale.UK, "%-58s %,9d %,7d %9.4f %9.4f %7d%n", slip, tally.referrals(), tally.found(),
                tally.recall(), tally.precision(), tally.notGathered());
    }

    /** A section written elsewhere (the slips benchmark's own report). */
    void section(String text) {
        sections.add(text);
    }

    void speed(SyntheticPeopleLoader.Load load, long people, PersonMatchingBenchmark.Speed speed, int warmUp,
            String plan) {
        var l = speed.latencies();
        var slowest = speed.slowest().candidate();
        StringBuilder text = new StringBuilder(String.format(Locale.UK, """
                Speed over a million people
                Data:        %,d people in person; %s
                Referrals:   %,d timed after %,d untimed warm-up, one at a time, about children sampled from the
                             million, the slips taken in turn; PersonMatcher.match(referral, %d)
                Latency ms:  p50 %.2f   p95 %.2f   p99 %.2f   max %.2f   mean %.2f
                Throughput:  %.0f referrals/s (one client thread)
                Gathered:    %.1f candidates per referral on average, %d at most; %d referrals reached the cap of %d
                Found among the million in either band (precision counts every other person suggested as wrong; missed* not checked):
                """,
                people, load.added() == 0 ? "loaded earlier in this run"
                        : String.format(Locale.UK, "%,d from SyntheticPeople seed %d loaded in %.1f s", load.added(),
                                SyntheticPeopleLoader.SEED, load.took().toMillis() / 1000.0),
                l.calls(), warmUp, PersonMatcher.SUGGESTIONS,
                l.p50(), l.p95(), l.p99(), l.max(), l.mean(), l.perSecond(),
                speed.meanGathered(), speed.maxGathered(), speed.capped(), Candidates.LIMIT));
        table(text, speed.quality());
        text.append("The strong band alone:\n");
        table(text, speed.strong());
        examples(text, "First other people suggested:", speed.quality().wrongSuggestions());
        text.append(String.format(Locale.UK, """

                Plan of the slowest referral (%s, %s, born %s, postcode %s), run again:
                %s
                """, slowest.givenName(), slowest.familyName(), slowest.dateOfBirth(), slowest.postcode(), plan));
        sections.add(text.toString());
    }

    void write(Path file, JdbcClient jdbc, Clock clock) throws IOException {
        String text = """
                Person matching: latest run
                ===========================
                %s
                %s""".formatted(BenchmarkEnvironment.describe(jdbc, clock), String.join("\n", sections));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println(text);
    }
}
