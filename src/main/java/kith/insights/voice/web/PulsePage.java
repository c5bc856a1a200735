package kith.insights.voice.web;

import jakarta.servlet.http.HttpServletResponse;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.voice.Question;
import kith.insights.voice.StaffPulse;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monthly staff pulse survey, for staff who work with families; once answered, it says so until next month. */
@Controller
class PulsePage {

    static final String PATH = "/pulse";

    private final StaffPulse pulse;
    private final Forms forms;

    PulsePage(StaffPulse pulse, Forms forms) {
        this.pulse = pulse;
        this.forms = forms;
    }

    @RequiresPermission(Permission.TAKE_PULSE_SURVEY)
    @GetMapping(PATH)
    String form(Model model) {
        return page(SurveyForm.empty(), model);
    }

    @RequiresPermission(Permission.TAKE_PULSE_SURVEY)
    @PostMapping(PATH)
    String answer(@ModelAttribute("form") SurveyForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.run(SurveyForm.STAFF, input -> pulse.answer(form.answers(input, Question.STAFF)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(form, model);
        }
        redirect.addFlashAttribute("thanked", true);
        return "redirect:" + PATH;
    }

    private String page(SurveyForm form, Model model) {
        model.addAttribute("answered", pulse.answeredThisMonth());
        model.addAttribute("form", form);
        model.addAttribute("questions", Question.STAFF);
        model.addAttribute("scale", SurveyForm.SCALE);
        return "insights/voice/pulse";
    }
}
