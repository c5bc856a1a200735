package kith.protection.web;

import java.time.LocalDate;
import java.util.UUID;
import kith.protection.Section47Enquiries;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/** The forms of a section 47 enquiry's page as posted; both change the enquiry, so each carries its version. */
final class EnquiryForms {

    private EnquiryForms() {}

    /** A manager assigns the lead child protection practitioner. */
    record LeadForm(Long version, String leadPractitionerId) {
        static final FormFields FIELDS = FormFields.of("leadPractitionerId").in("lead");

        UUID lead(FormInput input) {
            return input.id("leadPractitionerId", leadPractitionerId,
                    "Select the lead child protection practitioner from the list");
        }

        LeadForm withVersion(long now) {
            return new LeadForm(now, leadPractitionerId);
        }
    }

    /** What the enquiry found and its outcome. */
    record FindingsForm(Long version, String findings, String substantiated, String outcome, String completedOnDay,
            String completedOnMonth, String completedOnYear) {
        static final FormFields FIELDS = FormFields.of("findings", "substantiated", "outcome", "completedOn")
                .dates("completedOn").in("findings");

        static FindingsForm empty(long version) {
            return new FindingsForm(version, null, null, null, null, null, null);
        }

        Section47Enquiries.Findings read(FormInput input) {
            LocalDate completed = input.date("completedOn", "The date the enquiry was completed", completedOnDay,
                    completedOnMonth, completedOnYear);
            return new Section47Enquiries.Findings(findings,
                    FormValues.yesNo(input, "substantiated", substantiated, "Select whether the concerns are substantiated"),
                    input.choice(Section47Enquiries.Outcome.class, "outcome", outcome,
                            "Select the outcome of the enquiry from the list"),
                    completed);
        }

        FindingsForm withVersion(long now) {
            return new FindingsForm(now, findings, substantiated, outcome, completedOnDay, completedOnMonth,
                    completedOnYear);
        }
    }
}
