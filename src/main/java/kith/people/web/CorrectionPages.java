package kith.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.people.CorrectionSubject;
import kith.people.Corrections;
import kith.people.PersonManagement;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposing a correction to a person's details (anyone who may open the record: partners change nothing
 * themselves) and the council's decision on each. Who may do which is decided by the access policy in
 * {@link Corrections}.
 */
@Controller
class CorrectionPages {

    /** A proposed correction as typed. */
    record ProposalForm(String about, String proposedValue, String why) {
        static final FormFields FIELDS = FormFields.of("about", "proposedValue", "why");
    }

    /** The council's decision on one correction; its ids begin with the correction's, as several share a page. */
    record DecisionForm(Long version, String decision, String note) {
        static FormFields fieldsOf(UUID correction) {
            return FormFields.of("decision", "note").in("decide-" + correction);
        }
    }

    private final Corrections corrections;
    private final PersonManagement people;
    private final RecordAccess access;
    private final Forms forms;

    CorrectionPages(Corrections corrections, PersonManagement people, RecordAccess access, Forms forms) {
        this.corrections = corrections;
        this.people = people;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/people/{id}/corrections")
    String list(@PathVariable UUID id, Model model) {
        PersonManagement.OpenedRecord record = people.openRecord(id);
        model.addAttribute("person", record.person());
        model.addAttribute("restricted", record.restricted());
        model.addAttribute("corrections", corrections.of(id));
        model.addAttribute("mayDecide", !access.isPartner());
        model.addAttribute("decisions", java.util.List.of(new Option("ACCEPT", "Yes, the record is corrected"),
                new Option("REJECT", "No")));
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm(null, null, null));
        }
        return "people/corrections";
    }

    @GetMapping("/people/{id}/corrections/new")
    String form(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", new ProposalForm(null, null, null));
        }
        PersonManagement.OpenedRecord record = people.openRecord(id);
        model.addAttribute("person", record.person());
        model.addAttribute("restricted", record.restricted());
        model.addAttribute("subjects", Option.of(CorrectionSubject.values(), CorrectionSubject::label));
        return "people/correction-form";
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/people/{id}/corrections")
    String propose(@PathVariable UUID id, @ModelAttribute("proposalForm") ProposalForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(ProposalForm.FIELDS, input -> corrections.propose(id, form.about(), form.proposedValue(), form.why()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return form(id, model);
        }
        redirect.addFlashAttribute("saved", "Your correction has been sent to the council");
        return "redirect:/people/" + id + "/corrections";
    }

    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @PostMapping("/people/{id}/corrections/{correction}/decision")
    String decide(@PathVariable UUID id, @PathVariable UUID correction, @ModelAttribute("decisionForm") DecisionForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.run(DecisionForm.fieldsOf(correction), input -> {
                if (!"ACCEPT".equals(form.decision()) && !"REJECT".equals(form.decision())) {
                    input.problem("decision", "Select whether you accept the correction");
                }
                corrections.decide(id, correction, form.version() == null ? -1 : form.version(),
                        "ACCEPT".equals(form.decision()), form.note());
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            model.addAttribute("decided", correction);
            return list(id, model);
        }
        redirect.addFlashAttribute("saved", "ACCEPT".equals(form.decision())
                ? "The correction has been accepted" : "The correction has not been accepted");
        return "redirect:/people/" + id + "/corrections";
    }
}
