package kith.insights.areas.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.areas.AreaFile;
import kith.insights.areas.AreasCompared;
import kith.shared.InvalidInput;
import kith.shared.Today;
import kith.shared.web.FormErrors;
import kith.shared.web.FormFields;
import kith.shared.web.Option;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Areas compared, for those who see the authority's measures (analysts and team managers; the service refuses and
 * audits everyone else): this area beside the areas whose files were imported, this area's file to download, and
 * another area's file to import.
 */
@Controller
class AreasComparedPages {

    static final String PATH = "/insights/areas";

    /** An area's file is a few kilobytes; anything near the request limit is not one. */
    static final long MAX_FILE = 512 * 1024;

    private static final FormFields PERIOD = FormFields.of("from", "to");
    private static final FormFields IMPORT = FormFields.of("file");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final AreasCompared areas;
    private final Today today;

    AreasComparedPages(AreasCompared areas, Today today) {
        this.areas = areas;
        this.today = today;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping(PATH)
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
            HttpServletResponse response) {
        areas.checkMayCompare();
        Period period = period(from, to);
        if (!period.problems().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(PERIOD, period.problems()));
        }
        return show(model, period);
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping(PATH + "/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        areas.checkMayCompare();
        Period period = period(from, to);
        if (!period.problems().isEmpty()) {
            return backToThePage(from, to);
        }
        AreaFile file = areas.export(period.from(), period.to());
        return download(areas.csv(file), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                name(file, "csv"));
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping(PATH + "/export.json")
    ResponseEntity<byte[]> json(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        areas.checkMayCompare();
        Period period = period(from, to);
        if (!period.problems().isEmpty()) {
            return backToThePage(from, to);
        }
        AreaFile file = areas.export(period.from(), period.to());
        return download(areas.json(file), MediaType.APPLICATION_JSON, name(file, "json"));
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @PostMapping(PATH + "/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        areas.checkMayCompare();
        String problem = file == null || file.isEmpty() ? "Select another area’s measures file"
                : file.getSize() > MAX_FILE ? "The selected file must be smaller than 512 KB" : null;
        try {
            if (problem != null) {
                throw new InvalidInput("file", problem);
            }
            AreasCompared.Imported imported = areas.importFile(file.getBytes(), file.getOriginalFilename());
            redirect.addFlashAttribute("saved", "The measures of " + imported.file().areaName() + " have been imported");
            return "redirect:" + PATH;
        } catch (InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(IMPORT, refused.problems()));
            return show(model, period(null, null));
        }
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @PostMapping(PATH + "/{id}/remove")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        areas.checkMayCompare();
        areas.remove(id);
        redirect.addFlashAttribute("saved", "The area has been taken off the comparison");
        return "redirect:" + PATH;
    }

    private String show(Model model, Period period) {
        model.addAttribute("comparison", areas.compare(period.from(), period.to()));
        model.addAttribute("from", period.from().toString());
        model.addAttribute("to", period.to().toString());
        model.addAttribute("months", months());
        return "insights/areas";
    }

    /** The two years of months to choose the period from, newest first. */
    private List<Option> months() {
        List<Option> months = new ArrayList<>();
        YearMonth month = YearMonth.from(today.date());
        for (int i = 0; i < 24; i++) {
            months.add(new Option(month.minusMonths(i).toString(), MONTH.format(month.minusMonths(i))));
        }
        return months;
    }

    record Period(YearMonth from, YearMonth to, List<InvalidInput.Problem> problems) {}

    /** The period asked for, or the twelve months to this one, with what was wrong with what was asked. */
    private Period period(String from, String to) {
        YearMonth now = YearMonth.from(today.date());
        List<InvalidInput.Problem> problems = new ArrayList<>();
        YearMonth start = month(from, now.minusMonths(11), "from", problems);
        YearMonth end = month(to, now, "to", problems);
        if (problems.isEmpty() && end.isBefore(start)) {
            problems.add(new InvalidInput.Problem("to", "The last month must be the same as or after the first"));
        }
        if (!problems.isEmpty()) {
            return new Period(now.minusMonths(11), now, problems);
        }
        return new Period(start, end, problems);
    }

    /** A download asked for months not on the list: the page, which says so at the field. */
    private static ResponseEntity<byte[]> backToThePage(String from, String to) {
        java.net.URI page = org.springframework.web.util.UriComponentsBuilder.fromPath(PATH)
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to)).encode().build().toUri();
        return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER).location(page).build();
    }

    private YearMonth month(String raw, YearMonth otherwise, String field, List<InvalidInput.Problem> problems) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth month = YearMonth.parse(raw.strip());
            if (month.isAfter(YearMonth.from(today.date())) || month.isBefore(YearMonth.of(2000, 1))) {
                problems.add(new InvalidInput.Problem(field, "Choose a month that has passed or this month"));
            }
            return month;
        } catch (DateTimeParseException e) {
            problems.add(new InvalidInput.Problem(field, "Choose a month from the list"));
            return otherwise;
        }
    }

    private static String name(AreaFile file, String extension) {
        return "measures-" + file.areaCode() + "-" + file.periodStart() + "-to-" + file.periodEnd() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }
}
