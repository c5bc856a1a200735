package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.protection.LeadPractitionerRules;
import kith.shared.web.Difference;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council's rule for who may be a lead child protection practitioner, kept as data until regulations set the
 * minimum: the years since qualifying and the course required, who meets it today, and changing it (never over
 * another administrator's change). Administrators only.
 */
@Controller
class LeadPractitionerRulePage {

    static final String PAGE = "/admin/lead-practitioner-rule";

    /** The rule as typed. */
    record RuleForm(Long version, String yearsSinceQualifying, String trainingRequired) {
        static final FormFields FIELDS = FormFields.of("yearsSinceQualifying", "trainingRequired");

        static RuleForm of(LeadPractitionerRules.Rule rule) {
            return new RuleForm(rule.version(), String.valueOf(rule.yearsSinceQualifying()), rule.trainingRequired());
        }

        Integer years(FormInput input) {
            return input.number("yearsSinceQualifying", yearsSinceQualifying,
                    "Enter the years since qualifying as a whole number, from 0 to 40");
        }

        RuleForm withVersion(long now) {
            return new RuleForm(now, yearsSinceQualifying, trainingRequired);
        }
    }

    private final LeadPractitionerRules rules;
    private final Forms forms;

    LeadPractitionerRulePage(LeadPractitionerRules rules, Forms forms) {
        this.rules = rules;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        LeadPractitionerRules.Rule rule = rules.rule();
        model.addAttribute("rule", rule);
        model.addAttribute("eligible", rules.eligible());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RuleForm.of(rule));
        }
        return "protection/rule";
    }

    @RequiresPermission(Permission.ADMINISTER_CHILD_PROTECTION_TEAMS)
    @PostMapping(PAGE)
    String change(@ModelAttribute("form") RuleForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.write(RuleForm.FIELDS, input -> rules.change(FormValues.versionOf(form.version()), form.years(input),
                    form.trainingRequired()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            if (refused.conflict()) {
                LeadPractitionerRules.Rule now = rules.rule();
                model.addAttribute("form", form.withVersion(now.version()));
                model.addAttribute("differences", Difference.only(List.of(
                        new Difference("Years since qualifying", String.valueOf(now.yearsSinceQualifying()),
                                form.yearsSinceQualifying()),
                        new Difference("Training required", now.trainingRequired(), form.trainingRequired()))));
            }
            return page(model);
        }
        redirect.addFlashAttribute("saved", "The rule has been changed. It applies to every assignment from now");
        return "redirect:" + PAGE;
    }
}
