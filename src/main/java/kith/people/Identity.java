package kith.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * Who a person is, as the current user may be shown it: in full, or, for a restricted record the user is not
 * named on, withheld ("Restricted record", with no id, name, date of birth or identifier). Built only by
 * {@link Identities}, the one place that decides what of a person's identity a page, list, API answer or
 * export may show.
 *
 * @param id the person's id, or null when withheld (nothing to link to or look up)
 * @param restricted whether the record is restricted (a named user sees the record, and this flag)
 * @param withheld whether the identity is withheld from the current user
 * @param openable whether the current user may open the record (link to it only then)
 */
public record Identity(
        UUID id,
        boolean restricted,
        boolean withheld,
        boolean openable,
        @JsonIgnore PersonKind kind,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        @JsonIgnore NhsNumber nhs,
        @JsonIgnore LaChildId laChild) {

    /** What is shown in place of a withheld identity. */
    public static final String RESTRICTED_RECORD = "Restricted record";

    static Identity withheldFromCurrentUser() {
        return new Identity(null, true, true, false, null, null, null, null, null, null, null);
    }

    @JsonProperty("name")
    public String name() {
        return withheld ? RESTRICTED_RECORD : givenName + " " + familyName;
    }

    @JsonProperty("nhsNumber")
    public String nhsNumber() {
        return nhs == null ? null : nhs.value();
    }

    @JsonProperty("laChildId")
    public String laChildId() {
        return laChild == null ? null : laChild.value();
    }

    /** The id to link to: only a record the current user may open, so that no link answers 403. */
    @JsonIgnore
    public UUID link() {
        return openable ? id : null;
    }

    /** Age in whole years on the given day, or null when withheld or unborn. */
    @JsonIgnore
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }

    /**
     * The name with what tells two people of the same name apart: "Ava Carrow (born 3 May 2019)". Withheld: only
     * "Restricted record".
     */
    @JsonIgnore
    public String nameAndBirth() {
        if (withheld) {
            return RESTRICTED_RECORD;
        }
        if (dateOfBirth != null) {
            return name() + " (born " + dateOfBirth.format(BORN) + ")";
        }
        return expectedDateOfBirth == null ? name() : name() + " (due " + expectedDateOfBirth.format(BORN) + ")";
    }

    private static final java.time.format.DateTimeFormatter BORN =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
}
