package kith.timescales.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.Today;
import kith.timescales.ClosureDays;
import kith.timescales.WorkingDays;
import jakarta.servlet.http.HttpServletResponse;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of local closure days: the upcoming ones, adding one and removing one.
 * Administrators only (the {@code /admin/**} route rule in access).
 */
@Controller
@RequestMapping("/admin/closure-days")
class ClosureDayPages {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** A closure day as the page lists it. */
    record ClosureDayRow(String day, String isoDay, String reason, String addedBy) {}

    private final ClosureDays closureDays;
    private final WorkingDays workingDays;
    private final Today today;
    private final Forms forms;

    ClosureDayPages(ClosureDays closureDays, WorkingDays workingDays, Today today, Forms forms) {
        this.forms = forms;
        this.closureDays = closureDays;
        this.workingDays = workingDays;
        this.today = today;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ClosureDayForm(null, null, null, null));
        }
        int year = today.date().getYear();
        model.addAttribute("closureDays", closureDays.upcoming().stream()
                .map(d -> new ClosureDayRow(d.day().format(SHOWN), d.day().toString(), d.reason(), d.addedBy()))
                .toList());
        model.addAttribute("bankHolidayYears", List.of(year, year + 1));
        model.addAttribute("bankHolidays", List.of(shown(workingDays.bankHolidays(year)),
                shown(workingDays.bankHolidays(year + 1))));
        return "timescales/closure-days";
    }

    @PostMapping
    String add(@ModelAttribute("form") ClosureDayForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDate day;
        try {
            day = forms.write(ClosureDayForm.FIELDS, input -> {
                LocalDate typed = form.date(input);
                closureDays.add(typed, form.reason());
                return typed;
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model);
        }
        redirect.addFlashAttribute("saved", day.format(SHOWN) + " is now a closure day");
        return "redirect:/admin/closure-days";
    }

    @PostMapping("/{day}/remove")
    String remove(@PathVariable String day, RedirectAttributes redirect) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new RecordNotFound("Closure day", day);
        }
        try {
            closureDays.remove(date);
            redirect.addFlashAttribute("saved", date.format(SHOWN) + " is a working day again");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).message());
        }
        return "redirect:/admin/closure-days";
    }

    private static List<String> shown(List<LocalDate> days) {
        return days.stream().map(SHOWN::format).toList();
    }
}
