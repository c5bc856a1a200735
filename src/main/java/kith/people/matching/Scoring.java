package kith.people.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kith.people.PersonSummary;
import kith.people.Postcode;

/**
 * The score of one candidate against what the referrer said: evidence for and against, field by field, each with
 * its reason, so that a typo, a short form, a day out, a swapped date or names given the other way round cost a
 * little, and another given name (a twin), a date of birth a generation away (a parent) or a conflicting NHS
 * number cost a lot. Pure: no database, no clock; the variants known are passed in.
 *
 * <p>Two bands. {@link Strength#STRONG} from {@link #STRONG}: the evidence of the old single threshold, which
 * the benchmarks hold to a precision of 0.99. {@link Strength#POSSIBLE} from {@link #POSSIBLE}, and only with
 * something beyond the names agreeing (a date, an identifier, the address): the child with several slips at once,
 * whom the screener should see and judge rather than be told that no one matches.
 */
final class Scoring {

    static final double STRONG = 0.55;
    static final double POSSIBLE = 0.45;
    private static final double SAME_IDENTIFIER = 0.7;
    private static final int GENERATION = 12;

    private Scoring() {}

    static Scored score(Query q, Row row, NameVariants variants) {
        PersonSummary p = row.person();
        var evidence = new Evidence();
        identifier(q, p, evidence);
        dateOfBirth(q, p, evidence);
        names(q, row, variants, evidence);
        address(q, row, evidence);
        // An identifier belongs to one person: whoever holds the one quoted is always suggested, however much
        // else disagrees, so that the screener sees who has it before creating another record.
        double score = evidence.sameIdentifier ? Math.max(evidence.score, SAME_IDENTIFIER) : evidence.score;
        double rounded = Math.round(score * 100) / 100.0;
        Strength strength = rounded >= STRONG ? Strength.STRONG
                : rounded >= POSSIBLE && evidence.corroborated ? Strength.POSSIBLE : null;
        return new Scored(p, rounded, strength, List.copyOf(evidence.reasons), List.copyOf(evidence.differences));
    }

    /** A running score, the reasons for it and what differs. */
    private static final class Evidence {
        double score;
        boolean sameIdentifier;
        /** Something beyond the names agrees: names alone never make a suggestion. */
        boolean corroborated;
        final List<String> reasons = new ArrayList<>();
        final List<String> differences = new ArrayList<>();

        void add(double weight, String reason) {
            score += weight;
            if (reason != null) {
                reasons.add(reason);
            }
        }

        void corroborate(double weight, String reason) {
            add(weight, reason);
            corroborated = true;
        }

        void against(double weight, String difference) {
            score += weight;
            differences.add(difference);
        }
    }

    private static void identifier(Query q, PersonSummary p, Evidence e) {
        if (q.identifier() == null) {
            return;
        }
        String nhs = p.nhsNumber() == null ? null : p.nhsNumber().value();
        String local = p.laChildId() == null ? null : p.laChildId().value().toUpperCase(Locale.UK);
        if (q.identifier().equals(nhs)) {
            e.corroborate(SAME_IDENTIFIER, "Same NHS number");
            e.sameIdentifier = true;
        } else if (q.identifier().equals(local)) {
            e.corroborate(SAME_IDENTIFIER, "Same LA child id");
            e.sameIdentifier = true;
        } else if (q.nhs() != null && nhs != null) {
            // Two valid NHS numbers never differ by one slip (the check digit sees to that): another child.
            e.against(-0.5, "Different NHS number");
        } else if (nhs != null && Likeness.oneSlipApart(q.identifier(), nhs)) {
            e.corroborate(0.3, "NHS number differs by one digit");
        } else if (local != null && Likeness.oneSlipApart(q.identifier(), local)) {
            e.corroborate(0.3, "LA child id differs by one character");
        }
    }

    private static void dateOfBirth(Query q, PersonSummary p, Evidence e) {
        LocalDate born = p.dateOfBirth() != null ? p.dateOfBirth() : p.expectedDateOfBirth();
        if (q.dob() == null || born == null) {
            return;
        }
        if (q.dob().equals(born)) {
            e.corroborate(0.3, "Same date of birth");
        } else if (born.equals(q.swappedDob())) {
            e.corroborate(0.22, "Date of birth with day and month swapped");
        } else if (Likeness.oneDayApart(q.dob(), born)) {
            // Weak, like a digit out: among a million people, someone with the same names is often born a day
            // away. With the names alone it makes a possible match; with the address, a strong one.
            e.corroborate(0.06, "Date of birth one day apart");
        } else if (Likeness.oneSlipApart(q.dob(), born)) {
            e.corroborate(0.06, "Date of birth differs by one digit");
        } else if (Math.abs(ChronoUnit.YEARS.between(q.dob(), born)) < GENERATION) {
            e.against(-0.2, "Another date of birth");
        } else {
            // A parent and a child may share a name and an address, but not a generation.
            e.against(-0.45, "Date of birth a generation apart");
        }
    }

    private static void names(Query q, Row row, NameVariants variants, Evidence e) {
        PersonSummary p = row.person();
        String family = Query.normalise(p.familyName());
        String given = Query.normalise(p.givenName());
        if (q.family() != null && family != null && q.given() != null && given != null
                && alike(q.family(), given) && alike(q.given(), family)
                && !alike(q.family(), family) && !alike(q.given(), given)) {
            e.add(0.4, "Given name and surname the other way round");
            return;
        }
        if (q.family() != null && family != null) {
            surname(q, row, family, e);
        }
        if (q.given() != null && given != null) {
            givenName(q, p, given, variants, e);
        }
    }

    private static void surname(Query q, Row row, String family, Evidence e) {
        List<String> storedParts = Arrays.asList(family.split("[- ]+"));
        String wanted = Query.compact(q.family());
        String stored = Query.compact(family);
        if (q.family().equals(family)) {
            e.add(0.25, "Same surname");
        } else if (row.aliasFamilyNames().contains(q.family())) {
            e.add(0.2, "Known by this surname before");
        } else if (q.familyParts().size() + storedParts.size() > 2
                && (storedParts.contains(q.family()) || q.familyParts().contains(family)
                        || q.familyParts().stream().anyMatch(storedParts::contains))) {
            e.add(0.2, "Shares part of a double-barrelled surname");
        } else if (Likeness.jaroWinkler(wanted, stored) >= 0.9 || Likeness.oneEditApart(wanted, stored)) {
            e.add(0.2, "Surname spelt similarly");
        } else if (row.wantedPhonetic() != null && row.wantedPhonetic().equals(row.phonetic())) {
            e.add(0.15, "Surname sounds the same");
        } else if (Math.min(wanted.length(), stored.length()) >= 5 && Likeness.twoEditsApart(wanted, stored)) {
            // Two letters wrong in a short surname make another surname (Hill, Bell); in a longer one, a hurried
            // hand. Less than one letter wrong: a possible match unless more agrees.
            e.add(0.12, "Surname differs by two letters");
        } else {
            // Surnames change (a new partner, an adoption), so another surname counts only a little against.
            e.against(-0.1, "Another surname");
        }
    }

    private static void givenName(Query q, PersonSummary p, String given, NameVariants variants, Evidence e) {
        String wanted = Query.compact(q.given());
        String stored = Query.compact(given);
        if (q.given().equals(given)) {
            e.add(0.2, "Same given name");
        } else if (variants.areVariants(q.given(), given)) {
            e.add(0.17, capitalise(q.given()) + " may be short for " + p.givenName());
        } else if (Likeness.jaroWinkler(wanted, stored) >= 0.88 || Likeness.oneEditApart(wanted, stored)) {
            e.add(0.14, "Given name spelt similarly");
        } else if (beginsTheOther(wanted, stored)) {
            // No list knows every short form (Jas for Jaswinder): one name beginning the other is worth a look,
            // but a twin named alike is as likely, so it takes more than the names and the date to be strong.
            e.against(-0.1, capitalise(q.given()) + " may be a short form of " + p.givenName()
                    + ", which no list of short forms has");
        } else {
            // Another given name, with the same surname and date of birth, is what a twin looks like.
            e.against(-0.35, "Another given name");
        }
    }

    /** One name (three letters or more) is how the other begins: a short form no list may know. */
    private static boolean beginsTheOther(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 3 && longer.startsWith(shorter);
    }

    /** The same name, or one spelt similarly. */
    private static boolean alike(String a, String b) {
        return a.equals(b) || Likeness.jaroWinkler(Query.compact(a), Query.compact(b)) >= 0.9;
    }

    /**
     * The same postcode or the same address count; being nearby (the same postcode area, a postcode one slip
     * out, the same street) counts only a little, and only once: a district holds thousands of people.
     */
    private static void address(Query q, Row row, Evidence e) {
        String postcode = Query.postcodeKey(row.person().postcode());
        String nearby = null;
        if (q.postcode() != null && postcode != null) {
            if (q.postcode().equals(postcode)) {
                e.corroborate(0.1, "Same postcode");
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
                e.corroborate(0.2, "Same address");
            } else if (words >= 0.6 && !q.address().otherNumbers(row.address())) {
                nearby = nearby == null ? "Similar address" : nearby;
            }
        }
        if (nearby != null) {
            e.add(0.03, nearby);
        }
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
