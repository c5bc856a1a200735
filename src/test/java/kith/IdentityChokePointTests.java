package kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who a person is reaches pages, lists and the API only through people's {@code Identities} (or the record opened
 * through the access policy): no other module reads the people tables itself, so no new module can show a
 * restricted child's name by querying it. (The every-route test, RestrictedRecordLeakTests, checks the answers.)
 */
class IdentityChokePointTests {

    private static final Pattern PEOPLE_TABLES =
            Pattern.compile("\\b(FROM|JOIN)\\s+(person|person_alias|person_address)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void noModuleButPeopleReadsThePeopleTables() throws IOException {
        Path main = Path.of("src/main/java/kith");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(main.resolve("people")))
                    .filter(file -> PEOPLE_TABLES.matcher(read(file)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("SQL outside the people module that reads people's names or identifiers").isEmpty();
    }

    @Test
    void theRuleWouldSeeSuchAQuery() {
        assertThat(PEOPLE_TABLES.matcher("SELECT given_name FROM person WHERE id = :id").find()).isTrue();
        assertThat(PEOPLE_TABLES.matcher("... JOIN person_alias a ON a.person_id = p.id").find()).isTrue();
        assertThat(PEOPLE_TABLES.matcher("SELECT person_id FROM person_relationship").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
