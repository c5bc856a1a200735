package kith.timescales.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import kith.shared.InvalidInput;
import kith.timescales.WorkingDays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working-day arithmetic over JSON, for any signed-in user: the date n working days on, and the count between. */
@RestController
@RequestMapping("/api/v1/working-days")
class WorkingDaysApi {

    static final int MAX_ADD = 1000;
    static final int MAX_SPAN_YEARS = 10;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    record DateJson(LocalDate date) {}

    record CountJson(int workingDays) {}

    private final WorkingDays workingDays;

    WorkingDaysApi(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** {@code ?from=2026-12-24&add=1} answers {@code {"date": "2026-12-29"}}: the add-th working day after from. */
    @GetMapping
    DateJson after(@RequestParam(required = false) String from, @RequestParam(required = false) String add) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        Integer n = count(add, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new DateJson(workingDays.workingDaysAfter(start, n));
    }

    /** {@code /between?from=2026-01-02&to=2026-03-06} answers {@code {"workingDays": 45}}: days d with from < d <= to. */
    @GetMapping("/between")
    CountJson between(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (start != null && end != null && Math.abs(ChronoUnit.YEARS.between(start, end)) >= MAX_SPAN_YEARS) {
            problems.add(new InvalidInput.Problem("to", "Enter a to date less than " + MAX_SPAN_YEARS + " years from the from date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new CountJson(workingDays.workingDaysBetween(start, end));
    }

    private static LocalDate date(String name, String value, List<InvalidInput.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidInput.Problem(name, "Enter " + name + " as a date, for example 2026-12-24"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), ISO_DATE);
        } catch (DateTimeParseException e) {
            problems.add(new InvalidInput.Problem(name, "Enter " + name + " as a real date in the format YYYY-MM-DD"));
            return null;
        }
    }

    private static Integer count(String value, List<InvalidInput.Problem> problems) {
        String message = "Enter add as a whole number from 0 to " + MAX_ADD;
        if (value == null || value.isBlank() || !value.trim().matches("[0-9]{1,4}")) {
            problems.add(new InvalidInput.Problem("add", message));
            return null;
        }
        int n = Integer.parseInt(value.trim());
        if (n > MAX_ADD) {
            problems.add(new InvalidInput.Problem("add", message));
            return null;
        }
        return n;
    }
}
