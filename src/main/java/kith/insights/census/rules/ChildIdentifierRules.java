package kith.insights.census.rules;

import static kith.insights.census.rules.Dates.after;
import static kith.insights.census.rules.Dates.before;
import static kith.insights.census.rules.Dates.outsideYear;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import kith.people.Upn;
import kith.insights.census.CensusChild;

/** ChildIdentifiers: the LAchildID, the UPN and former UPN, sex, and the dates of birth and death. */
final class ChildIdentifierRules {

    private ChildIdentifierRules() {}

    /** The letters allowed as a temporary UPN's last character: A to Z without I, O and S. */
    private static final String LAST_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** Post-April 1998 LA codes and the recognised pseudo-LA codes (the DfE's list in rule 1530). */
    static final Set<Integer> LA_CODES = laCodes();

    static void addTo(CensusRuleBook book) {
        book.child("1510", ChildIdentifierRules::upnCheckLetter);
        book.child("1530", ChildIdentifierRules::upnLaCode);
        book.child("1540", ChildIdentifierRules::upnDigits);
        book.child("1550", ChildIdentifierRules::upnLastCharacter);
        book.child("1560Q", ChildIdentifierRules::formerUpnFormat);
        book.child("1570", ChildIdentifierRules::laChildIdLength);
        book.child("1580", ChildIdentifierRules::laChildIdCharacters);
        book.child("4180", ChildIdentifierRules::sex);
        book.child("8500", ChildIdentifierRules::laChildIdMissing);
        book.child("8520", ChildIdentifierRules::bornAfterCensus);
        book.child("8525Q", ChildIdentifierRules::birthOrExpectedBirth);
        book.child("8530Q", ChildIdentifierRules::expectedBirthInRange);
        book.child("8535Q", ChildIdentifierRules::deathBeforeBirth);
        book.child("8545Q", ChildIdentifierRules::deathInYear);
        book.child("8590", ChildIdentifierRules::hasEpisode);
        book.child("8750", ChildIdentifierRules::unbornSex);
        book.child("8770Q", ChildIdentifierRules::upnForSchoolAge);
        book.child("8772", ChildIdentifierRules::un7WithFurtherAction);
        book.child("8775Q", ChildIdentifierRules::overTwentyFive);
    }

    /**
     * 1510: a UPN whose characters 2 to 13 are digits must start with its check letter (digits 2 to 13 weighted 2 to
     * 13, summed, modulo 23). As the DfE's validator does, a UPN with a letter at 13 (a temporary UPN) or of the
     * wrong length is left to 1540 and 1550.
     */
    static void upnCheckLetter(CensusChild child, RuleContext context, Findings findings) {
        String upn = child.upn();
        if (upn == null || upn.length() != 13 || !digits(upn.substring(1))) {
            return;
        }
        // The check letter as people's own UPN computes it, so that the two cannot disagree.
        if (!Upn.isValid(upn)) {
            findings.child();
        }
    }

    /** 1530: characters 2 to 4 of a 13-character UPN must be a recognised LA code. */
    static void upnLaCode(CensusChild child, RuleContext context, Findings findings) {
        String upn = child.upn();
        if (upn != null && upn.length() == 13 && !laCode(upn.substring(1, 4))) {
            findings.child();
        }
    }

    /** 1540: characters 5 to 12 of a UPN must be digits (a UPN too short to have them fails). */
    static void upnDigits(CensusChild child, RuleContext context, Findings findings) {
        String upn = child.upn();
        if (upn != null && (upn.length() < 12 || !digits(upn.substring(4, 12)))) {
            findings.child();
        }
    }

    /** 1550: character 13 of a UPN must be a digit or a letter other than I, O and S. */
    static void upnLastCharacter(CensusChild child, RuleContext context, Findings findings) {
        String upn = child.upn();
        if (upn != null && (upn.length() != 13 || !lastCharacter(upn.charAt(12)))) {
            findings.child();
        }
    }

    /**
     * 1560Q: a former UPN must have a UPN's shape: 13 characters, a letter, 11 digits (the LA code and serial) and a
     * digit or allowed letter. Its check letter is not asked for: it may have been a temporary UPN.
     */
    static void formerUpnFormat(CensusChild child, RuleContext context, Findings findings) {
        String former = child.formerUpn();
        if (former == null) {
            return;
        }
        boolean shaped = former.length() == 13 && Character.isLetter(former.charAt(0))
                && digits(former.substring(1, 12)) && lastCharacter(former.charAt(12));
        if (!shaped) {
            findings.child();
        }
    }

    /** 1570: LAchildID at most 20 characters. */
    static void laChildIdLength(CensusChild child, RuleContext context, Findings findings) {
        if (child.laChildId() != null && child.laChildId().length() > 20) {
            findings.child();
        }
    }

    /** 1580: LAchildID letters (A to Z, either case) and digits only: no hyphen, underscore or space. */
    static void laChildIdCharacters(CensusChild child, RuleContext context, Findings findings) {
        String id = child.laChildId();
        if (id != null && !id.isEmpty() && !id.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            findings.child();
        }
    }

    /** 4180: Sex present and M, F or U (the old GenderCurrent codes 0, 1, 2 and 9 fail, as written). */
    static void sex(CensusChild child, RuleContext context, Findings findings) {
        if (!Set.of("M", "F", "U").contains(child.sex() == null ? "" : child.sex())) {
            findings.child();
        }
    }

    /** 8500: LAchildID present. */
    static void laChildIdMissing(CensusChild child, RuleContext context, Findings findings) {
        if (child.laChildId() == null || child.laChildId().isBlank()) {
            findings.child();
        }
    }

    /** 8520: a date of birth on or before the ReferenceDate. */
    static void bornAfterCensus(CensusChild child, RuleContext context, Findings findings) {
        if (after(child.birthDate(), context.end())) {
            findings.child();
        }
    }

    /** 8525Q: exactly one of the date of birth and the expected date of birth. */
    static void birthOrExpectedBirth(CensusChild child, RuleContext context, Findings findings) {
        if ((child.birthDate() == null) == (child.expectedBirthDate() == null)) {
            findings.child();
        }
    }

    /** 8530Q: an expected date of birth from 1 March to 31 December of the year the census ends. */
    static void expectedBirthInRange(CensusChild child, RuleContext context, Findings findings) {
        LocalDate expected = child.expectedBirthDate();
        int year = context.year().ending();
        if (expected != null && (expected.isBefore(LocalDate.of(year, Month.MARCH, 1))
                || expected.isAfter(LocalDate.of(year, Month.DECEMBER, 31)))) {
            findings.child();
        }
    }

    /** 8535Q: no date of death before the date of birth. */
    static void deathBeforeBirth(CensusChild child, RuleContext context, Findings findings) {
        if (before(child.deathDate(), child.birthDate())) {
            findings.child();
        }
    }

    /** 8545Q: a date of death within the census year. */
    static void deathInYear(CensusChild child, RuleContext context, Findings findings) {
        if (outsideYear(child.deathDate(), context)) {
            findings.child();
        }
    }

    /** 8590: every child in the return has at least one CINdetails. */
    static void hasEpisode(CensusChild child, RuleContext context, Findings findings) {
        if (child.episodes().isEmpty()) {
            findings.child();
        }
    }

    /** 8750: an unborn child (an expected date of birth and no date of birth) has Sex U. */
    static void unbornSex(CensusChild child, RuleContext context, Findings findings) {
        if (child.birthDate() == null && child.expectedBirthDate() != null && !"U".equals(child.sex())) {
            findings.child();
        }
    }

    /**
     * 8770Q: as the DfE's validator reads it, a child born on or before the ReferenceDate less six years who has an
     * episode that went on to further action (ReferralNFA false) needs a UPN or a UPNunknown reason other than UN1
     * ("not of school age").
     */
    static void upnForSchoolAge(CensusChild child, RuleContext context, Findings findings) {
        boolean furtherAction = child.episodes().stream().anyMatch(e -> Boolean.FALSE.equals(e.referralNfa()));
        boolean schoolAge = child.birthDate() != null && !child.birthDate().isAfter(context.end().minusYears(6));
        boolean reason = child.upnUnknown() != null
                && Set.of("UN2", "UN3", "UN4", "UN5", "UN6", "UN7").contains(child.upnUnknown().toUpperCase());
        if (furtherAction && schoolAge && child.upn() == null && !reason) {
            findings.child();
        }
    }

    /** 8772: UPNunknown UN7 (a referral with no further action) fits no child with an episode of further action. */
    static void un7WithFurtherAction(CensusChild child, RuleContext context, Findings findings) {
        if ("UN7".equals(child.upnUnknown())
                && child.episodes().stream().anyMatch(e -> Boolean.FALSE.equals(e.referralNfa()))) {
            findings.child();
        }
    }

    /** 8775Q: a child 25 or older on the ReferenceDate (born 25 years or more before it). */
    static void overTwentyFive(CensusChild child, RuleContext context, Findings findings) {
        if (child.birthDate() != null && !child.birthDate().isAfter(context.end().minusYears(25))) {
            findings.child();
        }
    }

    static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean lastCharacter(char c) {
        return (c >= '0' && c <= '9') || LAST_LETTERS.indexOf(c) >= 0;
    }

    private static boolean laCode(String code) {
        return digits(code) && LA_CODES.contains(Integer.parseInt(code));
    }

    private static Set<Integer> laCodes() {
        Set<Integer> codes = new java.util.HashSet<>();
        int[][] ranges = {{1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384},
            {390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {815, 816}, {820, 823},
            {825, 826}, {830, 831}, {835, 841}, {845, 846}, {850, 852}, {855, 857}, {860, 861}, {865, 896},
            {908, 909}, {916, 916}, {919, 919}, {921, 921}, {925, 926}, {928, 929}, {931, 931}, {933, 933},
            {935, 938}, {940, 941}};
        for (int[] range : ranges) {
            for (int code = range[0]; code <= range[1]; code++) {
                codes.add(code);
            }
        }
        return Set.copyOf(codes);
    }
}
