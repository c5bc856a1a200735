package kith.partnership.web;

import java.time.LocalDate;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/** The add-training form as the browser posts it: the course, and the date completed as typed (day, month, year). */
record TrainingForm(String course, String completedOnDay, String completedOnMonth, String completedOnYear) {

    static final FormFields FIELDS = FormFields.of("course", "completedOn").dates("completedOn");

    static TrainingForm empty() {
        return new TrainingForm(null, null, null, null);
    }

    /** The date typed; null when nothing was typed (the directory then asks for it) or it is not a real date. */
    LocalDate completedOn(FormInput input) {
        return input.date("completedOn", "The date the course was completed", completedOnDay, completedOnMonth,
                completedOnYear);
    }
}
