package kith.timescales.web;

import java.time.LocalDate;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/** The add-a-closure-day form as the browser posts it: the date as typed (day, month, year) and the reason. */
record ClosureDayForm(String dateDay, String dateMonth, String dateYear, String reason) {

    static final FormFields FIELDS = FormFields.of("date", "reason").dates("date");

    /** The date typed; null when nothing was typed (the service then asks for it) or it is not a real date. */
    LocalDate date(FormInput input) {
        return input.date("date", "The closure day", dateDay, dateMonth, dateYear);
    }
}
