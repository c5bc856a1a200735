package kith.partnership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import kith.partnership.PartnershipDirectory;
import kith.shared.RecordNotFound;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership directory: agencies, their practitioners and each practitioner's training. Council staff and
 * administrators (route rule in access); partners are refused.
 *
 * <p>Recording training is an administrator's, and is posted under {@code /admin/}, whose route rule admits only
 * administrators and audits every refusal: partnership cannot name access's permissions, because access reads the
 * practitioners (the audit module's pages do the same). The directory checks again for any other caller.
 */
@Controller
class PartnershipPages {

    private final PartnershipDirectory directory;
    private final Forms forms;

    PartnershipPages(PartnershipDirectory directory, Forms forms) {
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/partnership")
    String agencies(Model model) {
        model.addAttribute("agencies", directory.agencies());
        return "partnership/agencies";
    }

    @GetMapping("/partnership/agencies/{id}")
    String agency(@PathVariable UUID id, Model model) {
        var agency = directory.agencies().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("Agency", id));
        model.addAttribute("agency", agency);
        model.addAttribute("practitioners", directory.practitionersOf(id));
        return "partnership/agency";
    }

    @GetMapping("/partnership/practitioners/{id}")
    String practitioner(@PathVariable UUID id, Model model) {
        model.addAttribute("practitioner", directory.practitioner(id)
                .orElseThrow(() -> new RecordNotFound("Practitioner", id)));
        model.addAttribute("training", directory.trainingOf(id));
        model.addAttribute("mayRecordTraining", directory.mayRecordTraining());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TrainingForm.empty());
        }
        return "partnership/practitioner";
    }

    @PostMapping("/admin/practitioners/{id}/training")
    String recordTraining(@PathVariable UUID id, @ModelAttribute("form") TrainingForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String course;
        try {
            course = forms.write(TrainingForm.FIELDS, input -> {
                directory.recordTraining(id, form.course(), form.completedOn(input));
                return form.course().trim();
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return practitioner(id, model);
        }
        String name = directory.practitioner(id).orElseThrow(() -> new RecordNotFound("Practitioner", id)).fullName();
        redirect.addFlashAttribute("saved", course + " has been added to " + name + "’s training");
        return "redirect:/partnership/practitioners/" + id;
    }
}
