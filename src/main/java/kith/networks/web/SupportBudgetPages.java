package kith.networks.web;

import jakarta.servlet.http.HttpServletResponse;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.networks.FinancialYear;
import kith.networks.Money;
import kith.networks.SupportBudgets;
import kith.networks.SupportPackages;
import kith.shared.web.FormFields;
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
 * Spending against the year's budget for everyone doing family network work, and the administrator's settings:
 * the year's budget, each approval level's maximum, and which managers hold which level.
 */
@Controller
class SupportBudgetPages {

    static final String ADMIN = "/admin/support-packages";

    record BudgetForm(Long version, String budget) {
        static final FormFields FIELDS = FormFields.of("budget").in("budget");
    }

    record LevelForm(Long version, String maximum) {
        static final FormFields FIELDS = FormFields.of("maximum").in("level");
    }

    record HolderForm(String username, Integer level) {
        static final FormFields FIELDS = FormFields.of("username", "level").in("holder");
    }

    private final SupportBudgets budgets;
    private final SupportPackages packages;
    private final Forms forms;

    SupportBudgetPages(SupportBudgets budgets, SupportPackages packages, Forms forms) {
        this.budgets = budgets;
        this.packages = packages;
        this.forms = forms;
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @GetMapping("/family-network-support")
    String year(Model model) {
        FinancialYear year = budgets.currentYear();
        model.addAttribute("budget", budgets.year(year));
        model.addAttribute("lines", packages.inYear(year));
        return "networks/support-budget";
    }

    @RequiresPermission(Permission.ADMINISTER_FAMILY_NETWORKS)
    @GetMapping(ADMIN)
    String settings(Model model) {
        return settings(model, null);
    }

    @RequiresPermission(Permission.ADMINISTER_FAMILY_NETWORKS)
    @PostMapping(ADMIN + "/budget")
    String setBudget(@ModelAttribute("budgetForm") BudgetForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.write(BudgetForm.FIELDS, input -> budgets.setBudget(budgets.currentYear(), Money.pence(form.budget()),
                    form.version() == null ? -1 : form.version()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return settings(model, form);
        }
        redirect.addFlashAttribute("saved", "The budget has been set");
        return "redirect:" + ADMIN;
    }

    @RequiresPermission(Permission.ADMINISTER_FAMILY_NETWORKS)
    @PostMapping(ADMIN + "/levels/{id}")
    String setLevel(@PathVariable int id, @ModelAttribute("levelForm") LevelForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.run(LevelForm.FIELDS, input -> budgets.setLevelMaximum(id, Money.pence(form.maximum()),
                    form.version() == null ? -1 : form.version()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return settings(model, null);
        }
        redirect.addFlashAttribute("saved", "The approval level has been changed");
        return "redirect:" + ADMIN;
    }

    @RequiresPermission(Permission.ADMINISTER_FAMILY_NETWORKS)
    @PostMapping(ADMIN + "/holders")
    String grant(@ModelAttribute("holderForm") HolderForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.run(HolderForm.FIELDS, input -> budgets.grant(form.username(), form.level() == null ? -1 : form.level()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return settings(model, null);
        }
        redirect.addFlashAttribute("saved", "The manager’s approval level has been set");
        return "redirect:" + ADMIN;
    }

    private String settings(Model model, BudgetForm form) {
        SupportBudgets.YearBudget year = budgets.year(budgets.currentYear());
        model.addAttribute("budget", year);
        model.addAttribute("budgetForm", form != null ? form
                : new BudgetForm(year.version(), year.version() < 0 ? "" : Money.pounds(year.budgetPence()).replace("£", "")));
        model.addAttribute("levels", budgets.levels());
        model.addAttribute("holders", budgets.holders());
        model.addAttribute("levelOptions", budgets.levels().stream()
                .map(l -> new kith.shared.web.Option(String.valueOf(l.id()), l.name())).toList());
        if (!model.containsAttribute("holderForm")) {
            model.addAttribute("holderForm", new HolderForm(null, null));
        }
        return "networks/support-settings";
    }
}
