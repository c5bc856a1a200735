package kith.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invents families for demonstrations, tests and benchmarks: never real people. The same seed gives the same
 * families. NHS numbers come from the 999 range reserved for testing, allocated in order so that they are
 * unique across a million people, and every one passes the Modulus 11 check.
 */
public final class SyntheticPeople {

    static final String[] BOYS = {"Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Henry",
        "Theo", "Jack", "Freddie", "Charlie", "Jacob", "Thomas", "Alfie", "Isaac", "Joshua", "Muhammad", "Ethan",
        "Ravi", "Kwame", "Tomasz", "Jayden", "Callum", "Reece", "Kai", "Rhys", "Declan", "Samuel", "Daniel", "Liam"};
    static final String[] GIRLS = {"Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia",
        "Willow", "Rosie", "Sophia", "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella",
        "Aisha", "Zara", "Amara", "Maja", "Chloe", "Jessica", "Megan", "Niamh", "Priya", "Hannah", "Leah", "Ruby"};
    static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas",
        "Clarke", "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes",
        "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson",
        "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Bailey", "Carter",
        "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum", "Miller", "Cox", "Hussain", "Marshall",
        "Simpson", "Price", "Anderson", "Adams", "Wilkinson", "Ali", "Ahmed", "Foster", "Ellis", "Murphy", "Chapman",
        "Mason", "Gray", "Richards", "Webb", "Griffiths", "Hunt", "Palmer", "Campbell", "Holmes", "Mills", "Rogers",
        "Barnes", "Knight", "Matthews", "Barker", "Powell", "Stevens", "Kaur", "Fisher", "Butler", "Dixon", "Russell",
        "Okafor", "Kowalski", "Nowak", "Mensah", "Osei", "Nguyen", "Chen", "Rahman", "Begum-Ali", "Smith-Jones"};
    static final String[] STREETS = {"Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
        "Queens Road", "Grange Road", "New Street", "Kings Road", "Orchard Close", "Manor Way", "Meadow View"};
    static final String[] TOWNS = {"Kithbridge", "Lower Ashford", "Brookfield", "Hollowmere", "Eastwick"};
    static final String[] OUTWARD = {"KB1", "KB2", "KB3", "LA4", "BF7", "HM2", "EW9"};
    static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "ABAN",
        "BAFR", "BCRB", "CHNE", "MOTH", "NOBT"};

    /** The surnames families are given (for benchmarks that invent slips, such as a part added to a surname). */
    public static List<String> surnames() {
        return List.of(SURNAMES);
    }

    /** One invented family: people and how they relate (indices into {@code members}). */
    public record Family(List<PersonDetails> members, List<Link> links) {}

    /** {@code from} is {@code type} to {@code to}, by index into the family's members. */
    public record Link(int from, int to, RelationshipType type) {}

    /** The youngest a parent may be at the birth of their eldest child. */
    static final int PARENT_AGE = 18;

    private final Random random;
    private final LocalDate today;
    private long nextNhs = 999_000_000L;

    public SyntheticPeople(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    public Family family() {
        String surname = pick(SURNAMES);
        String ethnicity = pick(ETHNICITIES);
        Address home = new Address((1 + random.nextInt(180)) + " " + pick(STREETS), null, pick(TOWNS), postcode(),
                today.minusYears(1 + random.nextInt(8)), null, random.nextInt(40) == 0);
        List<PersonDetails> members = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        members.add(adult(pick(GIRLS), surname, 'F', ethnicity, home));
        boolean twoParents = random.nextInt(3) > 0;
        if (twoParents) {
            members.add(adult(pick(BOYS), random.nextInt(4) == 0 ? pick(SURNAMES) : surname, 'M', ethnicity, home));
        }
        int parents = members.size();
        int children = 1 + random.nextInt(4);
        for (int c = 0; c < children; c++) {
            PersonDetails child = child(surname, ethnicity, home, random.nextInt(15) == 0 && c == children - 1);
            members.add(withNameOfItsOwn(child, members.subList(parents, members.size())));
        }
        for (int parent = 0; parent < parents; parent++) {
            members.set(parent, olderThanTheChildren(members.get(parent), members.subList(parents, members.size())));
        }
        for (int child = parents; child < members.size(); child++) {
            for (int parent = 0; parent < parents; parent++) {
                links.add(new Link(parent, child, RelationshipType.PARENT));
            }
            for (int sibling = child + 1; sibling < members.size(); sibling++) {
                links.add(new Link(child, sibling, RelationshipType.SIBLING));
            }
        }
        return new Family(members, links);
    }

    /** A single invented child (for benchmarks that need only children). */
    public PersonDetails child() {
        Address home = new Address((1 + random.nextInt(180)) + " " + pick(STREETS), null, pick(TOWNS), postcode(),
                null, null, false);
        return child(pick(SURNAMES), pick(ETHNICITIES), home, false);
    }

    /**
     * Parents seldom give two children the same name, so a child who drew a sibling's name takes the next one on
     * the list instead (without drawing again, so that the rest of the families stay the same for the seed).
     */
    private static PersonDetails withNameOfItsOwn(PersonDetails child, List<PersonDetails> siblings) {
        if (child.unborn() || !taken(child.givenName(), siblings)) {
            return child;
        }
        String[] names = "F".equals(child.sex()) ? GIRLS : BOYS;
        String given = child.givenName();
        for (int next = List.of(names).indexOf(given); taken(given, siblings); ) {
            next = (next + 1) % names.length;
            given = names[next];
        }
        return new PersonDetails(child.kind(), false, given, child.familyName(), null, List.of(), child.dateOfBirth(),
                null, child.sex(), child.ethnicity(), child.disabilities(), child.languages(), child.addresses(),
                child.nhsNumber(), child.nhsNumberSource(), null);
    }

    /**
     * Ages are drawn independently, so a parent may have come out barely older than their eldest child: make the
     * parent at least {@link #PARENT_AGE} years older (still within 19 to 49, as the eldest child is under 17).
     */
    private static PersonDetails olderThanTheChildren(PersonDetails parent, List<PersonDetails> children) {
        LocalDate latest = children.stream().map(PersonDetails::dateOfBirth).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo).map(eldest -> eldest.minusYears(PARENT_AGE)).orElse(parent.dateOfBirth());
        if (!parent.dateOfBirth().isAfter(latest)) {
            return parent;
        }
        return new PersonDetails(parent.kind(), false, parent.givenName(), parent.familyName(), null, List.of(), latest,
                null, parent.sex(), parent.ethnicity(), parent.disabilities(), parent.languages(), parent.addresses(),
                parent.nhsNumber(), parent.nhsNumberSource(), null);
    }

    private static boolean taken(String given, List<PersonDetails> siblings) {
        return siblings.stream().anyMatch(sibling -> sibling.givenName().equals(given));
    }

    private PersonDetails adult(String given, String surname, char sex, String ethnicity, Address home) {
        LocalDate born = today.minusYears(19 + random.nextInt(30)).minusDays(random.nextInt(365));
        return new PersonDetails(PersonKind.ADULT, false, given, surname, null, List.of(), born, null,
                String.valueOf(sex), ethnicity, List.of(), List.of("English"), List.of(home),
                random.nextInt(5) == 0 ? null : nhsNumber(), null, null);
    }

    private PersonDetails child(String surname, String ethnicity, Address home, boolean unborn) {
        boolean girl = random.nextBoolean();
        String given = girl ? pick(GIRLS) : pick(BOYS);
        if (unborn) {
            LocalDate due = today.plusDays(20 + random.nextInt(200));
            return new PersonDetails(PersonKind.CHILD, true, "Baby", surname, null, List.of(), null, due, "U",
                    null, List.of(), List.of(), List.of(home), null, null, null);
        }
        LocalDate born = today.minusDays(random.nextInt(17 * 365));
        List<String> disabilities = random.nextInt(12) == 0 ? List.of(pick(new String[] {"AUT", "LD", "COMM", "BEH"})) : List.of();
        return new PersonDetails(PersonKind.CHILD, false, given, surname, null, List.of(), born, null,
                girl ? "F" : "M", ethnicity, disabilities, List.of("English"), List.of(home),
                random.nextInt(10) == 0 ? null : nhsNumber(), random.nextBoolean() ? "Health visitor" : "GP record",
                null);
    }

    /** The next unused test NHS number (999 range) that passes Modulus 11. */
    public String nhsNumber() {
        while (true) {
            long nine = nextNhs++;
            Integer check = NhsNumber.checkDigit(Long.toString(nine));
            if (check != null) {
                return nine + "" + check;
            }
        }
    }

    private String postcode() {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return pick(OUTWARD) + " " + random.nextInt(10) + letters.charAt(random.nextInt(letters.length()))
                + letters.charAt(random.nextInt(letters.length()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
