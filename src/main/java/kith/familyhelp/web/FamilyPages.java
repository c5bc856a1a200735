package kith.familyhelp.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyMembers;
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
 * The manager's page of who is in the family on an episode: the children's recorded relationships, each with a
 * checkbox (a restricted relative the manager is not named on is "Restricted record", without one).
 */
@Controller
class FamilyPages {

    /** Who is in the family, as posted: the ids of the relatives ticked. */
    record FamilyForm(Long version, List<String> family) {
        static final FormFields FIELDS = FormFields.of("family");

        List<UUID> chosen(FormInput input) {
            return family == null ? List.of() : family.stream()
                    .map(id -> input.id("family", id, "Select people from the children’s recorded family and network"))
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }
    }

    private final FamilyHelpEpisodes episodes;
    private final FamilyMembers members;
    private final Forms forms;

    FamilyPages(FamilyHelpEpisodes episodes, FamilyMembers members, Forms forms) {
        this.episodes = episodes;
        this.members = members;
        this.forms = forms;
    }

    @GetMapping("/family-help/{id}/family")
    String family(@PathVariable UUID id, Model model) {
        List<FamilyMembers.Relative> relatives = members.relativesOf(id);
        EpisodeView episode = episodes.open(id);
        if (!model.containsAttribute("familyForm")) {
            model.addAttribute("familyForm", new FamilyForm(episode.version(), relatives.stream()
                    .filter(FamilyMembers.Relative::member).map(r -> r.person().id().toString()).toList()));
        }
        model.addAttribute("episode", episode);
        model.addAttribute("relatives", relatives);
        model.addAttribute("choosable", relatives.stream().filter(FamilyMembers.Relative::choosable)
                .map(r -> new Option(r.person().id().toString(), r.person().name(), r.type().label())).toList());
        model.addAttribute("withheld", relatives.stream().filter(r -> !r.choosable()).toList());
        return "familyhelp/family";
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/{id}/family")
    String confirm(@PathVariable UUID id, @ModelAttribute("familyForm") FamilyForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(FamilyForm.FIELDS, input -> members.confirm(id, EpisodeForms.versionOf(form.version()),
                    form.chosen(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return family(id, model);
        }
        redirect.addFlashAttribute("saved", "The family on this episode has been saved");
        return "redirect:/family-help/" + id;
    }
}
