package kith.people.web;

import java.time.LocalDate;
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
import jakarta.servlet.http.HttpServletResponse;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import kith.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
    private final Forms forms;

    PeoplePages(PersonManagement people, PeopleSearch search, Relationships relationships, RecordAccess access,
            Forms forms) {
        this.forms = forms;
        this.people = people;
        this.search = search;
        this.relationships = relationships;
        this.access = access;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("sexes", Option.of(List.of(Sex.values()), Sex::code, Sex::label));
        model.addAttribute("ethnicities", Option.of(List.of(Ethnicity.values()), Ethnicity::code, Ethnicity::label));
        model.addAttribute("disabilityCodes", Option.of(List.of(Disability.values()), Disability::code, Disability::label));
        model.addAttribute("personKinds", List.of(new Option("CHILD", "A child"), new Option("UNBORN", "An unborn child"),
                new Option("ADULT", "An adult")));
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
    String create(@ModelAttribute("form") PersonForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.checkMayRecordPeople();
        PersonView created;
        try {
            created = forms.write(PersonForm.FIELDS, input -> people.create(form.details(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return "people/form";
        }
        redirect.addFlashAttribute("saved", created.fullName() + " has been added");
        return "redirect:/people/" + created.id();
    }

    // The person's family and network (/people/{id}/network) is the family network map, in networks.

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        PersonView person = people.openToChange(id);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(person));
        return "people/form";
    }

    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PersonView updated;
        try {
            updated = forms.write(PersonForm.FIELDS, input -> people.update(id,
                    form.getVersion() == null ? -1 : form.getVersion(), form.details(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            PersonView current = people.openToChange(id);
            model.addAttribute("person", current);
            if (refused.conflict()) {
                // The other user's change beside what this user typed (kept in the form); sending again is a
                // deliberate change on top of theirs.
                model.addAttribute("differences", PersonForm.of(current).differencesFrom(form));
                form.setVersion(current.version());
            }
            return "people/form";
        }
        redirect.addFlashAttribute("saved", "Details of " + updated.fullName() + " have been saved");
        return "redirect:/people/" + id;
    }

    private static LocalDate parseDate(String text) {
        SearchCriteria parsed = SearchCriteria.parse(text);
        return parsed.dateOfBirth();
    }
}
