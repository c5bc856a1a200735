package kith.people.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.people.Disability;
import kith.people.Ethnicity;
import kith.people.PeopleSearch;
import kith.people.PersonManagement;
import kith.people.PersonView;
import kith.people.Relationships;
import kith.people.SearchCriteria;
import kith.people.Sex;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finding, adding, opening and changing people. Who may do each is decided by the access policy inside the
 * services; this controller only shows pages and maps rule breaches to field errors.
 */
@Controller
@RequestMapping("/people")
class PeoplePages {

    private final PersonManagement people;
    private final PeopleSearch search;
    private final Relationships relationships;
    private final RecordAccess access;

    PeoplePages(PersonManagement people, PeopleSearch search, Relationships relationships, RecordAccess access) {
        this.people = people;
        this.search = search;
        this.relationships = relationships;
        this.access = access;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("disabilityCodes", Disability.values());
    }

    /** The search page; with {@code HX-Request} only the results fragment, for search as you type. */
    @GetMapping
    String find(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String dateOfBirth,
            @RequestParam(required = false) String nhsNumber,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        access.checkMayFindPeople();
        SearchCriteria criteria = new SearchCriteria(name, parseDate(dateOfBirth), nhsNumber);
        model.addAttribute("name", name);
        model.addAttribute("dateOfBirth", dateOfBirth);
        model.addAttribute("nhsNumber", nhsNumber);
        model.addAttribute("searched", !criteria.isEmpty());
        model.addAttribute("results", criteria.isEmpty() ? List.of() : search.search(criteria));
        model.addAttribute("administrator", access.isAdministrator());
        return htmx != null ? "people/find :: results" : "people/find";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        access.checkMayRecordPeople();
        model.addAttribute("form", new PersonForm());
        return "people/form";
    }

    @RequiresPermission(Permission.RECORD_PEOPLE)
    @PostMapping("/new")
    String create(@ModelAttribute("form") PersonForm form, BindingResult result, RedirectAttributes redirect) {
        access.checkMayRecordPeople();
        try {
            PersonView created = people.create(form.details());
            redirect.addFlashAttribute("saved", created.fullName() + " has been added");
            return "redirect:/people/" + created.id();
        } catch (InvalidInput e) {
            reject(result, e);
            return "people/form";
        }
    }

    /** The person's family and network (relationships); the summary page is the child's page in casework. */
    @GetMapping("/{id}/network")
    String network(@PathVariable UUID id, Model model) {
        PersonManagement.OpenedRecord record = people.openRecord(id);
        model.addAttribute("person", record.person());
        model.addAttribute("restricted", record.restricted());
        model.addAttribute("relationships", relationships.of(id));
        return "people/network";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        PersonView person = people.openToChange(id);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(person));
        return "people/form";
    }

    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @PostMapping("/{id}/edit")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            PersonView updated = people.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
            redirect.addFlashAttribute("saved", "Details of " + updated.fullName() + " have been saved");
            return "redirect:/people/" + id;
        } catch (InvalidInput e) {
            reject(result, e);
            model.addAttribute("person", people.open(id));
            return "people/form";
        } catch (StaleRecord e) {
            // Show what is saved now (the other user's change), never overwrite it.
            PersonView current = people.open(id);
            model.addAttribute("person", current);
            model.addAttribute("form", PersonForm.of(current));
            model.addAttribute("conflict", true);
            response.setStatus(409);
            return "people/form";
        }
    }

    private static void reject(BindingResult result, InvalidInput e) {
        for (InvalidInput.Problem problem : e.problems()) {
            String field = PersonForm.fieldFor(problem.field());
            if (PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(field)) {
                result.rejectValue(field, "invalid", problem.message());
            } else {
                result.reject("invalid", problem.message());
            }
        }
    }

    private static LocalDate parseDate(String text) {
        SearchCriteria parsed = SearchCriteria.parse(text);
        return parsed.dateOfBirth();
    }
}
