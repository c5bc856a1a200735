package kith.timescales.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.shared.InvalidInput;
import kith.shared.web.DateInput;

/** The add-a-closure-day form as the browser posts it: the date as typed (day, month, year) and the reason. */
public class ClosureDayForm {

    static final String REASON_MISSING = "Enter why the council is closed";

    private String dateDay;
    private String dateMonth;
    private String dateYear;
    private String reason;

    /**
     * The date typed, or null when nothing was typed (the service then asks for it).
     *
     * @throws InvalidInput ({@code date}) when what was typed is not a real date, with any problem of the reason
     *     too, so that the user sees every problem at once
     */
    LocalDate date() {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        LocalDate date = DateInput.read("date", "The date", dateDay, dateMonth, dateYear, problems);
        if (!problems.isEmpty()) {
            if (blank(reason)) {
                problems.add(new InvalidInput.Problem("reason", REASON_MISSING));
            }
            throw new InvalidInput(problems);
        }
        return date;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // Read by BindingResult when a problem names the whole date.
    public String getDate() {
        return String.join("/", String.valueOf(dateDay), String.valueOf(dateMonth), String.valueOf(dateYear));
    }

    public String getDateDay() { return dateDay; }
    public void setDateDay(String value) { this.dateDay = value; }
    public String getDateMonth() { return dateMonth; }
    public void setDateMonth(String value) { this.dateMonth = value; }
    public String getDateYear() { return dateYear; }
    public void setDateYear(String value) { this.dateYear = value; }
    public String getReason() { return reason; }
    public void setReason(String value) { this.reason = value; }
}
