package kith.networks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.networks.Kinship;
import kith.networks.KinshipCare;
import kith.people.Identities;
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
 * A child's kinship care on one page: the network options considered (recorded first), a placement outside the
 * network, and kinship arrangements with the support offered and the kinship allowance checklist.
 */
@Controller
class KinshipPages {

    record OptionForm(String personName, String consideredOnDay, String consideredOnMonth, String consideredOnYear,
            String takenUp, String reason) {
        static final FormFields FIELDS = FormFields.of("personName", "consideredOn", "takenUp", "reason")
                .dates("consideredOn").in("option");

        Kinship.NewOption option(FormInput input) {
            LocalDate on = date(input, "consideredOn", "The date they were considered", consideredOnDay,
                    consideredOnMonth, consideredOnYear);
            Boolean taken = takenUp == null || takenUp.isBlank() ? null : takenUp.equals("yes");
            return new Kinship.NewOption(null, personName, on, taken, reason);
        }
    }

    record PlacementForm(String placedOnDay, String placedOnMonth, String placedOnYear, String reason) {
        static final FormFields FIELDS = FormFields.of("placedOn", "reason").dates("placedOn").in("placement");
    }

    record ArrangementForm(String type, String carerId, String startedOnDay, String startedOnMonth,
            String startedOnYear, List<String> offerIds, List<String> evidence) {
        static final FormFields FIELDS = FormFields.of("type", "carerId", "startedOn", "offerIds", "evidence")
                .dates("startedOn").in("arrangement");

        Kinship.NewArrangement arrangement(FormInput input) {
            Kinship.ArrangementType chosen = input.choice(Kinship.ArrangementType.class, "type", type,
                    "Select the type of arrangement");
            UUID carer = input.id("carerId", carerId, "Select the carer from the child’s network");
            LocalDate start = date(input, "startedOn", "The date the arrangement started", startedOnDay,
                    startedOnMonth, startedOnYear);
            List<Integer> offers = offerIds == null ? List.of() : offerIds.stream().map(o -> {
                Integer n = input.number("offerIds", o, "Select support from the kinship local offer");
                return n == null ? -1 : n;
            }).toList();
            List<String> ticked = evidence == null ? List.of() : evidence;
            return new Kinship.NewArrangement(chosen, carer, start, null, offers,
                    new Kinship.Evidence(ticked.contains("lookedAfterBefore"), ticked.contains("childProtectionPlan"),
                            ticked.contains("courtSafeguarding"), ticked.contains("fgdmDecidedCarer"),
                            ticked.contains("bothParentsDead")));
        }
    }

    private final KinshipCare kinship;
    private final Identities identities;
    private final Forms forms;

    KinshipPages(KinshipCare kinship, Identities identities, Forms forms) {
        this.kinship = kinship;
        this.identities = identities;
        this.forms = forms;
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @GetMapping("/people/{id}/kinship")
    String page(@PathVariable("id") UUID childId, Model model) {
        return page(model, childId);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/people/{id}/kinship/options")
    String option(@PathVariable("id") UUID childId, @ModelAttribute("optionForm") OptionForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(OptionForm.FIELDS, input -> kinship.considerOption(childId, form.option(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, childId);
        }
        return saved(childId, redirect, "The network option has been recorded");
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/people/{id}/kinship/placements-outside-the-network")
    String placement(@PathVariable("id") UUID childId, @ModelAttribute("placementForm") PlacementForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(PlacementForm.FIELDS, input -> kinship.placeOutsideTheNetwork(childId,
                    date(input, "placedOn", "The date of the placement", form.placedOnDay(), form.placedOnMonth(),
                            form.placedOnYear()), form.reason()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, childId);
        }
        return saved(childId, redirect, "The placement outside the network has been recorded");
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/people/{id}/kinship/arrangements")
    String arrangement(@PathVariable("id") UUID childId, @ModelAttribute("arrangementForm") ArrangementForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(ArrangementForm.FIELDS, input -> kinship.arrange(childId, form.arrangement(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, childId);
        }
        return saved(childId, redirect, "The kinship arrangement has been recorded");
    }

    private String page(Model model, UUID childId) {
        model.addAttribute("childId", childId);
        model.addAttribute("child", identities.show(childId, "kinship care"));
        model.addAttribute("options", kinship.options(childId));
        model.addAttribute("arrangements", kinship.arrangements(childId));
        model.addAttribute("carers", kinship.network(childId).stream()
                .map(r -> new Option(r.person().id().toString(), r.person().name() + " (" + r.type().label() + ")"))
                .toList());
        model.addAttribute("types", Option.of(Kinship.ArrangementType.values(), Kinship.ArrangementType::label));
        model.addAttribute("offers", kinship.localOffer().stream()
                .map(o -> new Option(String.valueOf(o.id()), o.name(), o.description())).toList());
        model.addAttribute("evidenceOptions", List.of(
                new Option("lookedAfterBefore", "The child was looked after immediately before"),
                new Option("childProtectionPlan", "The child is or was on a child protection plan"),
                new Option("courtSafeguarding", "The court noted safeguarding concerns"),
                new Option("fgdmDecidedCarer", "A family group meeting decided the child should live full-time with this carer"),
                new Option("bothParentsDead", "Both parents have died")));
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        if (!model.containsAttribute("optionForm")) {
            model.addAttribute("optionForm", new OptionForm(null, null, null, null, null, null));
        }
        if (!model.containsAttribute("placementForm")) {
            model.addAttribute("placementForm", new PlacementForm(null, null, null, null));
        }
        if (!model.containsAttribute("arrangementForm")) {
            model.addAttribute("arrangementForm", new ArrangementForm(null, null, null, null, null, List.of(), List.of()));
        }
        return "networks/kinship";
    }

    private static String saved(UUID childId, RedirectAttributes redirect, String what) {
        redirect.addFlashAttribute("saved", what);
        return "redirect:/people/" + childId + "/kinship";
    }

    private static LocalDate date(FormInput input, String field, String label, String day, String month, String year) {
        boolean blank = (day == null || day.isBlank()) && (month == null || month.isBlank())
                && (year == null || year.isBlank());
        return blank ? null : input.date(field, label, day, month, year);
    }
}
