package kith.insights.census.web;

import jakarta.servlet.http.HttpServletResponse;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.census.CensusSettings;
import kith.shared.web.FormFields;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import kith.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the CIN census settings: whether the export includes the 2026-27 block. */
@Controller
class CensusSettingsPages {

    static final String PATH = "/admin/returns/cin-census";

    /** The form: the version the administrator saw, and yes or no. */
    record SettingsForm(Long version, String preProceedingsBlock) {
        static final FormFields FIELDS = FormFields.of("preProceedingsBlock");
    }

    private final CensusSettings settings;
    private final Forms forms;

    CensusSettingsPages(CensusSettings settings, Forms forms) {
        this.settings = settings;
        this.forms = forms;
    }

    @RequiresPermission(Permission.ADMINISTER_RETURNS)
    @GetMapping(PATH)
    String page(Model model) {
        CensusSettings.Setting setting = settings.setting();
        return page(model, new SettingsForm(setting.version(), setting.preProceedingsBlock() ? "yes" : "no"));
    }

    @RequiresPermission(Permission.ADMINISTER_RETURNS)
    @PostMapping(PATH)
    String change(@ModelAttribute("form") SettingsForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.run(SettingsForm.FIELDS, input -> {
                String answer = form.preProceedingsBlock() == null ? "" : form.preProceedingsBlock().trim();
                if (!answer.equals("yes") && !answer.equals("no")) {
                    // Read as "no" for the service, whose write is then rolled back with this problem shown.
                    input.problem("preProceedingsBlock", "Select yes if the census should include pre-proceedings and FGDM");
                }
                settings.change(form.version() == null ? -1 : form.version(), answer.equals("yes"));
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, new SettingsForm(settings.setting().version(), form.preProceedingsBlock()));
        }
        redirect.addFlashAttribute("saved", "The CIN census settings have been saved");
        return "redirect:" + PATH;
    }

    private String page(Model model, SettingsForm form) {
        model.addAttribute("setting", settings.setting());
        model.addAttribute("form", form);
        model.addAttribute("yesNo", java.util.List.of(new Option("yes", "Yes"), new Option("no", "No")));
        return "insights/census-settings";
    }
}
