package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.partnership.PartnershipDirectory;
import kith.protection.ChildProtectionTeams;
import kith.protection.ChildProtectionTeams.MemberType;
import kith.protection.ChildProtectionTeams.Nomination;
import kith.protection.ChildProtectionTeams.Nominator;
import kith.shared.RecordNotFound;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the multi-agency child protection teams (Children Act 2004 s16EA): each team's members
 * by member type with who nominated them, a warning while a type the Act requires is missing, and setting up a team,
 * adding a member and removing one. Administrators only (the {@code /admin/**} route rule, and the service's own).
 */
@Controller
class ChildProtectionTeamPages {

    static final String PAGE = "/admin/child-protection-teams";

    /** A new team's name. */
    record TeamForm(String name) {
        static final FormFields FIELDS = FormFields.of("name").in("team");
    }

    /** A member to add: to which team, who, as what, and who nominated them when. */
    record MemberForm(String teamId, String practitionerId, String type, String nominatedBy, String nominatedByName,
            String nominatedOnDay, String nominatedOnMonth, String nominatedOnYear) {
        static final FormFields FIELDS = FormFields.of("teamId", "practitionerId", "type", "nominatedBy",
                "nominatedByName", "nominatedOn").dates("nominatedOn").in("member");

        UUID team(FormInput input) {
            UUID team = input.id("teamId", teamId, "Select the team from the list");
            if (team == null && FormValues.blank(teamId)) {
                input.problem("teamId", "Select the team");
            }
            return team;
        }

        Nomination nomination(FormInput input) {
            LocalDate on = input.date("nominatedOn", "The date of the nomination", nominatedOnDay, nominatedOnMonth,
                    nominatedOnYear);
            return new Nomination(input.id("practitionerId", practitionerId, "Select the practitioner from the list"),
                    input.choice(MemberType.class, "type", type, "Select the kind of member from the list"),
                    input.choice(Nominator.class, "nominatedBy", nominatedBy, "Select who nominated them from the list"),
                    nominatedByName, on);
        }
    }

    private final ChildProtectionTeams teams;
    private final PartnershipDirectory partnership;
    private final Forms forms;

    ChildProtectionTeamPages(ChildProtectionTeams teams, PartnershipDirectory partnership, Forms forms) {
        this.teams = teams;
        this.partnership = partnership;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        List<ChildProtectionTeams.TeamView> all = teams.teams();
        model.addAttribute("teams", all);
        if (!model.containsAttribute("teamForm")) {
            model.addAttribute("teamForm", new TeamForm(null));
        }
        if (!model.containsAttribute("memberForm")) {
            // With one team (the usual case) it is chosen already.
            model.addAttribute("memberForm", new MemberForm(all.size() == 1 ? all.get(0).id().toString() : null,
                    null, null, null, null, null, null, null));
        }
        model.addAttribute("teamOptions", Option.of(all, team -> team.id().toString(), ChildProtectionTeams.TeamView::name));
        model.addAttribute("practitioners", Option.of(partnership.practitionersWhoWorkWithFamilies(),
                p -> p.id().toString(), p -> p.fullName() + ", " + p.jobTitle() + ", " + p.agencyName()));
        model.addAttribute("memberTypes", Arrays.stream(MemberType.values()).map(type -> new Option(type.name(),
                type.label(), "Nominated by " + type.nominator().label().toLowerCase(java.util.Locale.UK)
                        + (type.required() ? ". The Act requires at least one." : "."))).toList());
        model.addAttribute("nominators", Option.of(Nominator.values(), Nominator::label));
        return "protection/teams";
    }

    @RequiresPermission(Permission.ADMINISTER_CHILD_PROTECTION_TEAMS)
    @PostMapping(PAGE)
    String createTeam(@ModelAttribute("teamForm") TeamForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.write(TeamForm.FIELDS, input -> teams.createTeam(form.name()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model);
        }
        redirect.addFlashAttribute("saved", "The team has been set up. Add its members");
        return "redirect:" + PAGE;
    }

    @RequiresPermission(Permission.ADMINISTER_CHILD_PROTECTION_TEAMS)
    @PostMapping(PAGE + "/members")
    String addMember(@ModelAttribute("memberForm") MemberForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.run(MemberForm.FIELDS, input -> {
                UUID team = form.team(input);
                Nomination nomination = form.nomination(input);
                // Without a team there is nothing for the service to check the rest against.
                if (team != null) {
                    teams.addMember(team, nomination);
                }
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model);
        }
        redirect.addFlashAttribute("saved", "The member has been added. They work with the team's children from now");
        return "redirect:" + PAGE;
    }

    @RequiresPermission(Permission.ADMINISTER_CHILD_PROTECTION_TEAMS)
    @PostMapping(PAGE + "/{teamId}/members/{practitionerId}/remove")
    String removeMember(@PathVariable UUID teamId, @PathVariable UUID practitionerId, RedirectAttributes redirect) {
        try {
            teams.removeMember(teamId, practitionerId);
            redirect.addFlashAttribute("saved", "The member has been removed. They no longer see the team's children");
        } catch (RecordNotFound alreadyGone) {
            // Someone else removed them first: nothing to do, and the page says so.
            redirect.addFlashAttribute("problem", "They were no longer a member of the team");
        }
        return "redirect:" + PAGE;
    }
}
