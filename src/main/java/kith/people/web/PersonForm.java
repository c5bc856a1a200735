package kith.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kith.people.Address;
import kith.people.PersonDetails;
import kith.people.PersonKind;
import kith.people.PersonName;
import kith.people.PersonView;
import kith.shared.web.Difference;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * The add and change person form as the browser posts it: dates arrive as day, month and year, kept as typed
 * so that a user's input is shown back to them when something needs correcting.
 */
public class PersonForm {

    /** The fields in page order; the rules name an other name and an address as parts of lists. */
    static final FormFields FIELDS = FormFields.of("kind", "givenName", "familyName", "preferredName", "dateOfBirth",
                    "expectedDateOfBirth", "aliasGivenName", "aliasFamilyName", "sex", "ethnicity", "disabilities",
                    "languages", "nhsNumber", "nhsNumberSource", "upn", "addressLine1", "addressLine2", "town", "postcode")
            .dates("dateOfBirth", "expectedDateOfBirth")
            .alias("aliases", "aliasFamilyName")
            .alias("aliases[0].familyName", "aliasFamilyName")
            .alias("aliases[0].givenName", "aliasGivenName")
            .alias("addresses", "addressLine1");

    private String kind = "CHILD";
    private String givenName;
    private String familyName;
    private String preferredName;
    private String aliasGivenName;
    private String aliasFamilyName;
    private String dateOfBirthDay;
    private String dateOfBirthMonth;
    private String dateOfBirthYear;
    private String expectedDateOfBirthDay;
    private String expectedDateOfBirthMonth;
    private String expectedDateOfBirthYear;
    private String sex;
    private String ethnicity;
    private List<String> disabilities = new ArrayList<>();
    private String languages;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private boolean confidentialAddress;
    private String nhsNumber;
    private String nhsNumberSource;
    private String upn;
    private Long version;

    static PersonForm of(PersonView person) {
        PersonForm form = new PersonForm();
        form.kind = person.kind() == PersonKind.ADULT ? "ADULT" : person.unborn() ? "UNBORN" : "CHILD";
        form.givenName = person.givenName();
        form.familyName = person.familyName();
        form.preferredName = person.preferredName();
        if (!person.aliases().isEmpty()) {
            form.aliasGivenName = person.aliases().get(0).givenName();
            form.aliasFamilyName = person.aliases().get(0).familyName();
        }
        if (person.dateOfBirth() != null) {
            form.dateOfBirthDay = String.valueOf(person.dateOfBirth().getDayOfMonth());
            form.dateOfBirthMonth = String.valueOf(person.dateOfBirth().getMonthValue());
            form.dateOfBirthYear = String.valueOf(person.dateOfBirth().getYear());
        }
        if (person.expectedDateOfBirth() != null) {
            form.expectedDateOfBirthDay = String.valueOf(person.expectedDateOfBirth().getDayOfMonth());
            form.expectedDateOfBirthMonth = String.valueOf(person.expectedDateOfBirth().getMonthValue());
            form.expectedDateOfBirthYear = String.valueOf(person.expectedDateOfBirth().getYear());
        }
        form.sex = person.sex().code();
        form.ethnicity = person.ethnicity() == null ? null : person.ethnicity().code();
        form.disabilities = new ArrayList<>(person.disabilities().stream().map(d -> d.code()).toList());
        form.languages = String.join(", ", person.languages());
        person.currentAddress().ifPresent(address -> {
            form.addressLine1 = address.line1();
            form.addressLine2 = address.line2();
            form.town = address.town();
            form.postcode = address.postcode();
            form.confidentialAddress = address.confidential();
        });
        form.nhsNumber = person.nhsNumber() == null ? null : person.nhsNumber().formatted();
        form.nhsNumberSource = person.nhsNumberSource();
        form.upn = person.upn() == null ? null : person.upn().value();
        form.version = person.version();
        return form;
    }

    /** The details to save, read with {@code input} (a date that is not a real date is a problem there). */
    PersonDetails details(FormInput input) {
        LocalDate born = input.date("dateOfBirth", "Date of birth", dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
        LocalDate expected = input.date("expectedDateOfBirth", "Expected date of birth", expectedDateOfBirthDay,
                expectedDateOfBirthMonth, expectedDateOfBirthYear);
        PersonKind personKind = "ADULT".equals(kind) ? PersonKind.ADULT
                : "CHILD".equals(kind) || "UNBORN".equals(kind) ? PersonKind.CHILD : null;
        List<Address> addresses = blank(addressLine1) && blank(postcode)
                ? List.of()
                : List.of(new Address(addressLine1 == null ? "" : addressLine1, addressLine2, town, postcode, null, null,
                        confidentialAddress));
        List<PersonName> aliases = blank(aliasFamilyName) ? List.of() : List.of(new PersonName(aliasGivenName, aliasFamilyName));
        List<String> spoken = languages == null ? List.of()
                : Arrays.stream(languages.split(",")).map(String::trim).filter(l -> !l.isEmpty()).toList();
        return new PersonDetails(personKind, "UNBORN".equals(kind), givenName, familyName, preferredName, aliases,
                "UNBORN".equals(kind) ? null : born, "UNBORN".equals(kind) ? expected : null,
                sex, ethnicity, disabilities, spoken, addresses, nhsNumber, nhsNumberSource, upn);
    }

    /** What differs between this form (what is saved now) and what the user typed, shown on a conflict. */
    List<Difference> differencesFrom(PersonForm typed) {
        return Difference.only(List.of(
                new Difference("Given name", givenName, typed.givenName),
                new Difference("Family name", familyName, typed.familyName),
                new Difference("Preferred name", preferredName, typed.preferredName),
                new Difference("Date of birth", date(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear),
                        date(typed.dateOfBirthDay, typed.dateOfBirthMonth, typed.dateOfBirthYear)),
                new Difference("Sex", sex, typed.sex),
                new Difference("Ethnicity", ethnicity, typed.ethnicity),
                new Difference("Languages", languages, typed.languages),
                new Difference("NHS number", nhsNumber, typed.nhsNumber),
                new Difference("Unique pupil number", upn, typed.upn),
                new Difference("Address", String.join(", ", nonBlank(addressLine1, addressLine2, town, postcode)),
                        String.join(", ", nonBlank(typed.addressLine1, typed.addressLine2, typed.town, typed.postcode)))));
    }

    private static String date(String day, String month, String year) {
        return blank(day) && blank(month) && blank(year) ? null : String.join(" ", nonBlank(day, month, year));
    }

    private static List<String> nonBlank(String... values) {
        return Arrays.stream(values).filter(v -> !blank(v)).map(String::trim).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String preferredName) { this.preferredName = preferredName; }
    public String getAliasGivenName() { return aliasGivenName; }
    public void setAliasGivenName(String aliasGivenName) { this.aliasGivenName = aliasGivenName; }
    public String getAliasFamilyName() { return aliasFamilyName; }
    public void setAliasFamilyName(String aliasFamilyName) { this.aliasFamilyName = aliasFamilyName; }
    public String getDateOfBirthDay() { return dateOfBirthDay; }
    public void setDateOfBirthDay(String value) { this.dateOfBirthDay = value; }
    public String getDateOfBirthMonth() { return dateOfBirthMonth; }
    public void setDateOfBirthMonth(String value) { this.dateOfBirthMonth = value; }
    public String getDateOfBirthYear() { return dateOfBirthYear; }
    public void setDateOfBirthYear(String value) { this.dateOfBirthYear = value; }
    public String getExpectedDateOfBirthDay() { return expectedDateOfBirthDay; }
    public void setExpectedDateOfBirthDay(String value) { this.expectedDateOfBirthDay = value; }
    public String getExpectedDateOfBirthMonth() { return expectedDateOfBirthMonth; }
    public void setExpectedDateOfBirthMonth(String value) { this.expectedDateOfBirthMonth = value; }
    public String getExpectedDateOfBirthYear() { return expectedDateOfBirthYear; }
    public void setExpectedDateOfBirthYear(String value) { this.expectedDateOfBirthYear = value; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public List<String> getDisabilities() { return disabilities; }
    public void setDisabilities(List<String> disabilities) { this.disabilities = disabilities == null ? new ArrayList<>() : disabilities; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String addressLine2) { this.addressLine2 = addressLine2; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public boolean isConfidentialAddress() { return confidentialAddress; }
    public void setConfidentialAddress(boolean confidentialAddress) { this.confidentialAddress = confidentialAddress; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String nhsNumber) { this.nhsNumber = nhsNumber; }
    public String getNhsNumberSource() { return nhsNumberSource; }
    public void setNhsNumberSource(String nhsNumberSource) { this.nhsNumberSource = nhsNumberSource; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
