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
import kith.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a relationship: find the other person, say how they are related. */
@Controller
class RelationshipPages {

    private final PersonManagement people;
    private final PeopleSearch search;
    private final Relationships relationships;
    private final RecordAccess access;

    RelationshipPages(PersonManagement people, PeopleSearch search, Relationships relationships, RecordAccess access) {
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
        model.addAttribute("types", RelationshipType.values());
        model.addAttribute("candidates", name == null || name.isBlank()
                ? List.of()
                : search.search(new SearchCriteria(name, null, null)).stream()
                        .filter(candidate -> !candidate.id().equals(id))
                        .toList());
        return "people/relationship";
    }

    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @PostMapping("/people/{id}/relationships")
    String relate(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID relatedPersonId,
            @RequestParam(required = false) RelationshipType type,
            @RequestParam(required = false) String name,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (relatedPersonId == null) {
                throw new InvalidInput("relatedPersonId", "Select the person they are related to");
            }
            relationships.relate(id, relatedPersonId, type);
            redirect.addFlashAttribute("saved", "The relationship has been recorded");
            return "redirect:/people/" + id + "/network";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.problems());
            return choose(id, name, model);
        }
    }
}
