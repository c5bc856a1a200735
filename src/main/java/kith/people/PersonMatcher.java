package kith.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests people Kith already knows who may be the child a referrer describes, each with its reasons.
 *
 * <p>Two steps. The database gathers candidates through indexes: the same NHS number; the same date of
 * birth or the same with day and month swapped; a similar full name (trigrams); a surname that sounds the
 * same (double metaphone) with a compatible given name; a part of a double-barrelled surname. Kith then
 * scores each candidate on every field, so that a typo, a nickname or a swapped date costs a little and a
 * conflicting NHS number costs a lot. Suggestions scoring at least {@link #THRESHOLD} are shown.
 */
@Service
public class PersonMatcher {

    public static final double THRESHOLD = 0.55;
    static final int CANDIDATES = 400;

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditTrail audit;

    PersonMatcher(JdbcClient jdbc, RecordAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** Suggestions for the current user (a screener may find people), restricted records masked, audited. */
    @Transactional
    public List<MatchSuggestion> suggest(MatchCandidate candidate) {
        access.checkMayFindPeople();
        List<MatchSuggestion> found = match(candidate, 10);
        Set<UUID> closed = access.closedToCurrentUser(found.stream().map(s -> s.person().id()).toList());
        List<MatchSuggestion> shown = found.stream()
                .map(s -> closed.contains(s.person().id())
                        ? new MatchSuggestion(PersonSummary.restricted(s.person().id()), s.score(), List.of())
                        : s)
                .toList();
        audit.record(AuditRecord.allowed("PEOPLE_MATCHED", shown.stream().map(s -> s.person().id()).toList())
                .withDetail("suggestions=" + shown.size()));
        return shown;
    }

    /** The matching itself, without access checks or audit: for screening code paths and benchmarks. */
    @Transactional(readOnly = true)
    public List<MatchSuggestion> match(MatchCandidate candidate, int limit) {
        Query query = Query.of(candidate);
        if (query.isEmpty()) {
            return List.of();
        }
        return candidates(query).stream()
                .map(row -> score(query, row))
                .filter(s -> s.score() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(MatchSuggestion::score).reversed())
                .limit(limit)
                .toList();
    }

    /** The candidate, normalised once. */
    record Query(String given, String family, List<String> familyParts, LocalDate dob, LocalDate swappedDob,
            String nhs, String postcode) {

        static Query of(MatchCandidate c) {
            String given = normalise(c.givenName());
            String family = normalise(c.familyName());
            List<String> parts = family == null ? List.of()
                    : Arrays.stream(family.split("[- ]+")).filter(p -> p.length() > 1).toList();
            LocalDate swapped = null;
            if (c.dateOfBirth() != null && c.dateOfBirth().getDayOfMonth() <= 12
                    && c.dateOfBirth().getDayOfMonth() != c.dateOfBirth().getMonthValue()) {
                swapped = LocalDate.of(c.dateOfBirth().getYear(), c.dateOfBirth().getDayOfMonth(),
                        Math.min(c.dateOfBirth().getMonthValue(), 28));
                // A month number read as a day is always valid (1..12), but keep the real day where it exists.
                int day = c.dateOfBirth().getMonthValue();
                if (day <= swapped.lengthOfMonth()) {
                    swapped = swapped.withDayOfMonth(day);
                }
            }
            String nhs = c.nhsNumber() == null ? null : NhsNumber.normalise(c.nhsNumber());
            String postcode = c.postcode() == null || c.postcode().isBlank() || !Postcode.isValid(c.postcode())
                    ? null : new Postcode(c.postcode()).value();
            return new Query(given, family, parts, c.dateOfBirth(), swapped,
                    nhs != null && NhsNumber.isValid(nhs) ? nhs : null, postcode);
        }

        boolean isEmpty() {
            return nhs == null && dob == null && family == null;
        }
    }

    /** One candidate as read for scoring. */
    record Row(PersonSummary person, String phonetic, String wantedPhonetic, List<String> aliasFamilyNames) {}

    private List<Row> candidates(Query q) {
        List<String> blocks = new ArrayList<>();
        var params = new java.util.LinkedHashMap<String, Object>();
        if (q.nhs() != null) {
            blocks.add("SELECT id FROM person WHERE nhs_number = :nhs");
            params.put("nhs", q.nhs());
        }
        if (q.dob() != null) {
            blocks.add("SELECT id FROM person WHERE date_of_birth = :dob OR expected_date_of_birth = :dob");
            params.put("dob", q.dob());
            if (q.swappedDob() != null) {
                blocks.add("SELECT id FROM person WHERE date_of_birth = :swapped");
                params.put("swapped", q.swappedDob());
            }
        }
        if (q.family() != null) {
            params.put("family", q.family());
            params.put("given", q.given() == null ? "" : q.given());
            params.put("variants", variantsOf(q.given()));
            params.put("full", q.family() + " " + (q.given() == null ? "" : q.given()));
            blocks.add("SELECT id FROM person WHERE (family_name_norm || ' ' || given_name_norm) % :full");
            blocks.add("""
                    SELECT id FROM person WHERE family_name_phonetic = dmetaphone(:family)
                      AND (left(given_name_norm, 1) = left(:given, 1) OR given_name_norm = ANY(:variants))""");
            blocks.add("""
                    SELECT a.person_id FROM person_alias a WHERE a.family_name_norm % :family""");
            for (int i = 0; i < q.familyParts().size() && q.familyParts().size() > 1; i++) {
                params.put("part" + i, q.familyParts().get(i));
                blocks.add("SELECT id FROM person WHERE family_name_norm = :part" + i
                        + " AND (given_name_norm % :given OR given_name_norm = ANY(:variants))");
            }
            blocks.add("""
                    SELECT id FROM person WHERE (family_name_norm LIKE :family || '-%' OR family_name_norm LIKE '%-' || :family)
                      AND (given_name_norm % :given OR given_name_norm = ANY(:variants))""");
        }
        String sql = """
                WITH candidates AS (%s)
                SELECT p.id, p.kind, p.given_name, p.family_name, p.date_of_birth, p.expected_date_of_birth,
                  p.nhs_number, p.la_child_id, p.family_name_phonetic, %s AS wanted_phonetic,
                  (SELECT a.postcode FROM person_address a WHERE a.person_id = p.id AND a.moved_out IS NULL
                     AND NOT a.confidential ORDER BY a.position LIMIT 1) AS postcode,
                  ARRAY(SELECT lower(al.family_name) FROM person_alias al WHERE al.person_id = p.id) AS aliases
                FROM person p JOIN (SELECT DISTINCT id FROM candidates LIMIT %d) c ON c.id = p.id"""
                .formatted(String.join(" UNION ", blocks), q.family() == null ? "NULL" : "dmetaphone(:family)", CANDIDATES);
        var statement = jdbc.sql(sql);
        for (var param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement.query(PersonMatcher::row).list();
    }

    private static String[] variantsOf(String given) {
        return given == null ? new String[0] : NameVariants.of(given).toArray(String[]::new);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String nhs = rs.getString("nhs_number");
        String laChildId = rs.getString("la_child_id");
        var person = new PersonSummary(rs.getObject("id", UUID.class), false, PersonKind.valueOf(rs.getString("kind")),
                rs.getString("given_name"), rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("expected_date_of_birth", LocalDate.class), nhs == null ? null : new NhsNumber(nhs),
                laChildId == null ? null : new LaChildId(laChildId), rs.getString("postcode"), 0);
        return new Row(person, rs.getString("family_name_phonetic"), rs.getString("wanted_phonetic"),
                Arrays.asList((String[]) rs.getArray("aliases").getArray()));
    }

    static MatchSuggestion score(Query q, Row row) {
        PersonSummary p = row.person();
        List<String> reasons = new ArrayList<>();
        double score = 0;
        if (q.nhs() != null && p.nhsNumber() != null) {
            if (q.nhs().equals(p.nhsNumber().value())) {
                score += 0.7;
                reasons.add("Same NHS number");
            } else {
                score -= 0.5;
                reasons.add("Different NHS number");
            }
        }
        LocalDate born = p.dateOfBirth() != null ? p.dateOfBirth() : p.expectedDateOfBirth();
        if (q.dob() != null && born != null) {
            if (q.dob().equals(born)) {
                score += 0.3;
                reasons.add("Same date of birth");
            } else if (born.equals(q.swappedDob())) {
                score += 0.22;
                reasons.add("Date of birth with day and month swapped");
            } else if (oneSlipApart(q.dob(), born)) {
                score += 0.12;
                reasons.add("Date of birth differs by one digit");
            } else {
                score -= 0.2;
            }
        }
        String family = normalise(p.familyName());
        if (q.family() != null && family != null) {
            List<String> storedParts = Arrays.asList(family.split("[- ]+"));
            if (q.family().equals(family)) {
                score += 0.25;
                reasons.add("Same surname");
            } else if (row.aliasFamilyNames().contains(q.family())) {
                score += 0.2;
                reasons.add("Known by this surname before");
            } else if (q.familyParts().size() + storedParts.size() > 2
                    && (storedParts.contains(q.family()) || q.familyParts().contains(family)
                            || q.familyParts().stream().anyMatch(storedParts::contains))) {
                score += 0.2;
                reasons.add("Shares part of a double-barrelled surname");
            } else if (jaroWinkler(q.family(), family) >= 0.9) {
                score += 0.2;
                reasons.add("Surname spelt similarly");
            } else if (row.wantedPhonetic() != null && row.wantedPhonetic().equals(row.phonetic())) {
                score += 0.15;
                reasons.add("Surname sounds the same");
            }
        }
        String given = normalise(p.givenName());
        if (q.given() != null && given != null) {
            if (q.given().equals(given)) {
                score += 0.2;
                reasons.add("Same given name");
            } else if (NameVariants.areVariants(q.given(), given)) {
                score += 0.17;
                reasons.add(capitalise(q.given()) + " may be short for " + p.givenName());
            } else if (jaroWinkler(q.given(), given) >= 0.88) {
                score += 0.14;
                reasons.add("Given name spelt similarly");
            } else if (q.given().charAt(0) == given.charAt(0)) {
                score += 0.05;
            } else {
                score -= 0.05;
            }
        }
        if (q.postcode() != null && p.postcode() != null) {
            if (q.postcode().equals(p.postcode())) {
                score += 0.1;
                reasons.add("Same postcode");
            } else if (new Postcode(q.postcode()).outward().equals(new Postcode(p.postcode()).outward())) {
                score += 0.05;
                reasons.add("Same postcode area");
            }
        }
        double rounded = Math.round(score * 100) / 100.0;
        return new MatchSuggestion(withScore(p, rounded), rounded, List.copyOf(reasons));
    }

    private static PersonSummary withScore(PersonSummary p, double score) {
        return new PersonSummary(p.id(), p.restricted(), p.kind(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.expectedDateOfBirth(), p.nhsNumber(), p.laChildId(), p.postcode(), score);
    }

    /** Dates that differ in a single digit of their ISO form, or by exactly one year. */
    static boolean oneSlipApart(LocalDate a, LocalDate b) {
        if (a.withYear(b.getYear()).equals(b) && Math.abs(a.getYear() - b.getYear()) == 1) {
            return true;
        }
        String x = a.toString();
        String y = b.toString();
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }

    static String normalise(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return java.text.Normalizer.normalize(name.trim().toLowerCase(Locale.UK), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z' -]", "")
                .replaceAll("\\s+", " ");
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Jaro-Winkler similarity (0 to 1): forgiving of typos and transpositions, rewarding a shared start. */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
