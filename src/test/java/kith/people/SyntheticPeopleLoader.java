package kith.people;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kith.support.CopyText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the person table with people invented by {@link SyntheticPeople}, or with any people a benchmark brings,
 * for benchmarks. Saving a million people through the repository would take most of an hour; PostgreSQL COPY
 * takes a minute or two. Each person gets one current address; relationships are left out because no benchmark
 * reads them yet.
 *
 * <p>Everything is copied in one transaction, so a failed load leaves nothing behind, and a table that already
 * holds the wanted number of people is left alone, so a second benchmark in the same run costs nothing.
 */
public final class SyntheticPeopleLoader {

    /** The same seed gives the same people (apart from ids and NHS numbers; see {@link #skipUsedNhsNumbers}). */
    public static final long SEED = 20_260_501L;

    /** Begins the LA child id of every invented child ("B" and nine digits), apart from Kith's own "K" ids. */
    public static final String LA_CHILD_ID_PREFIX = "B";

    // Big enough that per-statement overhead vanishes, small enough that a chunk is a few megabytes.
    private static final int CHUNK = 20_000;

    private static final String COPY_PERSON = """
            COPY person (id, version, kind, given_name, family_name, date_of_birth, expected_date_of_birth, sex,
              ethnicity, disabilities, languages, nhs_number, nhs_number_source, la_child_id, created_at, updated_at)
            FROM STDIN""";
    private static final String COPY_ADDRESS = """
            COPY person_address (person_id, position, line1, line2, town, postcode, moved_in, moved_out, confidential)
            FROM STDIN""";

    /** What {@link #ensure} did: people in the table now, how many it added (none if skipped), how long it took. */
    public record Load(long people, int added, Duration took) {}

    private final DataSource app;
    private final DataSource owner;

    /**
     * @param app   Kith's own role, which may insert people
     * @param owner the role that ran the migrations: only a table's owner may VACUUM and ANALYZE it
     */
    public SyntheticPeopleLoader(DataSource app, DataSource owner) {
        this.app = app;
        this.owner = owner;
    }

    /** One person to copy in, with the LA child id to give it (or none). */
    public record Entry(UUID id, PersonDetails person, String laChildId) {}

    /** Loads {@code people} invented people unless the table already holds at least that many. */
    public Load ensure(int people, LocalDate today) throws SQLException, IOException {
        long existing = count();
        if (existing >= people) {
            return new Load(existing, 0, Duration.ZERO);
        }
        long start = System.nanoTime();
        SyntheticPeople synthetic = generator(SEED, today);
        var serial = new AtomicInteger();
        copy(Stream.generate(synthetic::family).flatMap(family -> family.members().stream()).limit(people)
                // "B" keeps these apart from the "K" ids that Kith itself hands out from la_child_id_seq.
                .map(member -> new Entry(UUID.randomUUID(), member, member.kind() == PersonKind.CHILD
                        ? "B%09d".formatted(serial.incrementAndGet()) : null)));
        vacuumAndAnalyse();
        return new Load(count(), people, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * A generator of invented people whose NHS numbers follow the highest already in the table: the number is
     * unique, and the demo families (and any people loaded before) hold numbers from the same 999 range.
     */
    public SyntheticPeople generator(long seed, LocalDate today) throws SQLException {
        SyntheticPeople synthetic = new SyntheticPeople(seed, today);
        try (Connection connection = app.getConnection()) {
            skipUsedNhsNumbers(connection, synthetic);
        }
        return synthetic;
    }

    /** Copies the people, each with one current address (its first), in one transaction, then analyses the tables. */
    public void load(List<Entry> entries) throws SQLException, IOException {
        copy(entries.stream());
        vacuumAndAnalyse();
    }

    private void copy(Stream<Entry> entries) throws SQLException, IOException {
        String now = Instant.now().toString();
        try (Connection connection = app.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Iterator<Entry> next = entries.iterator();
            while (next.hasNext()) {
                StringBuilder persons = new StringBuilder(CHUNK * 160);
                StringBuilder addresses = new StringBuilder(CHUNK * 80);
                for (int inChunk = 0; inChunk < CHUNK && next.hasNext(); inChunk++) {
                    Entry entry = next.next();
                    personRow(persons, entry, now);
                    addressRow(addresses, entry.id(), entry.person().addresses().getFirst());
                }
                // Person rows first: the address rows refer to them.
                copy.copyIn(COPY_PERSON, new StringReader(persons.toString()));
                copy.copyIn(COPY_ADDRESS, new StringReader(addresses.toString()));
            }
            connection.commit();
        }
    }

    /**
     * The demo families (and any test people) already hold NHS numbers from the same 999 range, and the number
     * is unique: so start the generator after the highest number in the table. This consumes no randomness, so
     * the people stay the same for the seed.
     */
    private static void skipUsedNhsNumbers(Connection connection, SyntheticPeople synthetic) throws SQLException {
        try (Statement statement = connection.createStatement();
                // Below the demo families' 999 999 00xx: following those would leave the generator no ten-digit
                // number at all, and every person loaded would go without one.
                ResultSet highest = statement.executeQuery(
                        "SELECT max(nhs_number) FROM person WHERE nhs_number < '9999990000'")) {
            highest.next();
            String used = highest.getString(1);
            if (used == null) {
                return;
            }
            String next;
            do {
                next = synthetic.nhsNumber();
            } while (next.length() == 10 && next.compareTo(used) <= 0);
        }
    }

    private static void personRow(StringBuilder row, Entry entry, String now) {
        PersonDetails person = entry.person();
        // The generator can run out of ten-digit 999 numbers only if the table already held many; then go without.
        // Nor may it reach the demo families' 999 999 00xx, which are taken.
        String nhs = person.nhsNumber() != null && person.nhsNumber().length() == 10
                && person.nhsNumber().compareTo("9999990000") < 0 ? person.nhsNumber() : null;
        CopyText.row(row, entry.id(), 0, person.kind(), person.givenName(), person.familyName(), person.dateOfBirth(),
                person.expectedDateOfBirth(), person.sex(), person.ethnicity(), CopyText.array(person.disabilities()),
                CopyText.array(person.languages()), nhs, nhs == null ? null : person.nhsNumberSource(), entry.laChildId(),
                now, now);
    }

    private static void addressRow(StringBuilder row, UUID personId, Address address) {
        CopyText.row(row, personId, 0, address.line1(), address.line2(), address.town(), address.postcode(),
                address.movedIn(), address.movedOut(), address.confidential());
    }

    private long count() throws SQLException {
        try (Connection connection = app.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM person")) {
            count.next();
            return count.getLong(1);
        }
    }

    /**
     * Fresh statistics, so that the planner knows a date of birth is selective, and a vacuum, so that autovacuum
     * does not wake up to do the same in the middle of the measurement.
     */
    private void vacuumAndAnalyse() throws SQLException {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM (ANALYZE) person, person_address");
        }
    }
}
