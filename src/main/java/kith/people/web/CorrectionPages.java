package kith.people.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.people.CorrectionSubject;
import kith.people.Corrections;
import kith.people.PersonManagement;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposing a correction to a person's details (anyone who may open the record: partners change nothing
 * themselves) and the council's decision on each. Who may do which is decided by the access policy in
 * {@link Corrections}.
 */
@Controller
class CorrectionPages {

    private final Corrections corrections;
    private final PersonManagement people;
    private final RecordAccess access;

    CorrectionPages(Corrections corrections, PersonManagement people, RecordAccess access) {
        this.corrections = corrections;
        this.people = people;
        this.access = access;
    }

    /** What was typed into the proposal form, shown back when something needs correcting. */
    record Entered(String about, String proposedValue, String why) {}

    @GetMapping("/people/{id}/corrections")
    String list(@PathVariable UUID id, Model model) {
        PersonManagement.OpenedRecord record = people.openRecord(id);
        model.addAttribute("person", record.person());
        model.addAttribute("restricted", record.restricted());
        model.addAttribute("corrections", corrections.of(id));
        model.addAttribute("mayDecide", !access.isPartner());
        return "people/corrections";
    }

    @GetMapping("/people/{id}/corrections/new")
    String form(@PathVariable UUID id, Model model) {
        return form(id, new Entered(null, null, null), List.of(), model);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/people/{id}/corrections")
    String propose(@PathVariable UUID id, @RequestParam(required = false) String about,
            @RequestParam(required = false) String proposedValue, @RequestParam(required = false) String why, Model model,
            RedirectAttributes redirect) {
        try {
            corrections.propose(id, about, proposedValue, why);
            redirect.addFlashAttribute("saved", "Your correction has been sent to the council");
            return "redirect:/people/" + id + "/corrections";
        } catch (InvalidInput e) {
            return form(id, new Entered(about, proposedValue, why), e.problems(), model);
        }
    }

    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @PostMapping("/people/{id}/corrections/{correction}/decision")
    String decide(@PathVariable UUID id, @PathVariable UUID correction, @RequestParam long version,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            if (!"ACCEPT".equals(decision) && !"REJECT".equals(decision)) {
                throw new InvalidInput("decision", "Select whether you accept the correction");
            }
            corrections.decide(id, correction, version, "ACCEPT".equals(decision), note);
            redirect.addFlashAttribute("saved", "ACCEPT".equals(decision)
                    ? "The correction has been accepted" : "The correction has not been accepted");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).message());
        } catch (StaleRecord e) {
            redirect.addFlashAttribute("problem", "Someone else decided this correction first. Check it below.");
        }
        return "redirect:/people/" + id + "/corrections";
    }

    private String form(UUID id, Entered entered, List<InvalidInput.Problem> problems, Model model) {
        PersonManagement.OpenedRecord record = people.openRecord(id);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        problems.forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
        model.addAttribute("person", record.person());
        model.addAttribute("restricted", record.restricted());
        model.addAttribute("subjects", CorrectionSubject.values());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", problems);
        model.addAttribute("fieldErrors", fieldErrors);
        return "people/correction-form";
    }
}
