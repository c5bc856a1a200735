package kith.familyhelp.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.Visits;
import kith.shared.InvalidInput;
import kith.shared.Today;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import kith.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a visit on one page. Who was seen is ticked from the children and family on the episode, with a line
 * for anyone not recorded in Kith. As the practitioner types, the page posts the form to the draft endpoint (htmx),
 * so a session that times out loses nothing: the draft comes back when they sign in again.
 */
@Controller
class VisitPages {

    /** The fields a draft keeps: what is typed (who was seen is ticked again, from the episode). */
    static final List<String> FIELDS = List.of("visitedOnDay", "visitedOnMonth", "visitedOnYear", "kind", "childSeenAlone",
            "whoWasSeen", "whatWasSaid", "whatNext");

    /** The visit as posted; the date left blank is today (so nothing pre-filled is typed over). */
    record VisitForm(String visitedOnDay, String visitedOnMonth, String visitedOnYear, String kind, List<String> seen,
            String childSeenAlone, String whoWasSeen, String whatWasSaid, String whatNext) {

        static final FormFields FORM = FormFields.of("visitedOn", "kind", "seen", "childSeenAlone", "whoWasSeen",
                        "whatWasSaid", "whatNext")
                .dates("visitedOn")
                .alias("childrenSeen", "seen")
                .alias("familySeen", "seen");

        static VisitForm of(Map<String, String> fields, List<String> seen) {
            return new VisitForm(fields.get("visitedOnDay"), fields.get("visitedOnMonth"), fields.get("visitedOnYear"),
                    fields.get("kind"), seen, fields.get("childSeenAlone"), fields.get("whoWasSeen"),
                    fields.get("whatWasSaid"), fields.get("whatNext"));
        }

        Visits.VisitRecord visit(FormInput input, EpisodeView episode, LocalDate today) {
            LocalDate on = blank(visitedOnDay) && blank(visitedOnMonth) && blank(visitedOnYear) ? today
                    : input.date("visitedOn", "The date of the visit", visitedOnDay, visitedOnMonth, visitedOnYear);
            List<UUID> chosen = seen == null ? List.of() : seen.stream()
                    .map(id -> input.id("seen", id, "Select who was seen from the family"))
                    .filter(Objects::nonNull).toList();
            List<UUID> children = episode.children().stream().map(EpisodeView.Person::id).filter(Objects::nonNull).toList();
            return new Visits.VisitRecord(on, blank(kind) ? null : kind, chosen.stream().filter(children::contains).toList(),
                    blank(childSeenAlone) ? null : "yes".equals(childSeenAlone), whoWasSeen, whatWasSaid, whatNext,
                    chosen.stream().filter(id -> !children.contains(id)).toList());
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    private final Visits visits;
    private final FamilyHelpEpisodes episodes;
    private final Forms forms;
    private final Today today;

    VisitPages(Visits visits, FamilyHelpEpisodes episodes, Forms forms, Today today) {
        this.visits = visits;
        this.episodes = episodes;
        this.forms = forms;
        this.today = today;
    }

    @GetMapping("/family-help/{id}/visits/new")
    String form(@PathVariable UUID id, Model model) {
        EpisodeView episode = episodes.open(id);
        Map<String, String> draft = visits.draft(id).orElse(null);
        List<String> children = episode.children().stream().filter(c -> c.id() != null).map(c -> c.id().toString()).toList();
        // The children are seen at most visits: ticked to begin with.
        VisitForm form = VisitForm.of(draft == null ? Map.of() : draft, children);
        return page(model, episode, form, draft != null);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/{id}/visits")
    String record(@PathVariable UUID id, @ModelAttribute("form") VisitForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        EpisodeView episode = episodes.open(id);
        try {
            forms.write(VisitForm.FORM, input -> visits.record(id, form.visit(input, episode, today.date())));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, episode, form, false);
        }
        redirect.addFlashAttribute("saved", "The visit has been recorded");
        // The copy of the form kept on the device (session.js) is no longer needed.
        redirect.addFlashAttribute("draftsDone", "visit:" + id);
        return "redirect:/family-help/" + id;
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

    private String page(Model model, EpisodeView episode, VisitForm form, boolean restored) {
        model.addAttribute("episode", episode);
        model.addAttribute("form", form);
        model.addAttribute("restored", restored);
        model.addAttribute("people", episode.people().stream().filter(p -> p.id() != null)
                .map(p -> new Option(p.id().toString(), p.name(), p.role())).toList());
        model.addAttribute("kinds", List.of(new Option("HOME_VISIT", "Home visit"),
                new Option("SCHOOL", "At school or nursery"), new Option("OFFICE", "At an office or centre"),
                new Option("PHONE", "Phone call"), new Option("VIDEO", "Video call"), new Option("OTHER", "Other")));
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
}
