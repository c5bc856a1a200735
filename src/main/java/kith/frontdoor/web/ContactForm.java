package kith.frontdoor.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.NewContact;
import kith.frontdoor.ReferralSource;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * The contact form as posted: by the front door (with the referrer's details) or by a partner (who is the
 * referrer). Two children fit on the page, for siblings; dates are kept as typed. Kept in the session
 * between the partner's form and check-answers pages, hence serialisable.
 */
public class ContactForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final FormFields FIELDS = FormFields.of("referrerKind", "referrerName", "referrerAgencyName",
                    "referrerContact", "referralSource", "children[].givenName", "children[].familyName",
                    "children[].dateOfBirth", "children[].nhsNumber", "children[].address", "children[].postcode",
                    "worry", "familyKnows", "familyAgrees", "lawfulBasis")
            .dates("children[].dateOfBirth")
            .alias("children", "children[0].givenName");

    private String referrerKind = "AGENCY";
    private String referrerName;
    private String referrerAgencyName;
    private String referrerContact;
    private String referralSource;
    private List<ChildForm> children = new ArrayList<>(List.of(new ChildForm(), new ChildForm()));
    private String worry;
    private String familyKnows;
    private String familyAgrees;
    private String lawfulBasis;
    private boolean confirmNotDuplicate;

    /** One child as the referrer describes them. */
    public static class ChildForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private String givenName;
        private String familyName;
        private String dateOfBirthDay;
        private String dateOfBirthMonth;
        private String dateOfBirthYear;
        private String nhsNumber;
        private String address;
        private String postcode;

        boolean isBlank() {
            return blank(givenName) && blank(familyName) && blank(dateOfBirthDay) && blank(dateOfBirthMonth)
                    && blank(dateOfBirthYear) && blank(nhsNumber) && blank(address) && blank(postcode);
        }

        public String getGivenName() { return givenName; }
        public void setGivenName(String value) { this.givenName = value; }
        public String getFamilyName() { return familyName; }
        public void setFamilyName(String value) { this.familyName = value; }
        public String getDateOfBirthDay() { return dateOfBirthDay; }
        public void setDateOfBirthDay(String value) { this.dateOfBirthDay = value; }
        public String getDateOfBirthMonth() { return dateOfBirthMonth; }
        public void setDateOfBirthMonth(String value) { this.dateOfBirthMonth = value; }
        public String getDateOfBirthYear() { return dateOfBirthYear; }
        public void setDateOfBirthYear(String value) { this.dateOfBirthYear = value; }
        public String getNhsNumber() { return nhsNumber; }
        public void setNhsNumber(String value) { this.nhsNumber = value; }
        public String getAddress() { return address; }
        public void setAddress(String value) { this.address = value; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String value) { this.postcode = value; }
    }

    /**
     * The contact to record, read with {@code input} (a date of birth that is not a real date is a problem there).
     * The children described come first, so that the rules' numbering of them ({@code children[1]}) is the form's.
     */
    NewContact contact(FormInput input, UUID referrerAgencyId) {
        List<ChildForm> described = new ArrayList<>(describedChildren());
        while (described.size() < 2) {
            described.add(new ChildForm());
        }
        children = described;
        List<NewContact.Child> read = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            ChildForm child = children.get(i);
            if (child.isBlank()) {
                continue;
            }
            LocalDate born = input.date("children[" + i + "].dateOfBirth", i == 0 ? "The child’s date of birth"
                            : "The date of birth of child " + (i + 1), child.dateOfBirthDay, child.dateOfBirthMonth,
                    child.dateOfBirthYear);
            read.add(new NewContact.Child(child.givenName, child.familyName, born, null, child.nhsNumber,
                    child.address, child.postcode));
        }
        return new NewContact(
                input.choice(NewContact.ReferrerKind.class, "referrerKind", referrerKind, "Select who got in touch"),
                referrerAgencyId,
                blank(referrerAgencyName) ? null : referrerAgencyName.trim(),
                blank(referrerName) ? null : referrerName.trim(),
                blank(referrerContact) ? null : referrerContact.trim(),
                ReferralSource.fromCode(referralSource).orElse(null),
                read,
                worry,
                yesNo(familyKnows),
                yesNo(familyAgrees),
                input.choice(LawfulBasis.class, "lawfulBasis", lawfulBasis, "Select the lawful basis from the list"));
    }

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<ChildForm> describedChildren() {
        return children.stream().filter(c -> c != null && !c.isBlank()).toList();
    }

    public String getReferrerKind() { return referrerKind; }
    public void setReferrerKind(String value) { this.referrerKind = value; }
    public String getReferrerName() { return referrerName; }
    public void setReferrerName(String value) { this.referrerName = value; }
    public String getReferrerAgencyName() { return referrerAgencyName; }
    public void setReferrerAgencyName(String value) { this.referrerAgencyName = value; }
    public String getReferrerContact() { return referrerContact; }
    public void setReferrerContact(String value) { this.referrerContact = value; }
    public String getReferralSource() { return referralSource; }
    public void setReferralSource(String value) { this.referralSource = value; }
    public List<ChildForm> getChildren() { return children; }
    public void setChildren(List<ChildForm> value) {
        this.children = new ArrayList<>(value == null ? List.of() : value);
        while (this.children.size() < 2) {
            this.children.add(new ChildForm());
        }
    }
    public String getWorry() { return worry; }
    public void setWorry(String value) { this.worry = value; }
    public String getFamilyKnows() { return familyKnows; }
    public void setFamilyKnows(String value) { this.familyKnows = value; }
    public String getFamilyAgrees() { return familyAgrees; }
    public void setFamilyAgrees(String value) { this.familyAgrees = value; }
    public String getLawfulBasis() { return lawfulBasis; }
    public void setLawfulBasis(String value) { this.lawfulBasis = value; }
    public boolean isConfirmNotDuplicate() { return confirmNotDuplicate; }
    public void setConfirmNotDuplicate(boolean value) { this.confirmNotDuplicate = value; }
}
