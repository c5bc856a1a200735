package kith.people.matching;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The given-name variants matching uses: the shipped lists ({@code names/nicknames.csv}, from Old Dominion
 * University's hand-curated list, Apache License 2.0, see {@code names/LICENSE-nicknames.txt} and
 * {@code names/README.md}; and {@code names/kith-name-variants.csv}, the few English forms it lacks) and the
 * council's own additions in {@code name_variant}. The council's rows are read again when this node changes them, and
 * otherwise at most a minute after they were last read, so that every node of a deployment follows an
 * administrator's change within a minute without a query per referral.
 */
@Component
class KnownNameVariants {

    static final List<String> SHIPPED = List.of("names/nicknames.csv", "names/kith-name-variants.csv");
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Loaded(NameVariants variants, Instant at) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<NameVariants.Pair> shipped;
    private volatile Loaded loaded;

    KnownNameVariants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shipped = shipped();
    }

    /** The pairs of the shipped lists. */
    static List<NameVariants.Pair> shipped() {
        List<NameVariants.Pair> pairs = new ArrayList<>();
        for (String list : SHIPPED) {
            try (var csv = new InputStreamReader(new ClassPathResource(list).getInputStream(), StandardCharsets.UTF_8)) {
                pairs.addAll(NameVariants.read(csv));
            } catch (IOException e) {
                throw new UncheckedIOException("The shipped name variants (" + list + ") cannot be read", e);
            }
        }
        return List.copyOf(pairs);
    }

    /** The variants as they stand: the shipped list and the council's additions. */
    NameVariants current() {
        Loaded now = loaded;
        if (now == null || now.at().plus(FRESH_FOR).isBefore(clock.instant())) {
            List<NameVariants.Pair> pairs = new ArrayList<>(shipped);
            pairs.addAll(jdbc.sql("SELECT name, variant FROM name_variant")
                    .query((rs, n) -> new NameVariants.Pair(rs.getString("name"), rs.getString("variant")))
                    .list());
            now = new Loaded(new NameVariants(pairs), clock.instant());
            loaded = now;
        }
        return now.variants();
    }

    /** The council's additions changed on this node: read them again before the next match. */
    void changed() {
        loaded = null;
    }
}
