package kith.protection.web;

import java.time.LocalDate;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/** The conference page's small forms: another date, and the report shared with the parents. */
final class ConferenceForms {

    private ConferenceForms() {}

    /** Another date for a conference not yet held. */
    record RescheduleForm(Long version, String scheduledOnDay, String scheduledOnMonth, String scheduledOnYear) {
        static final FormFields FIELDS = FormFields.of("scheduledOn").dates("scheduledOn").in("reschedule");

        LocalDate scheduledOn(FormInput input) {
            return input.date("scheduledOn", "The new date of the conference", scheduledOnDay, scheduledOnMonth,
                    scheduledOnYear);
        }

        RescheduleForm withVersion(long now) {
            return new RescheduleForm(now, scheduledOnDay, scheduledOnMonth, scheduledOnYear);
        }
    }

    /** When the conference report was shared with the parents. */
    record ReportForm(Long version, String sharedOnDay, String sharedOnMonth, String sharedOnYear) {
        static final FormFields FIELDS = FormFields.of("sharedOn").dates("sharedOn").in("report");

        LocalDate sharedOn(FormInput input) {
            return input.date("sharedOn", "The date the report was shared", sharedOnDay, sharedOnMonth, sharedOnYear);
        }

        ReportForm withVersion(long now) {
            return new ReportForm(now, sharedOnDay, sharedOnMonth, sharedOnYear);
        }
    }
}
