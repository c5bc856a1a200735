package kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's tables are its own: each table belongs to the module whose migration folder creates it, and no other
 * module's code reads or writes it in SQL. Modules ask each other's services, or listen to their events (the
 * casework chronology), so that a module can change its tables without breaking another.
 */
class TableOwnershipTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path CODE = Path.of("src/main/java/kith");
    private static final Pattern CREATED = Pattern.compile("CREATE TABLE ([a-z_]+)");

    @Test
    void noModuleUsesAnotherModulesTables() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners).containsEntry("person", "people").containsEntry("referral", "frontdoor")
                .containsEntry("family_help_episode", "familyhelp");
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = CODE.relativize(file).getName(0).toString();
                String code = Files.readString(file);
                owners.forEach((table, owner) -> {
                    boolean others = !owner.equals(module) && !owner.equals("shared");
                    if (others && Pattern.compile("(?i)\\b(FROM|JOIN|INTO|UPDATE)\\s+" + table + "\\b").matcher(code).find()) {
                        trespasses.add(file + " uses " + table + " of " + owner);
                    }
                });
            }
        }
        assertThat(trespasses).isEmpty();
    }

    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql") && f.getParent() != null
                    && !f.getParent().equals(MIGRATIONS)).toList()) {
                Matcher created = CREATED.matcher(Files.readString(file));
                while (created.find()) {
                    owners.put(created.group(1), file.getParent().getFileName().toString());
                }
            }
        }
        return owners;
    }
}
