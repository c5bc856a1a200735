package kith.timescales.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.shared.InvalidInput;

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
        LocalDate date = parse(problems);
        if (!problems.isEmpty()) {
            if (blank(reason)) {
                problems.add(new InvalidInput.Problem("reason", REASON_MISSING));
            }
            throw new InvalidInput(problems);
        }
        return date;
    }

    private LocalDate parse(List<InvalidInput.Problem> problems) {
        if (blank(dateDay) && blank(dateMonth) && blank(dateYear)) {
            return null;
        }
        if (blank(dateDay) || blank(dateMonth) || blank(dateYear)) {
            problems.add(new InvalidInput.Problem("date", "The date must include a day, month and year"));
            return null;
        }
        if (!dateYear.trim().matches("[0-9]{4}")) {
            problems.add(new InvalidInput.Problem("date", "The year must include 4 numbers"));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(dateYear.trim()), Integer.parseInt(dateMonth.trim()),
                    Integer.parseInt(dateDay.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new InvalidInput.Problem("date", "The date must be a real date"));
            return null;
        }
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
