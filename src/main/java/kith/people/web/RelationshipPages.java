package kith.people.web;

import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.people.PeopleSearch;
import kith.people.PersonManagement;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.people.SearchCriteria;
import jakarta.servlet.http.HttpServletResponse;
import kith.shared.web.FormFields;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a relationship: find the other person, say how they are related. */
@Controller
class RelationshipPages {

    private static final java.time.format.DateTimeFormatter BORN =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private final PersonManagement people;
    private final PeopleSearch search;
    private final Relationships relationships;
    private final RecordAccess access;
    private final Forms forms;

    RelationshipPages(PersonManagement people, PeopleSearch search, Relationships relationships, RecordAccess access,
            Forms forms) {
        this.forms = forms;
        this.people = people;
        this.search = search;
        this.relationships = relationships;
        this.access = access;
    }

    @GetMapping("/people/{id}/relationships/new")
    String choose(@PathVariable UUID id, @RequestParam(required = false) String name, Model model) {
        model.addAttribute("person", people.openToChange(id));
        model.addAttribute("restricted", access.isRestricted(id));
        model.addAttribute("name", name);
        model.addAttribute("types", Option.of(RelationshipType.values(), RelationshipType::label));
        if (!model.containsAttribute("relationshipForm")) {
            model.addAttribute("relationshipForm", new RelationshipForm(null, null, name));
        }
        var candidates = name == null || name.isBlank()
                ? List.<kith.people.PersonSummary>of()
                : search.search(new SearchCriteria(name, null, null)).stream()
                        .filter(candidate -> !candidate.id().equals(id))
                        .toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("candidateOptions", candidates.stream().map(c -> new Option(c.id().toString(), c.fullName()
                + (c.dateOfBirth() != null ? ", born " + c.dateOfBirth().format(BORN) : ""))).toList());
        return "people/relationship";
    }

    /** Who the person is related to, and how; {@code name} is the search that found them. */
    record RelationshipForm(String relatedPersonId, String type, String name) {
        static final FormFields FIELDS = FormFields.of("relatedPersonId", "type");
    }

    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @PostMapping("/people/{id}/relationships")
    String relate(@PathVariable UUID id, @ModelAttribute("relationshipForm") RelationshipForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.run(RelationshipForm.FIELDS, input -> {
                UUID related = input.id("relatedPersonId", form.relatedPersonId(), "Select the person they are related to");
                RelationshipType type = input.choice(RelationshipType.class, "type", form.type(), "Select how they are related");
                if (related == null && !input.hasProblems()) {
                    input.problem("relatedPersonId", "Select the person they are related to");
                }
                relationships.relate(id, related, type);
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return choose(id, form.name(), model);
        }
        redirect.addFlashAttribute("saved", "The relationship has been recorded");
        return "redirect:/people/" + id + "/network";
    }
}
