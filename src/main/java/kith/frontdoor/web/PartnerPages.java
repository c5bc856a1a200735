package kith.frontdoor.web;

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
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.shared.Today;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
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
    private final Today today;

    PartnerPages(Contacts contacts, InformationRequests requests, RecordAccess access, Today today) {
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
    String check(@ModelAttribute("form") ContactForm form, BindingResult result, Model model, HttpSession session) {
        access.checkIsPartner();
        try {
            // The partner is the referrer (filled in on submission); check the rest now, so that the
            // check-answers page holds no surprises.
            form.contact(null).asFromPartnerPlaceholder().check(today.date());
        } catch (InvalidInput e) {
            Problems.reject(result, e);
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
    String submit(@RequestParam(defaultValue = "false") boolean confirmNotDuplicate, Model model, HttpSession session,
            RedirectAttributes redirect) {
        access.checkIsPartner();
        if (!(session.getAttribute(PENDING) instanceof ContactForm form)) {
            return "redirect:/referrals/new";
        }
        try {
            ContactView sent = contacts.submitAsPartner(form.contact(null), confirmNotDuplicate);
            session.removeAttribute(PENDING);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/referrals/" + sent.id();
        } catch (PossibleDuplicate e) {
            model.addAttribute("form", form);
            model.addAttribute("duplicate", e);
            return "frontdoor/partner-check";
        } catch (InvalidInput e) {
            BindingResult result = new BeanPropertyBindingResult(form, "form");
            Problems.reject(result, e);
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
            return partnerForm(model);
        }
    }

    @GetMapping("/referrals/{id}")
    String submission(@PathVariable UUID id, Model model) {
        model.addAttribute("contact", contacts.open(id));
        return "frontdoor/partner-submission";
    }

    private String partnerForm(Model model) {
        model.addAttribute("partner", true);
        model.addAttribute("bases", FrontDoorPages.sharingBases());
        return "frontdoor/contact-form";
    }

    @GetMapping("/information-requests")
    String inbox(Model model) {
        model.addAttribute("requests", requests.forMyAgency());
        return "frontdoor/partner-requests";
    }

    @GetMapping("/information-requests/{id}")
    String request(@PathVariable UUID id, Model model) {
        model.addAttribute("request", requests.openForAnswer(id));
        return "frontdoor/partner-request";
    }

    @RequiresPermission(Permission.USE_PARTNER_PAGES)
    @PostMapping("/information-requests/{id}")
    String answer(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String answer,
            Model model, RedirectAttributes redirect) {
        try {
            requests.answer(id, version, answer);
            redirect.addFlashAttribute("saved", "Your answer has been sent to the front door");
            return "redirect:/information-requests";
        } catch (InvalidInput | StaleRecord e) {
            InformationRequestView current = requests.openForAnswer(id);
            model.addAttribute("request", current);
            model.addAttribute("answer", answer);
            model.addAttribute("errors", List.of(new InvalidInput.Problem("answer", e instanceof StaleRecord
                    ? "Someone else at your agency answered this request first" : e.getMessage())));
            return "frontdoor/partner-request";
        }
    }
}
