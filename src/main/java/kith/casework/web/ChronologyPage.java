package kith.casework.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.casework.Chronology;
import kith.casework.ChronologyKind;
import kith.people.PersonManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A child's chronology as a timeline, newest first, filtered by kind with a plain GET form; with
 * {@code HX-Request} only the timeline, so that htmx can refresh it as boxes are ticked. Opening the person
 * (for the header) checks access and audits the view; the chronology audits its own.
 */
@Controller
class ChronologyPage {

    private final PersonManagement people;
    private final Chronology chronology;
    private final RecordAccess access;

    ChronologyPage(PersonManagement people, Chronology chronology, RecordAccess access) {
        this.people = people;
        this.chronology = chronology;
        this.access = access;
    }

    @GetMapping("/people/{id}/chronology")
    String chronology(
            @PathVariable UUID id,
            @RequestParam(name = "kind", required = false) Set<String> kinds,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("person", people.open(id));
        Set<String> chosen = kinds == null ? Set.of() : kinds;
        model.addAttribute("entries", chronology.forChild(id, chosen));
        model.addAttribute("restricted", access.isRestricted(id));
        model.addAttribute("kinds", List.of(ChronologyKind.values()));
        model.addAttribute("chosen", chosen);
        return htmx != null ? "casework/chronology :: timeline" : "casework/chronology";
    }
}
