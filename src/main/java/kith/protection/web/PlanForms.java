package kith.protection.web;

import java.time.LocalDate;
import java.util.UUID;
import kith.protection.PlanEndReason;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * The smaller forms of a child protection plan's pages as the browser posts them, each with its fields in page order
 * (their ids begin with the form's name, as several share the plan page) and how it is read. What was typed is kept
 * in them when the page is shown again.
 */
final class PlanForms {

    private PlanForms() {}

    /** The version of the plan the user saw, or one that matches nothing when it was not sent. */
    static long versionOf(Long version) {
        return version == null ? -1 : version;
    }

    /** A manager changes the lead child protection practitioner. */
    record LeadForm(Long version, String leadPractitionerId) {
        static final FormFields FIELDS = FormFields.of("leadPractitionerId").in("lead");

        UUID lead(FormInput input) {
            return input.id("leadPractitionerId", leadPractitionerId,
                    "Select the lead child protection practitioner from the list");
        }
    }

    /** A practitioner joins the core group, with what they do in it. */
    record CoreGroupForm(String practitionerId, String role) {
        static final FormFields FIELDS = FormFields.of("practitionerId", "role").in("coreGroup");

        UUID practitioner(FormInput input) {
            return input.id("practitionerId", practitionerId, "Select a practitioner from the list");
        }
    }

    /** Removing a practitioner from the core group: a button, its one "field". */
    static final FormFields REMOVE = FormFields.of("remove").in("remove");

    /** Information or support offered to the parents; the date left blank is today. */
    record SupportForm(String offeredOnDay, String offeredOnMonth, String offeredOnYear, String what, String givenTo) {
        static final FormFields FIELDS = FormFields.of("offeredOn", "what", "givenTo").dates("offeredOn").in("support");

        LocalDate offeredOn(FormInput input, LocalDate today) {
            return dateOrToday(input, "offeredOn", "The date it was offered", offeredOnDay, offeredOnMonth,
                    offeredOnYear, today);
        }
    }

    /** The plan, in plain English, was shared with the parents; the date left blank is today. */
    record SharedForm(Long version, String sharedOnDay, String sharedOnMonth, String sharedOnYear) {
        static final FormFields FIELDS = FormFields.of("sharedOn").dates("sharedOn").in("shared");

        LocalDate sharedOn(FormInput input, LocalDate today) {
            return dateOrToday(input, "sharedOn", "The date the plan was shared", sharedOnDay, sharedOnMonth,
                    sharedOnYear, today);
        }
    }

    /** A manager records that the child moved and the council they moved to was told. */
    record TransferOutForm(Long version, String toCouncil, String notifiedOnDay, String notifiedOnMonth,
            String notifiedOnYear) {
        static final FormFields FIELDS = FormFields.of("toCouncil", "notifiedOn").dates("notifiedOn").in("transferOut");

        LocalDate notifiedOn(FormInput input) {
            return input.date("notifiedOn", "The date that council was told", notifiedOnDay, notifiedOnMonth,
                    notifiedOnYear);
        }
    }

    /**
     * A manager ends the plan for a reason outside a review (reached 18, left the UK, became looked after, died),
     * having confirmed that every agency invited to the initial conference will be told.
     */
    record EndForm(Long version, String reason, String endedOnDay, String endedOnMonth, String endedOnYear,
            String confirm) {
        static final FormFields FIELDS = FormFields.of("reason", "endedOn", "confirm").dates("endedOn").in("end");

        PlanEndReason reason(FormInput input) {
            return input.choice(PlanEndReason.class, "reason", reason, "Select why the plan is ending from the list");
        }

        LocalDate endedOn(FormInput input) {
            return input.date("endedOn", "The date the plan ends", endedOnDay, endedOnMonth, endedOnYear);
        }

        /** Ending notifies others and cannot be undone (UI.md): it is confirmed first. */
        void checkConfirmed(FormInput input) {
            if (!"true".equals(confirm)) {
                input.problem("confirm", "Confirm that the plan ends and that the agencies will be told");
            }
        }
    }

    /** The receiving council held its transfer-in conference: the plan ends that day, as transferred out. */
    record TransferredOutForm(Long version, String endedOnDay, String endedOnMonth, String endedOnYear) {
        static final FormFields FIELDS = FormFields.of("endedOn").dates("endedOn").in("transferredOut");

        LocalDate endedOn(FormInput input) {
            return input.date("endedOn", "The date of their conference", endedOnDay, endedOnMonth, endedOnYear);
        }
    }

    /** A date typed as day, month and year; all three left blank is {@code today}. */
    static LocalDate dateOrToday(FormInput input, String field, String label, String day, String month, String year,
            LocalDate today) {
        if (blank(day) && blank(month) && blank(year)) {
            return today;
        }
        return input.date(field, label, day, month, year);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
