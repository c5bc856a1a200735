package kith.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests people Kith already knows who may be the child a referrer describes, each with its reasons.
 *
 * <p>Two steps. The database gathers candidates through indexes (which, and why they are enough, is said on
 * {@code candidates}); Kith then scores
 * each candidate on every field, so that a typo, a nickname, a swapped date or names given the other way round
 * cost a little, and another given name (a twin), a date of birth a generation away (a parent) or a
 * conflicting NHS number cost a lot. Suggestions scoring at least {@link #THRESHOLD} are shown, best first.
 * Measured over a million people and on FEBRL 4 in docs/benchmarks/person-matching.md.
 */
@Service
public class PersonMatcher {

    public static final double THRESHOLD = 0.55;
    /** How many suggestions a screener is shown at most. */
    public static final int SUGGESTIONS = 10;
    static final int CANDIDATES = 1000;
    private static final double SAME_IDENTIFIER = 0.7;
    private static final int GENERATION = 12;

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditTrail audit;

    PersonMatcher(JdbcClient jdbc, RecordAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Suggestions for the current user (a screener may find people), audited. As in search, a restricted record
     * the user is not named on is never suggested; the match is audited against it, so that its named users see it.
     */
    @Transactional
    public List<MatchSuggestion> suggest(MatchCandidate candidate) {
        access.checkMayFindPeople();
        List<MatchSuggestion> found = match(candidate, SUGGESTIONS);
        var disclosures = access.disclosures(found.stream().map(s -> s.person().id()).toList());
        List<MatchSuggestion> shown = found.stream()
                .filter(s -> !disclosures.get(s.person().id()).withheld())
                .map(s -> disclosures.get(s.person().id()).restricted()
                        ? new MatchSuggestion(s.person().markedRestricted(), s.score(), s.reasons())
                        : s)
                .toList();
        List<UUID> withheld = found.stream().map(s -> s.person().id())
                .filter(id -> disclosures.get(id).withheld()).toList();
        if (!withheld.isEmpty()) {
            audit.record(AuditRecord.allowed("RESTRICTED_RECORD_WITHHELD", withheld).withDetail("match suggestion"));
        }
        audit.record(AuditRecord.allowed("PEOPLE_MATCHED", shown.stream().map(s -> s.person().id()).toList())
                .withDetail("suggestions=" + shown.size()));
        return shown;
    }

    /** The matching itself, without access checks or audit: for screening code paths and benchmarks. */
    @Transactional(readOnly = true)
    public List<MatchSuggestion> match(MatchCandidate candidate, int limit) {
        return scored(candidate).stream()
                .filter(s -> s.score() >= THRESHOLD)
                .limit(limit)
                .toList();
    }

    /** Every candidate the database gathered, scored, best first, before the threshold: for benchmarks. */
    List<MatchSuggestion> scored(MatchCandidate candidate) {
        Query query = Query.of(candidate);
        if (query.isEmpty()) {
            return List.of();
        }
        return candidates(query).stream()
                .map(row -> score(query, row))
                .sorted(Comparator.comparingDouble(MatchSuggestion::score).reversed())
                .toList();
    }

    /** The candidate, normalised once. */
    record Query(String given, String family, List<String> familyParts, LocalDate dob, LocalDate swappedDob,
            String nhs, String identifier, String postcode, AddressKey address) {

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
            String identifier = c.identifier() == null || c.identifier().isBlank() ? null
                    : NhsNumber.normalise(c.identifier().trim()).toUpperCase(Locale.UK);
            return new Query(given, family, parts, c.dateOfBirth(), swapped,
                    NhsNumber.isValid(identifier) ? identifier : null, identifier, postcodeKey(c.postcode()),
                    AddressKey.of(c.address()));
        }

        boolean isEmpty() {
            return identifier == null && dob == null && family == null;
        }
    }

    /**
     * A postcode as compared: a UK postcode in its standard form; anything else (a mistyped or foreign code)
     * upper case without spaces, so that it can still agree with itself.
     */
    static String postcodeKey(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        return Postcode.isValid(postcode) ? new Postcode(postcode).value()
                : postcode.replaceAll("\\s", "").toUpperCase(Locale.UK);
    }

    /** One candidate as read for scoring. */
    record Row(PersonSummary person, String phonetic, String wantedPhonetic, List<String> aliasFamilyNames,
            AddressKey address) {

        Row(PersonSummary person, String phonetic, String wantedPhonetic, List<String> aliasFamilyNames) {
            this(person, phonetic, wantedPhonetic, aliasFamilyNames, null);
        }
    }

    /**
     * The people worth scoring, gathered through indexes only, each block a few exact probes or a narrow range:
     * the same identifier or one a slip away; the same postcode; the same date of birth, or with day and month
     * swapped; a surname that sounds the same, a given name with the same first letter and a date of birth one
     * slip away. Only when no date of birth was given: a surname that sounds the same (or a part of a
     * double-barrelled one) with a given name with the same first letter, and a former surname. Together they
     * reach nearly everyone who could score above the threshold, which takes the same or nearly the same
     * identifier, date of birth or postcode, or a name and an address when there is no date. A name alone is not
     * gathered when a date was given: a common name matches ten thousand people in a million
     * (V10__person_matching_at_scale.sql).
     */
    private List<Row> candidates(Query q) {
        // Each block has a rank; should the blocks together pass the cap, the weakest go first.
        List<String> blocks = new ArrayList<>();
        var params = new java.util.LinkedHashMap<String, Object>();
        if (q.identifier() != null) {
            blocks.add("SELECT id, 0 AS rank FROM person WHERE nhs_number = ANY(:identifiers) OR la_child_id = ANY(:identifiers)");
            List<String> identifiers = new ArrayList<>(Likeness.slipsOf(q.identifier()));
            identifiers.add(q.identifier());
            params.put("identifiers", identifiers.toArray(String[]::new));
        }
        if (q.postcode() != null) {
            blocks.add("SELECT person_id AS id, 1 AS rank FROM person_address WHERE postcode = :postcode AND moved_out IS NULL");
            params.put("postcode", q.postcode());
        }
        if (q.family() != null) {
            params.put("family", q.family());
            params.put("givenNames", givenNamesOf(q.given()));
        }
        // Through person_sound_given_birth_idx: the sound of the surname, then the given name or a form of it.
        String soundsAlike = q.given() == null ? "family_name_phonetic = dmetaphone(:family)"
                : "family_name_phonetic = dmetaphone(:family) AND given_name_norm = ANY(:givenNames)";
        if (q.dob() != null) {
            blocks.add("SELECT id, 1 AS rank FROM person WHERE date_of_birth = :dob OR expected_date_of_birth = :dob");
            params.put("dob", q.dob());
            if (q.swappedDob() != null) {
                blocks.add("SELECT id, 1 AS rank FROM person WHERE date_of_birth = :swapped");
                params.put("swapped", q.swappedDob());
            }
            if (q.family() != null) {
                blocks.add("SELECT id, 2 AS rank FROM person WHERE " + soundsAlike + " AND date_of_birth = ANY(CAST(:near AS date[]))");
                params.put("near", Likeness.nearDates(q.dob()).stream().map(LocalDate::toString).toArray(String[]::new));
            }
        } else if (q.family() != null) {
            blocks.add("SELECT id, 3 AS rank FROM person WHERE " + soundsAlike);
            for (int i = 0; i < q.familyParts().size() && q.familyParts().size() > 1; i++) {
                params.put("part" + i, q.familyParts().get(i));
                blocks.add("SELECT id, 3 AS rank FROM person WHERE " + soundsAlike.replace(":family", ":part" + i));
            }
            blocks.add("SELECT person_id AS id, 3 AS rank FROM person_alias WHERE family_name_norm % :family");
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        String sql = """
                WITH candidates AS (%s),
                  kept AS (SELECT id FROM candidates GROUP BY id ORDER BY min(rank) LIMIT %d)
                SELECT p.id, p.kind, p.given_name, p.family_name, p.date_of_birth, p.expected_date_of_birth,
                  p.nhs_number, p.la_child_id, p.family_name_phonetic, %s AS wanted_phonetic,
                  a.line1, a.line2, a.town, a.postcode,
                  ARRAY(SELECT lower(al.family_name) FROM person_alias al WHERE al.person_id = p.id) AS aliases
                FROM kept JOIN person p ON p.id = kept.id
                LEFT JOIN LATERAL (SELECT a.line1, a.line2, a.town, a.postcode FROM person_address a
                  WHERE a.person_id = p.id AND a.moved_out IS NULL AND NOT a.confidential ORDER BY a.position LIMIT 1) a ON true"""
                .formatted(String.join("\n  UNION ALL ", blocks), CANDIDATES,
                        q.family() == null ? "NULL" : "dmetaphone(:family)");
        var statement = jdbc.sql(sql);
        for (var param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement.query(PersonMatcher::row).list();
    }

    /** The given name and its short and long forms (Robert, Rob, Bob…). */
    private static String[] givenNamesOf(String given) {
        if (given == null) {
            return new String[0];
        }
        List<String> names = new ArrayList<>(NameVariants.of(given));
        names.add(given);
        return names.toArray(String[]::new);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String nhs = rs.getString("nhs_number");
        String laChildId = rs.getString("la_child_id");
        var person = new PersonSummary(rs.getObject("id", UUID.class), false, PersonKind.valueOf(rs.getString("kind")),
                rs.getString("given_name"), rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("expected_date_of_birth", LocalDate.class), nhs == null ? null : new NhsNumber(nhs),
                laChildId == null ? null : new LaChildId(laChildId), rs.getString("postcode"), 0);
        return new Row(person, rs.getString("family_name_phonetic"), rs.getString("wanted_phonetic"),
                Arrays.asList((String[]) rs.getArray("aliases").getArray()),
                AddressKey.of(rs.getString("line1"), rs.getString("line2"), rs.getString("town")));
    }

    /** The score of one candidate: evidence for and against, field by field, each with its reason. */
    static MatchSuggestion score(Query q, Row row) {
        PersonSummary p = row.person();
        var evidence = new Evidence();
        identifier(q, p, evidence);
        dateOfBirth(q, p, evidence);
        names(q, row, evidence);
        address(q, row, evidence);
        // An identifier belongs to one person: whoever holds the one quoted is always suggested, however much
        // else disagrees, so that the screener sees who has it before creating another record.
        double score = evidence.sameIdentifier ? Math.max(evidence.score, SAME_IDENTIFIER) : evidence.score;
        double rounded = Math.round(score * 100) / 100.0;
        return new MatchSuggestion(withScore(p, rounded), rounded, List.copyOf(evidence.reasons));
    }

    /** A running score and the reasons for it. */
    private static final class Evidence {
        double score;
        boolean sameIdentifier;
        final List<String> reasons = new ArrayList<>();

        void add(double weight, String reason) {
            score += weight;
            if (reason != null) {
                reasons.add(reason);
            }
        }
    }

    private static void identifier(Query q, PersonSummary p, Evidence e) {
        if (q.identifier() == null) {
            return;
        }
        String nhs = p.nhsNumber() == null ? null : p.nhsNumber().value();
        String local = p.laChildId() == null ? null : p.laChildId().value().toUpperCase(Locale.UK);
        if (q.identifier().equals(nhs)) {
            e.add(SAME_IDENTIFIER, "Same NHS number");
            e.sameIdentifier = true;
        } else if (q.identifier().equals(local)) {
            e.add(SAME_IDENTIFIER, "Same LA child id");
            e.sameIdentifier = true;
        } else if (q.nhs() != null && nhs != null) {
            // Two valid NHS numbers never differ by one slip (the check digit sees to that): another child.
            e.add(-0.5, "Different NHS number");
        } else if (nhs != null && Likeness.oneSlipApart(q.identifier(), nhs)) {
            e.add(0.3, "NHS number differs by one digit");
        } else if (local != null && Likeness.oneSlipApart(q.identifier(), local)) {
            e.add(0.3, "LA child id differs by one character");
        }
    }

    private static void dateOfBirth(Query q, PersonSummary p, Evidence e) {
        LocalDate born = p.dateOfBirth() != null ? p.dateOfBirth() : p.expectedDateOfBirth();
        if (q.dob() == null || born == null) {
            return;
        }
        if (q.dob().equals(born)) {
            e.add(0.3, "Same date of birth");
        } else if (born.equals(q.swappedDob())) {
            e.add(0.22, "Date of birth with day and month swapped");
        } else if (Likeness.oneSlipApart(q.dob(), born)) {
            // Weak: among a million people, someone with the same names is often born one slip away. With the
            // names it still takes the same postcode or address to be suggested.
            e.add(0.06, "Date of birth differs by one digit");
        } else if (Math.abs(ChronoUnit.YEARS.between(q.dob(), born)) < GENERATION) {
            e.add(-0.2, null);
        } else {
            // A parent and a child may share a name and an address, but not a generation.
            e.add(-0.35, null);
        }
    }

    private static void names(Query q, Row row, Evidence e) {
        PersonSummary p = row.person();
        String family = normalise(p.familyName());
        String given = normalise(p.givenName());
        if (q.family() != null && family != null && q.given() != null && given != null
                && alike(q.family(), given) && alike(q.given(), family)
                && !alike(q.family(), family) && !alike(q.given(), given)) {
            e.add(0.4, "Given name and surname the other way round");
            return;
        }
        if (q.family() != null && family != null) {
            List<String> storedParts = Arrays.asList(family.split("[- ]+"));
            if (q.family().equals(family)) {
                e.add(0.25, "Same surname");
            } else if (row.aliasFamilyNames().contains(q.family())) {
                e.add(0.2, "Known by this surname before");
            } else if (q.familyParts().size() + storedParts.size() > 2
                    && (storedParts.contains(q.family()) || q.familyParts().contains(family)
                            || q.familyParts().stream().anyMatch(storedParts::contains))) {
                e.add(0.2, "Shares part of a double-barrelled surname");
            } else if (Likeness.jaroWinkler(compact(q.family()), compact(family)) >= 0.9
                    || Likeness.oneEditApart(compact(q.family()), compact(family))) {
                e.add(0.2, "Surname spelt similarly");
            } else if (row.wantedPhonetic() != null && row.wantedPhonetic().equals(row.phonetic())) {
                e.add(0.15, "Surname sounds the same");
            } else {
                // Surnames change (a new partner, an adoption), so another surname counts only a little against.
                e.add(-0.1, null);
            }
        }
        if (q.given() != null && given != null) {
            if (q.given().equals(given)) {
                e.add(0.2, "Same given name");
            } else if (NameVariants.areVariants(q.given(), given)) {
                e.add(0.17, capitalise(q.given()) + " may be short for " + p.givenName());
            } else if (Likeness.jaroWinkler(compact(q.given()), compact(given)) >= 0.88
                    || Likeness.oneEditApart(compact(q.given()), compact(given))) {
                e.add(0.14, "Given name spelt similarly");
            } else {
                // Another given name, with the same surname and date of birth, is what a twin looks like.
                e.add(-0.35, null);
            }
        }
    }

    /** The same name, or one spelt similarly. */
    private static boolean alike(String a, String b) {
        return a.equals(b) || Likeness.jaroWinkler(compact(a), compact(b)) >= 0.9;
    }

    /**
     * The same postcode or the same address count; being nearby (the same postcode area, a postcode one slip
     * out, the same street) counts only a little, and only once: a district holds thousands of people.
     */
    private static void address(Query q, Row row, Evidence e) {
        String postcode = postcodeKey(row.person().postcode());
        String nearby = null;
        if (q.postcode() != null && postcode != null) {
            if (q.postcode().equals(postcode)) {
                e.add(0.1, "Same postcode");
            } else if (Likeness.oneSlipApart(q.postcode(), postcode)) {
                nearby = "Postcode differs by one character";
            } else if (Postcode.isValid(q.postcode()) && Postcode.isValid(postcode)
                    && new Postcode(q.postcode()).outward().equals(new Postcode(postcode).outward())) {
                nearby = "Same postcode area";
            }
        }
        if (q.address() != null && row.address() != null) {
            double words = q.address().wordsInCommon(row.address());
            if (words >= 0.8 && q.address().sameNumbers(row.address())) {
                e.add(0.2, "Same address");
            } else if (words >= 0.6 && !q.address().otherNumbers(row.address())) {
                nearby = nearby == null ? "Similar address" : nearby;
            }
        }
        if (nearby != null) {
            e.add(0.03, nearby);
        }
    }

    private static PersonSummary withScore(PersonSummary p, double score) {
        return new PersonSummary(p.id(), p.restricted(), p.kind(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.expectedDateOfBirth(), p.nhsNumber(), p.laChildId(), p.postcode(), score);
    }

    // Compiled once: normalising runs for every candidate of every referral.
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[^a-z' -]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String normalise(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String accented = Normalizer.normalize(name.trim().toLowerCase(Locale.UK), Normalizer.Form.NFD);
        String normalised = SPACES.matcher(NOT_IN_A_NAME.matcher(ACCENTS.matcher(accented).replaceAll(""))
                .replaceAll("")).replaceAll(" ");
        return normalised.isBlank() ? null : normalised;
    }

    /** A name without its spaces, hyphens and apostrophes, so that "Isabe lla" and "Isabella" compare equal. */
    private static String compact(String name) {
        StringBuilder letters = new StringBuilder(name.length());
        name.chars().filter(c -> c != ' ' && c != '-' && c != '\'').forEach(letters::appendCodePoint);
        return letters.toString();
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
