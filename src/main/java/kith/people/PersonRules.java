package kith.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;

/**
 * The rules a person's details must meet before they are saved (IDENTIFIERS.md), each reported against
 * its field with a message that says how to put it right.
 */
final class PersonRules {

    static final int MAX_ALIASES = 10;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_ADDRESSES = 10;

    private PersonRules() {}

    static void check(PersonDetails details, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (details.kind() == null) {
            problems.add(new Problem("kind", "Select whether this is a child or an adult"));
        }
        if (blank(details.givenName())) {
            problems.add(new Problem("givenName", "Enter a given name"));
        } else if (details.givenName().length() > 100) {
            problems.add(new Problem("givenName", "Given name must be 100 characters or fewer"));
        }
        if (blank(details.familyName())) {
            problems.add(new Problem("familyName", "Enter a family name"));
        } else if (details.familyName().length() > 100) {
            problems.add(new Problem("familyName", "Family name must be 100 characters or fewer"));
        }
        if (TextLimits.exceeds(details.preferredName(), TextLimits.NAME)) {
            problems.add(new Problem("preferredName", "Enter a preferred name of " + TextLimits.NAME + " characters or fewer"));
        }
        checkAliases(details.aliases(), problems);
        checkBirth(details, today, problems);
        if (!blank(details.sex()) && Sex.fromCode(details.sex()).isEmpty()) {
            problems.add(new Problem("sex", "Select male, female or unknown"));
        }
        if (details.unborn() && !blank(details.sex()) && !"U".equalsIgnoreCase(details.sex())) {
            // DfE CIN rule 4180: an unborn child's sex is recorded as unknown.
            problems.add(new Problem("sex", "An unborn child's sex must be unknown"));
        }
        if (!blank(details.ethnicity()) && Ethnicity.fromCode(details.ethnicity()).isEmpty()) {
            problems.add(new Problem("ethnicity", "Select an ethnicity from the list"));
        }
        if (details.disabilities().size() > Disability.values().length) {
            problems.add(new Problem("disabilities", "Select each disability from the list once"));
        }
        checkLanguages(details.languages(), problems);
        if (TextLimits.exceeds(details.nhsNumberSource(), TextLimits.LINE)) {
            problems.add(new Problem("nhsNumberSource", "Enter where the NHS number came from in "
                    + TextLimits.LINE + " characters or fewer"));
        }
        for (String disability : details.disabilities()) {
            if (Disability.fromCode(disability).isEmpty()) {
                problems.add(new Problem("disabilities", "Select disabilities from the list"));
                break;
            }
        }
        if (!blank(details.nhsNumber()) && !NhsNumber.isValid(details.nhsNumber())) {
            problems.add(new Problem("nhsNumber", "Enter a valid NHS number, like 943 476 5919"));
        }
        if (!blank(details.upn())) {
            if (details.kind() == PersonKind.ADULT) {
                problems.add(new Problem("upn", "Only a child can have a unique pupil number"));
            } else if (!Upn.isValid(details.upn())) {
                problems.add(new Problem("upn", "Enter a valid 13-character unique pupil number, like B801200005001"));
            }
        }
        if (details.addresses().size() > MAX_ADDRESSES) {
            problems.add(new Problem("addresses", "Enter " + MAX_ADDRESSES + " addresses or fewer"));
        }
        for (Address address : details.addresses().subList(0, Math.min(details.addresses().size(), MAX_ADDRESSES))) {
            if (!blank(address.postcode()) && !Postcode.isValid(address.postcode())) {
                problems.add(new Problem("postcode", "Enter a real postcode, like SW1A 2AA"));
            }
            if (blank(address.line1())) {
                problems.add(new Problem("addressLine1", "Enter the first line of the address"));
            } else if (TextLimits.exceeds(address.line1(), TextLimits.LINE)) {
                problems.add(new Problem("addressLine1", "Enter the first line of the address in "
                        + TextLimits.LINE + " characters or fewer"));
            }
            if (TextLimits.exceeds(address.line2(), TextLimits.LINE)) {
                problems.add(new Problem("addressLine2", "Enter the second line of the address in "
                        + TextLimits.LINE + " characters or fewer"));
            }
            if (TextLimits.exceeds(address.town(), TextLimits.LINE)) {
                problems.add(new Problem("town", "Enter a town or city of " + TextLimits.LINE + " characters or fewer"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Other names: a family name each (a given name may be unknown), no name too long, not too many. */
    private static void checkAliases(List<PersonName> aliases, List<Problem> problems) {
        if (aliases.size() > MAX_ALIASES) {
            problems.add(new Problem("aliases", "Enter " + MAX_ALIASES + " other names or fewer"));
            return;
        }
        for (int i = 0; i < aliases.size(); i++) {
            PersonName alias = aliases.get(i);
            if (TextLimits.exceeds(alias.givenName(), TextLimits.NAME)) {
                problems.add(new Problem("aliases[" + i + "].givenName",
                        "Enter an other given name of " + TextLimits.NAME + " characters or fewer"));
            }
            if (TextLimits.exceeds(alias.familyName(), TextLimits.NAME)) {
                problems.add(new Problem("aliases[" + i + "].familyName",
                        "Enter an other family name of " + TextLimits.NAME + " characters or fewer"));
            }
        }
    }

    private static void checkLanguages(List<String> languages, List<Problem> problems) {
        if (languages.size() > MAX_LANGUAGES) {
            problems.add(new Problem("languages", "Enter " + MAX_LANGUAGES + " languages or fewer"));
        } else if (languages.stream().anyMatch(language -> TextLimits.exceeds(language, TextLimits.LINE))) {
            problems.add(new Problem("languages", "Enter each language in " + TextLimits.LINE + " characters or fewer"));
        }
    }

    private static void checkBirth(PersonDetails details, LocalDate today, List<Problem> problems) {
        LocalDate born = details.dateOfBirth();
        LocalDate expected = details.expectedDateOfBirth();
        if (details.kind() == PersonKind.ADULT) {
            if (born != null && born.isAfter(today)) {
                problems.add(new Problem("dateOfBirth", "Date of birth must be today or in the past"));
            }
            if (born != null && born.isBefore(today.minusYears(125))) {
                problems.add(new Problem("dateOfBirth", "Date of birth must be after " + today.minusYears(125).getYear()));
            }
            if (expected != null) {
                problems.add(new Problem("expectedDateOfBirth", "Only an unborn child has an expected date of birth"));
            }
            return;
        }
        if (details.unborn()) {
            if (expected == null) {
                problems.add(new Problem("expectedDateOfBirth", "Enter the expected date of birth of the unborn child"));
            }
            if (born != null) {
                problems.add(new Problem("dateOfBirth", "An unborn child has an expected date of birth, not a date of birth"));
            }
            BirthDates.checkChild("", null, expected, today, problems);
        } else {
            if (born == null) {
                problems.add(new Problem("dateOfBirth", "Enter a date of birth"));
            }
            if (expected != null) {
                problems.add(new Problem("expectedDateOfBirth", "Only an unborn child has an expected date of birth"));
            }
            BirthDates.checkChild("", born, null, today, problems);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
