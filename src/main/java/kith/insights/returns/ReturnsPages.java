package kith.insights.returns;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.annexa.AnnexAFiles;
import kith.insights.annexa.AnnexAFormat;
import kith.insights.annexa.AnnexAList;
import kith.insights.census.CensusYears;
import kith.insights.census.CinCensusXml;
import kith.insights.census.CollectionYear;
import kith.insights.jobs.Jobs;
import kith.shared.InvalidInput;
import kith.shared.Today;
import kith.shared.web.FormFields;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The statutory returns Kith makes, for performance analysts and team managers: Ofsted's Annex A lists 1 to 7 for an
 * inspection date, each as CSV or XLSX, made in the background (the button takes you to the job's progress page),
 * what Kith does not make yet, and the user's returns of the last few days.
 */
@Controller
class ReturnsPages {

    /** The Annex A form: the inspection date, and which button was pressed ("3:CSV"). */
    record AnnexAForm(String inspectionDateDay, String inspectionDateMonth, String inspectionDateYear, String make) {
        static final FormFields FIELDS = FormFields.of("inspectionDate").dates("inspectionDate");
    }

    /** The CIN census form: the year the collection ends in ("2027" for 1 April 2026 to 31 March 2027). */
    record CensusForm(String censusYear) {
        static final FormFields FIELDS = FormFields.of("censusYear");
    }

    private final AnnexAFiles annexA;
    private final CinCensusXml census;
    private final Jobs jobs;
    private final Forms forms;
    private final Today today;

    ReturnsPages(AnnexAFiles annexA, CinCensusXml census, Jobs jobs, Forms forms, Today today) {
        this.annexA = annexA;
        this.census = census;
        this.jobs = jobs;
        this.forms = forms;
        this.today = today;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping("/returns")
    String returns(Model model) {
        LocalDate date = today.date();
        return page(model, new AnnexAForm(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear()), null));
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @PostMapping("/returns/annex-a")
    String makeAnnexA(@ModelAttribute("annexAForm") AnnexAForm form, Model model, HttpServletResponse response) {
        UUID job;
        try {
            job = forms.write(AnnexAForm.FIELDS, input -> {
                LocalDate on = input.date("inspectionDate", "The inspection date", form.inspectionDateDay(),
                        form.inspectionDateMonth(), form.inspectionDateYear());
                if (on == null && !input.hasProblems()) {
                    throw new InvalidInput("inspectionDate", "Enter the inspection date");
                }
                if (on != null && on.isAfter(today.date().plusYears(1))) {
                    throw new InvalidInput("inspectionDate", "The inspection date must be within a year from today");
                }
                Choice choice = Choice.of(form.make());
                return input.hasProblems() ? null : annexA.start(choice.list(), choice.format(), on);
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, form);
        }
        return "redirect:/returns/jobs/" + job;
    }

    /** Starts the year's CIN census export in the background and shows its progress page. */
    @RequiresPermission(Permission.MAKE_RETURNS)
    @PostMapping("/returns/cin-census")
    String makeCensus(@ModelAttribute("censusForm") CensusForm form, Model model, HttpServletResponse response) {
        UUID job;
        try {
            job = forms.write(CensusForm.FIELDS, input -> {
                CollectionYear year;
                try {
                    year = CensusYears.parse(form.censusYear());
                } catch (InvalidInput e) {
                    throw new InvalidInput("censusYear", e.problems().get(0).message());
                }
                return jobs.start("Children in Need census " + year, "cin-census-" + year.ending() + ".xml",
                        "application/xml", census.export(year));
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            LocalDate date = today.date();
            model.addAttribute("censusForm", form);
            return page(model, new AnnexAForm(Integer.toString(date.getDayOfMonth()),
                    Integer.toString(date.getMonthValue()), Integer.toString(date.getYear()), null));
        }
        return "redirect:/returns/jobs/" + job;
    }

    /** The list and format a button names, "3:XLSX"; anything else is not a button on the page. */
    record Choice(AnnexAList list, AnnexAFormat format) {
        static Choice of(String make) {
            String[] parts = make == null ? new String[0] : make.split(":");
            try {
                if (parts.length == 2) {
                    return new Choice(AnnexAList.number(Integer.parseInt(parts[0])).orElseThrow(),
                            AnnexAFormat.valueOf(parts[1]));
                }
            } catch (RuntimeException notAButton) {
                // answered below
            }
            throw new InvalidInput("inspectionDate", "Choose a list to make with one of its buttons");
        }
    }

    private String page(Model model, AnnexAForm form) {
        model.addAttribute("annexAForm", form);
        if (!model.containsAttribute("censusForm")) {
            model.addAttribute("censusForm", new CensusForm(Integer.toString(CollectionYear.current(today).ending())));
        }
        model.addAttribute("lists", List.of(AnnexAList.values()));
        model.addAttribute("recent", jobs.mine(10));
        return "insights/returns";
    }
}
