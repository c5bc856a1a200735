package kith.networks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.networks.CanHelp;
import kith.networks.Closeness;
import kith.networks.FamilyNetworks;
import kith.networks.NetworkMap.Member;
import kith.networks.TieKind;
import kith.people.PeopleSearch;
import kith.people.PersonKind;
import kith.people.PersonManagement;
import kith.people.PersonSummary;
import kith.people.RelationshipType;
import kith.people.SearchCriteria;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import kith.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding someone to a child's network (someone found by search, or someone not yet known to Kith, who becomes a
 * person), changing what they mean to the child, and removing them: one GOV.UK error pattern, a conflict (409) when
 * someone else saved first.
 */
@Controller
class NetworkMemberPages {

    private final FamilyNetworks networks;
    private final PersonManagement people;
    private final PeopleSearch search;
    private final Forms forms;

    NetworkMemberPages(FamilyNetworks networks, PersonManagement people, PeopleSearch search, Forms forms) {
        this.networks = networks;
        this.people = people;
        this.search = search;
        this.forms = forms;
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @GetMapping("/people/{childId}/network/members/new")
    String newMember(@PathVariable UUID childId, @ModelAttribute("form") MemberForm form, Model model) {
        return addForm(model, childId, form);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/people/{childId}/network/members")
    String add(@PathVariable UUID childId, @ModelAttribute("form") MemberForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.run(MemberForm.FIELDS, input -> {
                if (form.newPerson()) {
                    networks.addNewPerson(childId, form.person(input), form.details(input));
                } else {
                    networks.add(childId, form.existing(input), form.details(input));
                }
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return addForm(model, childId, form);
        }
        redirect.addFlashAttribute("saved", "They have been added to the family network");
        return "redirect:/people/" + childId + "/network";
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @GetMapping("/people/{childId}/network/members/{personId}")
    String changeForm(@PathVariable UUID childId, @PathVariable UUID personId, Model model) {
        Member member = networks.member(childId, personId);
        return changeForm(model, childId, member, MemberForm.of(member));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/people/{childId}/network/members/{personId}")
    String change(@PathVariable UUID childId, @PathVariable UUID personId, @ModelAttribute("form") MemberForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.run(MemberForm.FIELDS, input -> networks.change(childId, personId, form.versionSeen(),
                    form.details(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            Member now = networks.member(childId, personId);
            // After a conflict the form carries the version saved now, so that sending it again is a decision.
            MemberForm shown = refused.conflict() ? withVersion(form, now.version()) : form;
            return changeForm(model, childId, now, shown);
        }
        redirect.addFlashAttribute("saved", "The family network has been changed");
        return "redirect:/people/" + childId + "/network";
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/people/{childId}/network/members/{personId}/remove")
    String remove(@PathVariable UUID childId, @PathVariable UUID personId, @ModelAttribute("form") MemberForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.run(MemberForm.FIELDS, input -> networks.remove(childId, personId, form.versionSeen()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            Member now = networks.member(childId, personId);
            return changeForm(model, childId, now, MemberForm.of(now));
        }
        redirect.addFlashAttribute("saved", "They have been removed from the family network");
        return "redirect:/people/" + childId + "/network";
    }

    private static MemberForm withVersion(MemberForm f, long version) {
        return new MemberForm(f.personId(), f.search(), f.kind(), f.givenName(), f.familyName(), f.dateOfBirthDay(),
                f.dateOfBirthMonth(), f.dateOfBirthYear(), f.relationship(), f.closeness(), f.tie(), f.canHelp(),
                f.helpOffered(), f.contact(), f.childView(), version);
    }

    private String addForm(Model model, UUID childId, MemberForm form) {
        model.addAttribute("person", people.openRecord(childId).person());
        List<PersonSummary> found = form.search() == null || form.search().isBlank() ? List.of()
                : search.search(SearchCriteria.parse(form.search())).stream()
                        .filter(p -> !p.id().equals(childId)).toList();
        model.addAttribute("found", found);
        model.addAttribute("searched", form.search() != null && !form.search().isBlank());
        options(model);
        model.addAttribute("form", form);
        return "networks/member-form";
    }

    private String changeForm(Model model, UUID childId, Member member, MemberForm form) {
        model.addAttribute("person", people.openRecord(childId).person());
        model.addAttribute("member", member);
        options(model);
        model.addAttribute("form", form);
        return "networks/member-change";
    }

    private static void options(Model model) {
        model.addAttribute("relationships", Option.of(RelationshipType.values(), RelationshipType::label));
        model.addAttribute("kinds", List.of(new Option(PersonKind.ADULT.name(), "Adult"),
                new Option(PersonKind.CHILD.name(), "Child")));
        model.addAttribute("closenesses", Option.of(Closeness.values(), Closeness::label));
        model.addAttribute("ties", Arrays.stream(TieKind.values())
                .map(t -> new Option(t.name(), t.label(), t.line() + " on the map")).toList());
        model.addAttribute("canHelps", Option.of(CanHelp.values(), CanHelp::label));
    }
}
