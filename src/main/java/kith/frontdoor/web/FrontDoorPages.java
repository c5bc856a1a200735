package kith.frontdoor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.frontdoor.ContactView;
import kith.frontdoor.Contacts;
import kith.frontdoor.FrontDoorTray;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.NewContact;
import kith.frontdoor.PossibleDuplicate;
import kith.frontdoor.ReferralSource;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import kith.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front door's work tray and recording a contact. Screening a contact is {@link ScreeningPages}, deciding a
 * referral {@link ReferralPages}. Front-door screeners and managers, decided by the access policy in the services.
 */
@Controller
@RequestMapping("/front-door")
class FrontDoorPages {

    private final Contacts contacts;
    private final FrontDoorTray tray;
    private final RecordAccess access;
    private final Forms forms;

    FrontDoorPages(Contacts contacts, FrontDoorTray tray, RecordAccess access, Forms forms) {
        this.contacts = contacts;
        this.tray = tray;
        this.access = access;
        this.forms = forms;
    }

    /** Binds children[0] to children[19] only: a field such as children[99999] is refused, not allocated. */
    @InitBinder("form")
    void bindChildren(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(NewContact.MAX_CHILDREN);
    }

    @GetMapping
    String tray(@RequestParam(required = false) String kind, @RequestParam(required = false) String due,
            @RequestParam(required = false) String sort, Model model) {
        FrontDoorTray.Kind chosen = null;
        for (FrontDoorTray.Kind k : FrontDoorTray.Kind.values()) {
            if (k.name().equals(kind)) {
                chosen = k;
            }
        }
        var filter = new FrontDoorTray.Filter(chosen, due, sort);
        model.addAttribute("items", tray.items(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", FrontDoorTray.Kind.values());
        return "frontdoor/tray";
    }

    @GetMapping("/contacts/new")
    String newContact(Model model) {
        access.checkMayWorkTheFrontDoor();
        model.addAttribute("form", new ContactForm());
        return contactForm(model, false);
    }

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/contacts/new")
    String record(@ModelAttribute("form") ContactForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.checkMayWorkTheFrontDoor();
        ContactView contact;
        try {
            contact = forms.write(ContactForm.FIELDS,
                    input -> contacts.record(form.contact(input, null), form.isConfirmNotDuplicate()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return contactForm(model, false);
        } catch (PossibleDuplicate e) {
            model.addAttribute("duplicate", e);
            return contactForm(model, false);
        }
        redirect.addFlashAttribute("saved", "The contact has been recorded");
        return "redirect:/front-door/contacts/" + contact.id();
    }

    /** The contact form, for the front door or (for {@code partner}) a partner making a referral. */
    static String contactForm(Model model, boolean partner) {
        model.addAttribute("sources", Option.of(List.of(ReferralSource.values()), ReferralSource::code,
                s -> s.code() + " " + s.label()));
        model.addAttribute("bases", Option.of(sharingBases(), Enum::name, LawfulBasis::label));
        model.addAttribute("referrerKinds", List.of(new Option("AGENCY", "A professional"),
                new Option("INDIVIDUAL", "A member of the public or the family"), new Option("ANONYMOUS", "Anonymous")));
        model.addAttribute("partner", partner);
        return "frontdoor/contact-form";
    }

    static List<LawfulBasis> sharingBases() {
        return List.of(LawfulBasis.SAFEGUARDING, LawfulBasis.DUTY_TO_SHARE, LawfulBasis.VITAL_INTERESTS);
    }
}
