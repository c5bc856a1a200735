package kith.people.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import kith.people.Address;
import kith.people.NhsNumber;
import kith.people.PeopleSearchBenchmark;
import kith.people.PersonDetails;
import kith.people.PersonKind;
import kith.people.SyntheticPeople;
import kith.people.SyntheticPeopleLoader;

/**
 * Referrals as the front door's fresh re-entry found them: each child with one to three slips at once, most
 * without an NHS number, and some about children Kith does not know (a sibling not yet recorded), for whom any
 * suggestion is wrong. Tallies recall and precision for each band of suggestion (strong, possible). The JUnit side
 * is {@link PersonMatchingBenchmarkTests}.
 *
 * <p>A date of birth is never left out here: the front door cannot create a record without one, and the
 * referrals of {@link PersonMatchingBenchmark} already leave it out on its own.
 */
final class SlipsBenchmark {

    /** The parts of a referral a slip may spoil; a referral has at most one slip in each. */
    enum Part { GIVEN, SURNAME, BIRTH, ADDRESS, NHS }

    enum Slip {
        GIVEN_TYPO("one letter of the given name wrong", Part.GIVEN),
        GIVEN_SWAPPED_LETTERS("two neighbouring letters of the given name swapped", Part.GIVEN),
        SHORT_FORM("a short or long form of the given name (from nicknames.csv)", Part.GIVEN),
        SURNAME_TYPO("one letter of the surname wrong", Part.SURNAME),
        SURNAME_TWO_TYPOS("two letters of the surname wrong", Part.SURNAME),
        SURNAME_SWAPPED_LETTERS("two neighbouring letters of the surname swapped", Part.SURNAME),
        DOUBLE_BARRELLED("one part of a double-barrelled surname, or a part added", Part.SURNAME),
        NAMES_REVERSED("given name and surname the other way round", Part.GIVEN, Part.SURNAME),
        BIRTH_ONE_DAY("date of birth a day out (the neighbour changing more digits)", Part.BIRTH),
        BIRTH_DIGIT("one digit of the date of birth wrong", Part.BIRTH),
        BIRTH_SWAPPED("day and month of birth swapped", Part.BIRTH),
        BIRTH_YEAR("date of birth a year out", Part.BIRTH),
        POSTCODE_LEFT_OUT("postcode left out", Part.ADDRESS),
        POSTCODE_SLIP("one character of the postcode wrong", Part.ADDRESS),
        ADDRESS_LEFT_OUT("address and postcode left out", Part.ADDRESS),
        NHS_SLIP("one digit of the NHS number wrong", Part.NHS);

        final String label;
        final Set<Part> parts;

        Slip(String label, Part first, Part... more) {
            this.label = label;
            this.parts = EnumSet.of(first, more);
        }
    }

    /** A child as recorded (or, for a child Kith does not know, as they would be). */
    record Child(UUID id, String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
            String address, String postcode) {}

    /** A referral: what the referrer said, whom they meant (null: a child Kith does not know), what they got wrong. */
    record Referral(UUID personId, List<Slip> slips, boolean nhsGiven, MatchCandidate candidate) {}

    /** A suggestion as the tally sees it: whom, and whether in the strong band. */
    record Suggested(UUID personId, boolean strong, String described) {}

    /** Counts for one band, or for both together. */
    record Tally(int referrals, int found, int suggestions, int right) {

        static final Tally NONE = new Tally(0, 0, 0, 0);

        double recall() {
            return referrals == 0 ? 1 : (double) found / referrals;
        }

        double precision() {
            return suggestions == 0 ? 1 : (double) right / suggestions;
        }

        Tally plus(Tally o) {
            return new Tally(referrals + o.referrals, found + o.found, suggestions + o.suggestions, right + o.right);
        }
    }

    /** Strong, possible and either, for one group of referrals. */
    record Bands(Tally strong, Tally possible, Tally either) {

        static final Bands NONE = new Bands(Tally.NONE, Tally.NONE, Tally.NONE);

        Bands plus(Bands o) {
            return new Bands(strong.plus(o.strong), possible.plus(o.possible), either.plus(o.either));
        }
    }

    /**
     * The figures: per slip and per number of slips (children Kith knows), in all, and for children Kith does
     * not know how many referrals drew a strong or a possible suggestion; and the first misses and wrong
     * strong suggestions.
     */
    record Quality(Map<String, Bands> bySlip, Map<String, Bands> byCount, Bands all, int unknownReferrals,
            int unknownWithStrong, int unknownWithPossible, List<String> misses, List<String> wrongStrong) {}

    private static final int EXAMPLES = 10;

    /** The people loaded, the children among them, and children of the same families who are not loaded. */
    record Population(List<SyntheticPeopleLoader.Entry> entries, List<Child> known, List<Child> unknown) {}

    /**
     * Families from {@code synthetic} until there are {@code size} people, with twins added (in one family of
     * fifteen with two or more children, the second child shares the first's date of birth) because a twin is
     * the hardest wrong person to tell apart; and in one family of eight with two or more children, the
     * youngest child is kept out of Kith, to be referred as a child Kith does not know.
     */
    static Population population(SyntheticPeople synthetic, int size, Random random) {
        // NHS numbers of their own, valid and unused: the generator's follow the highest in the table, and the demo
        // families hold 999 999 00xx, which leaves it none of ten digits.
        long[] nextNhs = {999_300_000L};
        List<SyntheticPeopleLoader.Entry> entries = new ArrayList<>();
        List<Child> known = new ArrayList<>();
        List<Child> unknown = new ArrayList<>();
        while (entries.size() < size) {
            List<PersonDetails> members = new ArrayList<>(synthetic.family().members());
            List<Integer> children = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).kind() == PersonKind.CHILD && members.get(i).dateOfBirth() != null) {
                    children.add(i);
                }
            }
            if (children.size() >= 2 && random.nextInt(15) == 0) {
                members.set(children.get(1), bornOn(members.get(children.get(1)), members.get(children.get(0)).dateOfBirth()));
            }
            int keptOut = children.size() >= 2 && random.nextInt(8) == 0 ? children.getLast() : -1;
            for (int i = 0; i < members.size(); i++) {
                PersonDetails p = withNhsNumber(members.get(i), nextNhs);
                UUID id = UUID.randomUUID();
                if (i != keptOut) {
                    entries.add(new SyntheticPeopleLoader.Entry(id, p, null));
                }
                if (children.contains(i)) {
                    Address home = p.addresses().getFirst();
                    Child child = new Child(id, p.givenName(), p.familyName(), p.dateOfBirth(), p.nhsNumber(),
                            home.line1() + ", " + home.town(), home.postcode());
                    (i == keptOut ? unknown : known).add(child);
                }
            }
        }
        return new Population(entries, known, unknown);
    }

    private static PersonDetails withNhsNumber(PersonDetails p, long[] next) {
        if (p.nhsNumber() == null) {
            return p;
        }
        String nhs = null;
        while (nhs == null) {
            String nine = Long.toString(next[0]++);
            for (int check = 0; check <= 9 && nhs == null; check++) {
                nhs = NhsNumber.isValid(nine + check) ? nine + check : null;
            }
        }
        return new PersonDetails(p.kind(), p.unborn(), p.givenName(), p.familyName(), null, List.of(), p.dateOfBirth(),
                p.expectedDateOfBirth(), p.sex(), p.ethnicity(), p.disabilities(), p.languages(), p.addresses(), nhs,
                p.nhsNumberSource(), null);
    }

    private static PersonDetails bornOn(PersonDetails p, LocalDate born) {
        return new PersonDetails(p.kind(), false, p.givenName(), p.familyName(), null, List.of(), born, null, p.sex(),
                p.ethnicity(), p.disabilities(), p.languages(), p.addresses(), p.nhsNumber(), p.nhsNumberSource(), null);
    }

    /** Short and long forms read from the shipped list, both ways, to make the referrals from. */
    static Map<String, List<String>> shortForms(Path csv) {
        Map<String, List<String>> forms = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(csv);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split(",");
                if (f.length == 3 && !line.startsWith("#")) {
                    forms.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2]);
                    forms.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    /**
     * One referral per child, in turn: one, two or three slips (four in ten, four in ten, two in ten), each in a
     * different part; the NHS number given in four referrals in ten.
     */
    static List<Referral> referrals(List<Child> known, List<Child> unknown, Map<String, List<String>> shortForms,
            Random random, LocalDate today) {
        List<Referral> referrals = new ArrayList<>();
        for (Child child : known) {
            referrals.add(referral(child, child.id(), shortForms, random, today));
        }
        for (Child child : unknown) {
            referrals.add(referral(child, null, shortForms, random, today));
        }
        return referrals;
    }

    private static Referral referral(Child child, UUID personId, Map<String, List<String>> shortForms, Random random,
            LocalDate today) {
        boolean nhsGiven = child.nhsNumber() != null && random.nextInt(10) < 4;
        int count = random.nextInt(10) < 4 ? 1 : random.nextInt(6) < 4 ? 2 : 3;
        List<Slip> slips = new ArrayList<>();
        EnumSet<Part> spoilt = EnumSet.noneOf(Part.class);
        for (int attempts = 0; slips.size() < count && attempts < 100; attempts++) {
            Slip slip = Slip.values()[random.nextInt(Slip.values().length)];
            if (slip.parts.stream().noneMatch(spoilt::contains) && fits(slip, child, nhsGiven, shortForms)) {
                slips.add(slip);
                spoilt.addAll(slip.parts);
            }
        }
        String given = child.givenName();
        String family = child.familyName();
        LocalDate born = child.dateOfBirth();
        String address = child.address();
        String postcode = child.postcode();
        String nhs = nhsGiven ? child.nhsNumber() : null;
        for (Slip slip : slips) {
            switch (slip) {
                case GIVEN_TYPO -> given = PeopleSearchBenchmark.mistype(given, random);
                case GIVEN_SWAPPED_LETTERS -> given = PersonMatchingBenchmark.transpose(given, random);
                case SHORT_FORM -> given = capitalise(pick(shortForms.get(given.toLowerCase(Locale.UK)), random));
                case SURNAME_TYPO -> family = PeopleSearchBenchmark.mistype(family, random);
                case SURNAME_TWO_TYPOS -> family = twoTypos(family, random);
                case SURNAME_SWAPPED_LETTERS -> family = PersonMatchingBenchmark.transpose(family, random);
                case DOUBLE_BARRELLED -> family = family.contains("-") ? pick(List.of(family.split("-")), random)
                        : family + "-" + pick(List.of("Smith", "Jones", "Khan", "Okafor", "Nowak", "Hughes"), random);
                case NAMES_REVERSED -> {
                    String was = given;
                    given = family;
                    family = was;
                }
                case BIRTH_ONE_DAY -> born = dayOut(born, random, today);
                case BIRTH_DIGIT -> born = digitOut(born, random, today);
                case BIRTH_SWAPPED -> born = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
                case BIRTH_YEAR -> born = random.nextBoolean() && !born.plusYears(1).isAfter(today) ? born.plusYears(1)
                        : born.minusYears(1);
                case POSTCODE_LEFT_OUT -> postcode = null;
                case POSTCODE_SLIP -> postcode = postcodeSlip(postcode, random);
                case ADDRESS_LEFT_OUT -> {
                    address = null;
                    postcode = null;
                }
                case NHS_SLIP -> nhs = digitSlip(nhs, random);
            }
        }
        return new Referral(personId, List.copyOf(slips), nhsGiven, new MatchCandidate(given, family, born, nhs, address,
                postcode));
    }

    private static boolean fits(Slip slip, Child child, boolean nhsGiven, Map<String, List<String>> shortForms) {
        return switch (slip) {
            case SHORT_FORM -> shortForms.containsKey(child.givenName().toLowerCase(Locale.UK));
            case SURNAME_TWO_TYPOS -> child.familyName().length() >= 5;
            case BIRTH_SWAPPED -> child.dateOfBirth().getDayOfMonth() <= 12
                    && child.dateOfBirth().getDayOfMonth() != child.dateOfBirth().getMonthValue();
            case POSTCODE_SLIP, POSTCODE_LEFT_OUT -> child.postcode() != null;
            case NHS_SLIP -> nhsGiven;
            default -> true;
        };
    }

    /** Two different letters after the first replaced. */
    static String twoTypos(String name, Random random) {
        String once = PeopleSearchBenchmark.mistype(name, random);
        String twice;
        do {
            twice = PeopleSearchBenchmark.mistype(once, random);
        } while (differences(twice, name) < 2);
        return twice;
    }

    private static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += Character.toLowerCase(a.charAt(i)) == Character.toLowerCase(b.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    /** The day before or after, whichever changes more digits of the written date (either when they tie). */
    static LocalDate dayOut(LocalDate born, Random random, LocalDate today) {
        LocalDate before = born.minusDays(1);
        LocalDate after = born.plusDays(1);
        if (after.isAfter(today)) {
            return before;
        }
        int b = differences(before.toString(), born.toString());
        int a = differences(after.toString(), born.toString());
        return a > b ? after : b > a ? before : random.nextBoolean() ? after : before;
    }

    /**
     * One digit of the day, the month or the last two of the year replaced, giving another real date in the past
     * (the front door refuses a date of birth in the future).
     */
    static LocalDate digitOut(LocalDate born, Random random, LocalDate today) {
        String text = born.toString();
        int[] places = {2, 3, 5, 6, 8, 9};
        while (true) {
            int at = places[random.nextInt(places.length)];
            char digit = (char) ('0' + random.nextInt(10));
            if (digit == text.charAt(at)) {
                continue;
            }
            try {
                LocalDate slipped = LocalDate.parse(text.substring(0, at) + digit + text.substring(at + 1));
                if (!slipped.isAfter(today)) {
                    return slipped;
                }
            } catch (java.time.format.DateTimeParseException impossible) {
                // a 13th month or a 31st of June: try another
            }
        }
    }

    private static String postcodeSlip(String postcode, Random random) {
        String compact = postcode.replace(" ", "");
        int at = 1 + random.nextInt(compact.length() - 1);
        char c = compact.charAt(at);
        char other = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1 + random.nextInt(9)) % 10)
                : (char) ('A' + (c - 'A' + 1 + random.nextInt(25)) % 26);
        String slipped = compact.substring(0, at) + other + compact.substring(at + 1);
        return slipped.substring(0, slipped.length() - 3) + " " + slipped.substring(slipped.length() - 3);
    }

    private static String digitSlip(String nhs, Random random) {
        int at = random.nextInt(nhs.length());
        char other = (char) ('0' + (nhs.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
        return nhs.substring(0, at) + other + nhs.substring(at + 1);
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private final Function<MatchCandidate, List<Suggested>> matcher;
    private final BiFunction<MatchCandidate, UUID, String> explain;

    /**
     * {@code matcher}: the suggestions for a referral, with their bands, as the front door would be shown them;
     * {@code explain}: how the person meant scored, for the misses.
     */
    SlipsBenchmark(Function<MatchCandidate, List<Suggested>> matcher, BiFunction<MatchCandidate, UUID, String> explain) {
        this.matcher = matcher;
        this.explain = explain;
    }

    /** Matches every referral, counting only suggestions of people in {@code population}. */
    Quality quality(List<Referral> referrals, Set<UUID> population) {
        Map<String, Bands> bySlip = new LinkedHashMap<>();
        for (Slip slip : Slip.values()) {
            bySlip.put(slip.label, Bands.NONE);
        }
        Map<String, Bands> byCount = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        List<String> wrongStrong = new ArrayList<>();
        int unknown = 0;
        int unknownStrong = 0;
        int unknownPossible = 0;
        // Suggestions made for children Kith does not know are all wrong: they count against precision.
        Bands forUnknown = Bands.NONE;
        for (Referral referral : referrals) {
            List<Suggested> suggested = matcher.apply(referral.candidate()).stream()
                    .filter(s -> population.contains(s.personId())).toList();
            if (referral.personId() == null) {
                unknown++;
                unknownStrong += suggested.stream().anyMatch(Suggested::strong) ? 1 : 0;
                unknownPossible += suggested.stream().anyMatch(s -> !s.strong()) ? 1 : 0;
                forUnknown = forUnknown.plus(tally(referral, suggested));
            }
            Bands bands = tally(referral, suggested);
            if (referral.personId() != null) {
                for (Slip slip : referral.slips()) {
                    bySlip.merge(slip.label, bands, Bands::plus);
                }
                byCount.merge(referral.slips().size() + (referral.slips().size() == 1 ? " slip" : " slips")
                        + (referral.nhsGiven() ? ", NHS number given" : ", no NHS number"), bands, Bands::plus);
                if (bands.either().found() == 0 && (misses.size() < EXAMPLES
                        || referral.nhsGiven() && misses.stream().filter(m -> m.contains("NHS given")).count() < 3)) {
                    misses.add(describe(referral) + "\n    is " + explain.apply(referral.candidate(), referral.personId()));
                }
            }
            suggested.stream().filter(s -> s.strong() && !s.personId().equals(referral.personId()))
                    .limit(Math.max(0, EXAMPLES - wrongStrong.size()))
                    .forEach(s -> wrongStrong.add(describe(referral) + "\n    got " + s.described()));
        }
        Bands all = Bands.NONE;
        for (Bands b : byCount.values()) {
            all = all.plus(b);
        }
        Bands withUnknown = new Bands(
                new Tally(all.strong().referrals(), all.strong().found(),
                        all.strong().suggestions() + forUnknown.strong().suggestions(), all.strong().right()),
                new Tally(all.possible().referrals(), all.possible().found(),
                        all.possible().suggestions() + forUnknown.possible().suggestions(), all.possible().right()),
                new Tally(all.either().referrals(), all.either().found(),
                        all.either().suggestions() + forUnknown.either().suggestions(), all.either().right()));
        return new Quality(bySlip, byCount, withUnknown, unknown, unknownStrong, unknownPossible, misses, wrongStrong);
    }

    /** Found in a band: the person is suggested in it. Recall of "either" counts the person in any band. */
    private static Bands tally(Referral referral, List<Suggested> suggested) {
        int referrals = referral.personId() == null ? 0 : 1;
        int strong = (int) suggested.stream().filter(Suggested::strong).count();
        int possible = suggested.size() - strong;
        boolean foundStrong = suggested.stream().anyMatch(s -> s.strong() && s.personId().equals(referral.personId()));
        boolean foundPossible = suggested.stream().anyMatch(s -> !s.strong() && s.personId().equals(referral.personId()));
        return new Bands(new Tally(referrals, foundStrong ? 1 : 0, strong, foundStrong ? 1 : 0),
                new Tally(referrals, foundPossible ? 1 : 0, possible, foundPossible ? 1 : 0),
                new Tally(referrals, foundStrong || foundPossible ? 1 : 0, suggested.size(),
                        foundStrong || foundPossible ? 1 : 0));
    }

    private static String describe(Referral r) {
        MatchCandidate c = r.candidate();
        return String.join(" | ", String.valueOf(c.givenName()), String.valueOf(c.familyName()),
                String.valueOf(c.dateOfBirth()), String.valueOf(c.identifier()), String.valueOf(c.address()),
                String.valueOf(c.postcode())) + "  " + r.slips().stream().map(Enum::name).toList()
                + (r.nhsGiven() ? " (NHS given)" : "");
    }

    /** The text of a run: the table per number of slips and per slip, the bands in all, the examples. */
    static String report(String title, String data, String method, Quality q) {
        StringBuilder text = new StringBuilder(String.format(Locale.UK, """
                %s
                Data:        %s
                Method:      %s
                Recall: the person meant is suggested (strong: in the strong band; either: in either band).
                Precision: suggestions that are the person meant, over all suggestions in that band, including every
                suggestion made for a child Kith does not know.
                """, title, data, method));
        String header = String.format(Locale.UK, "%-62s %9s %8s %8s %8s %9s %9s%n", "", "referrals", "strong",
                "possible", "either", "strong", "possible");
        String subHeader = String.format(Locale.UK, "%-62s %9s %8s %8s %8s %9s %9s%n", "", "", "recall", "recall",
                "recall", "precision", "precision");
        text.append(header).append(subHeader);
        q.byCount().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(row(e.getKey(), e.getValue())));
        text.append(row("all children Kith knows", q.all()));
        text.append("\nBy slip (a referral with several slips counts under each):\n").append(header).append(subHeader);
        q.bySlip().forEach((slip, bands) -> text.append(row(slip, bands)));
        text.append(String.format(Locale.UK, """
                Children Kith does not know: %,d referrals; %,d drew a strong suggestion, %,d a possible one
                """, q.unknownReferrals(), q.unknownWithStrong(), q.unknownWithPossible()));
        if (!q.misses().isEmpty()) {
            text.append("First children missed in both bands (given | surname | born | NHS | address | postcode  slips):\n");
            q.misses().forEach(m -> text.append("  ").append(m).append('\n'));
        }
        if (!q.wrongStrong().isEmpty()) {
            text.append("First wrong strong suggestions:\n");
            q.wrongStrong().forEach(m -> text.append("  ").append(m).append('\n'));
        }
        return text.toString();
    }

    private static String row(String label, Bands b) {
        return String.format(Locale.UK, "%-62s %,9d %8.4f %8.4f %8.4f %9.4f %9.4f%n", label, b.either().referrals(),
                b.strong().recall(), b.possible().recall(), b.either().recall(), b.strong().precision(),
                b.possible().precision());
    }
}
