package kith.frontdoor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.people.BirthDates;
import kith.people.NhsNumber;
import kith.people.Postcode;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;

/**
 * A contact as recorded by the front door or submitted by a partner. {@link #check} reports every problem at
 * once, each against its field ({@code children[0].dateOfBirth}, {@code lawfulBasis}…).
 */
public record NewContact(
        ReferrerKind referrerKind,
        UUID referrerAgencyId,
        String referrerAgencyName,
        String referrerName,
        String referrerContact,
        ReferralSource referralSource,
        List<Child> children,
        String worry,
        Boolean familyKnows,
        Boolean familyAgrees,
        LawfulBasis lawfulBasis) {

    /** The children one contact is about: a family of siblings; a larger group is recorded as more contacts. */
    public static final int MAX_CHILDREN = 20;
    static final int MAX_WORRY = 10_000;

    public enum ReferrerKind {
        AGENCY,
        INDIVIDUAL,
        ANONYMOUS
    }

    /** A child as the referrer describes them; only a name is required (a referrer may not know more). */
    public record Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
            String nhsNumber, String address, String postcode) {

        boolean isBlank() {
            return blank(givenName) && blank(familyName) && dateOfBirth == null && expectedDateOfBirth == null
                    && blank(nhsNumber);
        }
    }

    public NewContact {
        children = children == null ? List.of() : children.stream().filter(c -> c != null && !c.isBlank()).toList();
        if (referralSource == null && referrerKind == ReferrerKind.ANONYMOUS) {
            referralSource = ReferralSource.SOURCE_9;
        }
    }

    /** The same contact with a stand-in agency referrer, to check a partner's form before they submit it. */
    public NewContact asFromPartnerPlaceholder() {
        return new NewContact(ReferrerKind.AGENCY, null, "Partner agency", null, null, ReferralSource.SOURCE_8,
                children, worry, familyKnows, familyAgrees, lawfulBasis);
    }

    /** Checks the contact against the rules for recording one; throws with every problem found. */
    public void check(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (referrerKind == null) {
            problems.add(new Problem("referrerKind", "Select who got in touch"));
        } else if (referrerKind != ReferrerKind.ANONYMOUS && blank(referrerName) && blank(referrerAgencyName)) {
            problems.add(new Problem("referrerName", "Enter the name of the person or agency who got in touch"));
        }
        if (referralSource == null) {
            problems.add(new Problem("referralSource", "Select the referral source"));
        }
        checkLength(problems, "referrerName", referrerName, TextLimits.NAME, "the name of who got in touch");
        checkLength(problems, "referrerAgencyName", referrerAgencyName, TextLimits.NAME, "the agency's name");
        checkLength(problems, "referrerContact", referrerContact, TextLimits.LINE, "how to contact them");
        if (children.isEmpty()) {
            problems.add(new Problem("children[0].givenName", "Enter the name of at least one child"));
        }
        if (children.size() > MAX_CHILDREN) {
            problems.add(new Problem("children", "Enter " + MAX_CHILDREN
                    + " children or fewer, and record any others on another contact"));
        }
        for (int i = 0; i < Math.min(children.size(), MAX_CHILDREN); i++) {
            Child child = children.get(i);
            String at = "children[" + i + "].";
            if (blank(child.givenName())) {
                problems.add(new Problem(at + "givenName", "Enter the child's given name, or 'Unknown'"));
            }
            if (blank(child.familyName())) {
                problems.add(new Problem(at + "familyName", "Enter the child's family name"));
            }
            checkLength(problems, at + "givenName", child.givenName(), TextLimits.NAME, "the child's given name");
            checkLength(problems, at + "familyName", child.familyName(), TextLimits.NAME, "the child's family name");
            checkLength(problems, at + "address", child.address(), TextLimits.NOTE, "the child's address");
            // The same rules as the child's record, so that a contact never passes and then fails at screening.
            BirthDates.checkChild(at, child.dateOfBirth(), child.expectedDateOfBirth(), today, problems);
            if (!blank(child.nhsNumber()) && !NhsNumber.isValid(child.nhsNumber())) {
                problems.add(new Problem(at + "nhsNumber", "Enter a valid NHS number, like 943 476 5919, or leave it blank"));
            }
            if (!blank(child.postcode()) && !Postcode.isValid(child.postcode())) {
                problems.add(new Problem(at + "postcode", "Enter a real postcode, like SW1A 2AA, or leave it blank"));
            }
        }
        if (blank(worry)) {
            problems.add(new Problem("worry", "Enter what you are worried about"));
        } else if (worry.length() > MAX_WORRY) {
            problems.add(new Problem("worry", "What you are worried about must be 10,000 characters or fewer"));
        }
        if (familyKnows == null) {
            problems.add(new Problem("familyKnows", "Select whether the family knows you are getting in touch"));
        }
        if (familyAgrees == null) {
            problems.add(new Problem("familyAgrees", "Select whether the family agrees to information being shared"));
        } else if (!familyAgrees && (lawfulBasis == null || lawfulBasis == LawfulBasis.CONSENT)) {
            problems.add(new Problem("lawfulBasis", "Select the lawful basis for sharing without the family's agreement"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void checkLength(List<Problem> problems, String field, String value, int limit, String what) {
        if (TextLimits.exceeds(value, limit)) {
            problems.add(new Problem(field, "Enter " + what + " in " + TextLimits.shown(limit) + " characters or fewer"));
        }
    }

    /** The same children and worry from the same person: a likely accidental second submission. */
    String fingerprint(String submitter) {
        StringBuilder text = new StringBuilder(submitter).append('|');
        children.stream()
                .map(c -> (c.familyName() + "," + c.givenName() + "," + c.dateOfBirth()).toLowerCase().replaceAll("\\s+", ""))
                .sorted()
                .forEach(c -> text.append(c).append(';'));
        text.append('|').append(worry == null ? "" : worry.toLowerCase().replaceAll("\\s+", " ").trim());
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(digest.digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    NewContact normalisedNhsNumbers() {
        return new NewContact(referrerKind, referrerAgencyId, referrerAgencyName, referrerName, referrerContact,
                referralSource, children.stream().map(c -> new Child(c.givenName(), c.familyName(), c.dateOfBirth(),
                        c.expectedDateOfBirth(), blank(c.nhsNumber()) ? null : NhsNumber.of(c.nhsNumber()).value(),
                        c.address(), blank(c.postcode()) ? null : new Postcode(c.postcode()).value())).toList(),
                worry, familyKnows, familyAgrees, familyAgrees != null && familyAgrees ? LawfulBasis.CONSENT : lawfulBasis);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
