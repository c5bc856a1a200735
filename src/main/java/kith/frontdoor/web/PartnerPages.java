package kith.frontdoor.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.frontdoor.ContactView;
import kith.frontdoor.Contacts;
import kith.frontdoor.InformationRequestView;
import kith.frontdoor.InformationRequests;
import kith.frontdoor.NewContact;
import kith.frontdoor.PossibleDuplicate;
import kith.shared.Today;
import kith.shared.web.Difference;
import kith.shared.web.FormFields;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's narrow Kith: submit a referral (form, check answers, confirmation), see their own submissions
 * and the outcome, and answer requests for information sent to their agency. Partner practitioners only.
 */
@Controller
class PartnerPages {

    static final String PENDING = "kith.pendingReferral";

    private final Contacts contacts;
    private final InformationRequests requests;
    private final RecordAccess access;
    private final Forms forms;
    private final Today today;

    PartnerPages(Contacts contacts, InformationRequests requests, RecordAccess access, Forms forms, Today today) {
        this.forms = forms;
        this.today = today;
        this.contacts = contacts;
        this.requests = requests;
        this.access = access;
    }

    /** Binds children[0] to children[19] only: a field such as children[99999] is refused, not allocated. */
    @InitBinder("form")
    void bindChildren(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(NewContact.MAX_CHILDREN);
    }

    @GetMapping("/referrals")
    String mine(Model model) {
        model.addAttribute("submissions", contacts.mySubmissions());
        return "frontdoor/partner-referrals";
    }

    @GetMapping("/referrals/new")
    String form(Model model, HttpSession session) {
        access.checkIsPartner();
        Object pending = session.getAttribute(PENDING);
        model.addAttribute("form", pending instanceof ContactForm form ? form : new ContactForm());
        return partnerForm(model);
    }

    @RequiresPermission(Permission.USE_PARTNER_PAGES)
    @PostMapping("/referrals/new")
    String check(@ModelAttribute("form") ContactForm form, Model model, HttpServletResponse response, HttpSession session) {
        access.checkIsPartner();
        try {
            // The partner is the referrer (filled in on submission); check the rest now, so that the
            // check-answers page holds no surprises.
            forms.run(ContactForm.FIELDS, input -> form.contact(input, null).asFromPartnerPlaceholder().check(today.date()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return partnerForm(model);
        }
        session.setAttribute(PENDING, form);
        return "redirect:/referrals/check";
    }

    @GetMapping("/referrals/check")
    String checkAnswers(Model model, HttpSession session) {
        access.checkIsPartner();
        if (!(session.getAttribute(PENDING) instanceof ContactForm form)) {
            return "redirect:/referrals/new";
        }
        model.addAttribute("form", form);
        return "frontdoor/partner-check";
    }

    @RequiresPermission(Permission.USE_PARTNER_PAGES)
    @PostMapping("/referrals/check")
    String submit(@RequestParam(defaultValue = "false") boolean confirmNotDuplicate, Model model,
            HttpServletResponse response, HttpSession session, RedirectAttributes redirect) {
        access.checkIsPartner();
        if (!(session.getAttribute(PENDING) instanceof ContactForm form)) {
            return "redirect:/referrals/new";
        }
        ContactView sent;
        try {
            sent = forms.write(ContactForm.FIELDS,
                    input -> contacts.submitAsPartner(form.contact(input, null), confirmNotDuplicate));
        } catch (PossibleDuplicate e) {
            model.addAttribute("form", form);
            model.addAttribute("duplicate", e);
            return "frontdoor/partner-check";
        } catch (FormRefused refused) {
            // Something changed since the check (a rule): back to the form, with everything typed and the errors.
            refused.shownOn(model, response);
            model.addAttribute("form", form);
            return partnerForm(model);
        }
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/referrals/" + sent.id();
    }

    @GetMapping("/referrals/{id}")
    String submission(@PathVariable UUID id, Model model) {
        model.addAttribute("contact", contacts.open(id));
        return "frontdoor/partner-submission";
    }

    private static String partnerForm(Model model) {
        return FrontDoorPages.contactForm(model, true);
    }

    @GetMapping("/information-requests")
    String inbox(Model model) {
        model.addAttribute("requests", requests.forMyAgency());
        return "frontdoor/partner-requests";
    }

    @GetMapping("/information-requests/{id}")
    String request(@PathVariable UUID id, Model model) {
        InformationRequestView request = requests.openForAnswer(id);
        model.addAttribute("request", request);
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm(request.version(), null));
        }
        return "frontdoor/partner-request";
    }

    /** A partner's answer to a request for information. */
    record AnswerForm(Long version, String answer) {
        static final FormFields FIELDS = FormFields.of("answer");
    }

    @RequiresPermission(Permission.USE_PARTNER_PAGES)
    @PostMapping("/information-requests/{id}")
    String answer(@PathVariable UUID id, @ModelAttribute("answerForm") AnswerForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(AnswerForm.FIELDS, input -> requests.answer(id, form.version() == null ? -1 : form.version(),
                    form.answer()));
        } catch (FormRefused refused) {
            // A conflict: someone else at the agency answered first; their answer is on the page, this one in the form.
            refused.shownOn(model, response);
            if (refused.conflict()) {
                model.addAttribute("differences", Difference.only(List.of(new Difference("The answer",
                        requests.openForAnswer(id).answer(), form.answer()))));
            }
            return request(id, model);
        }
        redirect.addFlashAttribute("saved", "Your answer has been sent to the front door");
        return "redirect:/information-requests";
    }
}
