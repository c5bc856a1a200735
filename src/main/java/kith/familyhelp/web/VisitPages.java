package kith.familyhelp.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.Visits;
import kith.shared.InvalidInput;
import kith.shared.Today;
import kith.shared.web.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a visit on one page. As the practitioner types, the page posts the form to the draft endpoint
 * (htmx), so a session that times out loses nothing: the draft comes back when they sign in again.
 */
@Controller
class VisitPages {

    static final List<String> FIELDS = List.of("visitedDay", "visitedMonth", "visitedYear", "kind", "childSeenAlone",
            "whoWasSeen", "whatWasSaid", "whatNext");

    private final Visits visits;
    private final FamilyHelpEpisodes episodes;
    private final Today today;

    VisitPages(Visits visits, FamilyHelpEpisodes episodes, Today today) {
        this.visits = visits;
        this.episodes = episodes;
        this.today = today;
    }

    @GetMapping("/family-help/{id}/visits/new")
    String form(@PathVariable UUID id, Model model) {
        Map<String, String> draft = visits.draft(id).orElse(null);
        Map<String, String> fields = new LinkedHashMap<>();
        if (draft == null) {
            LocalDate date = today.date();
            fields.put("visitedDay", String.valueOf(date.getDayOfMonth()));
            fields.put("visitedMonth", String.valueOf(date.getMonthValue()));
            fields.put("visitedYear", String.valueOf(date.getYear()));
        } else {
            fields.putAll(draft);
        }
        return page(model, id, fields, draft != null, null);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/{id}/visits")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> params,
            @RequestParam(required = false) List<UUID> childrenSeen, Model model, RedirectAttributes redirect) {
        Map<String, String> fields = fieldsOf(params);
        try {
            List<InvalidInput.Problem> problems = new ArrayList<>();
            LocalDate on = DateInput.read("visitedOn", "Date of the visit", fields.get("visitedDay"), fields.get("visitedMonth"),
                    fields.get("visitedYear"), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            String alone = fields.get("childSeenAlone");
            visits.record(id, new Visits.VisitRecord(on, blankToNull(fields.get("kind")), childrenSeen,
                    alone == null || alone.isBlank() ? null : "yes".equals(alone), fields.get("whoWasSeen"),
                    fields.get("whatWasSaid"), fields.get("whatNext")));
            redirect.addFlashAttribute("saved", "The visit has been recorded");
            // The copy of the form kept on the device (session.js) is no longer needed.
            redirect.addFlashAttribute("draftsDone", "visit:" + id);
            return "redirect:/family-help/" + id;
        } catch (InvalidInput e) {
            return page(model, id, fields, false, e.problems());
        }
    }

    /** The draft, saved as the practitioner types; answers with the status line the page shows. */
    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/{id}/visits/draft")
    @ResponseBody
    String saveDraft(@PathVariable UUID id, @RequestParam Map<String, String> params, HttpServletResponse response) {
        try {
            Instant saved = visits.saveDraft(id, fieldsOf(params));
            return "Draft saved at " + DateTimeFormatter.ofPattern("HH:mm").withZone(Today.LONDON).format(saved);
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "Your draft was not saved. " + e.getMessage();
        }
    }

    private String page(Model model, UUID id, Map<String, String> fields, boolean restored, List<InvalidInput.Problem> errors) {
        model.addAttribute("episode", episodes.open(id));
        model.addAttribute("fields", fields);
        model.addAttribute("restored", restored);
        model.addAttribute("errors", errors);
        return "familyhelp/visit-form";
    }

    private static Map<String, String> fieldsOf(Map<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : FIELDS) {
            if (params.get(name) != null) {
                fields.put(name, params.get(name));
            }
        }
        return fields;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
