package kith.frontdoor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.frontdoor.ContactView;
import kith.frontdoor.Contacts;
import kith.frontdoor.FrontDoorTray;
import kith.frontdoor.InformationRequests;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.NewContact;
import kith.frontdoor.PossibleDuplicate;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralSource;
import kith.frontdoor.ReferralView;
import kith.frontdoor.Referrals;
import kith.frontdoor.Screening;
import kith.partnership.PartnershipDirectory;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.shared.web.Choice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front door's pages: the work tray, recording a contact, screening it (matching each child, the
 * threshold), and deciding a referral. Front-door screeners and managers, decided by the access policy in
 * the services.
 */
@Controller
@RequestMapping("/front-door")
class FrontDoorPages {

    private final Contacts contacts;
    private final Screening screening;
    private final Referrals referrals;
    private final InformationRequests requests;
    private final FrontDoorTray tray;
    private final PartnershipDirectory partnership;
    private final RecordAccess access;

    FrontDoorPages(Contacts contacts, Screening screening, Referrals referrals, InformationRequests requests,
            FrontDoorTray tray, PartnershipDirectory partnership, RecordAccess access) {
        this.contacts = contacts;
        this.screening = screening;
        this.referrals = referrals;
        this.requests = requests;
        this.tray = tray;
        this.partnership = partnership;
        this.access = access;
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
        return contactForm(model);
    }

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/contacts/new")
    String record(@ModelAttribute("form") ContactForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        access.checkMayWorkTheFrontDoor();
        try {
            ContactView contact = contacts.record(form.contact(null), form.isConfirmNotDuplicate());
            redirect.addFlashAttribute("saved", "The contact has been recorded");
            return "redirect:/front-door/contacts/" + contact.id();
        } catch (InvalidInput e) {
            Problems.reject(result, e);
        } catch (PossibleDuplicate e) {
            model.addAttribute("duplicate", e);
        }
        return contactForm(model);
    }

    private String contactForm(Model model) {
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("bases", sharingBases());
        model.addAttribute("partner", false);
        return "frontdoor/contact-form";
    }

    @GetMapping("/contacts/{id}")
    String contact(@PathVariable UUID id, Model model) {
        access.checkMayWorkTheFrontDoor();
        ContactView contact = contacts.open(id);
        model.addAttribute("contact", contact);
        List<ScreenedChild> children = new ArrayList<>();
        for (int i = 0; i < contact.children().size(); i++) {
            ContactView.Child child = contact.children().get(i);
            // A child linked to a record withheld from this user shows neither its history nor suggestions.
            children.add(new ScreenedChild(i, child,
                    child.personId() == null ? List.of() : referrals.history(child.personId()),
                    !child.linked() && contact.awaitingScreening() ? screening.suggestionsFor(id, i) : List.of()));
        }
        model.addAttribute("children", children);
        return "frontdoor/contact";
    }

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/contacts/{id}/children/{position}/link")
    String link(@PathVariable UUID id, @PathVariable int position, @RequestParam long version,
            @RequestParam(required = false) UUID personId, RedirectAttributes redirect) {
        try {
            screening.link(id, version, position, personId);
            redirect.addFlashAttribute("saved", "The child has been linked to their record");
        } catch (InvalidInput | StaleRecord e) {
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/front-door/contacts/" + id;
    }

    /**
     * A new record for the child. While people are suggested, the screener confirms that none of them is the
     * child; without that, the page is shown again with the error on the confirmation.
     */
    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/contacts/{id}/children/{position}/create")
    String create(@PathVariable UUID id, @PathVariable int position, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmNoneMatch, Model model, RedirectAttributes redirect) {
        try {
            screening.createRecordFor(id, version, position, confirmNoneMatch);
            redirect.addFlashAttribute("saved", "A new record has been created and linked");
        } catch (InvalidInput e) {
            if (e.problems().stream().anyMatch(p -> "confirmNoneMatch".equals(p.field()))) {
                model.addAttribute("confirmError", new ConfirmError(position, e.problems().get(0).message()));
                return contact(id, model);
            }
            redirect.addFlashAttribute("problem", message(e));
        } catch (StaleRecord e) {
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/front-door/contacts/" + id;
    }

    /** The screener tried to create a record for the child at {@code position} without confirming. */
    record ConfirmError(int position, String message) {}

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/contacts/{id}/threshold")
    String threshold(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            if ("REFERRAL".equals(outcome)) {
                List<UUID> created = screening.acceptAsReferral(id, version);
                redirect.addFlashAttribute("saved", "Accepted as a referral. Decide it within one working day");
                return "redirect:/front-door/referrals/" + created.get(0);
            }
            if (outcome == null) {
                throw new InvalidInput("outcome", "Select whether the threshold for a referral is met");
            }
            screening.closeWithoutReferral(id, version, Choice.of(ReferralDecision.class, "outcome", outcome), reason);
            redirect.addFlashAttribute("saved", "The contact has been closed");
            return "redirect:/front-door";
        } catch (InvalidInput | StaleRecord e) {
            redirect.addFlashAttribute("problem", message(e));
            return "redirect:/front-door/contacts/" + id;
        }
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable UUID id, Model model) {
        ReferralView referral = referrals.open(id);
        model.addAttribute("referral", referral);
        model.addAttribute("history", referrals.history(referral.childId()).stream()
                .filter(r -> !r.id().equals(id)).toList());
        model.addAttribute("requests", requests.forReferral(id));
        model.addAttribute("decisions", ReferralDecision.values());
        model.addAttribute("agencies", partnership.agencies().stream().filter(a -> !a.council()).toList());
        model.addAttribute("bases", sharingBases());
        // Family Help opens from a Family Help decision, by a manager (the button posts to Family Help).
        model.addAttribute("canOpenFamilyHelp", referral.decision() != null
                && referral.decision().opensFamilyHelp()
                && access.mayManageFamilyHelp());
        return "frontdoor/referral";
    }

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/referrals/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String lateReason,
            @RequestParam(defaultValue = "false") boolean referrerTold, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            ReferralDecision chosen = Choice.of(ReferralDecision.class, "decision", decision);
            referrals.decide(id, version, chosen, reason, lateReason, referrerTold);
            redirect.addFlashAttribute("saved", "The decision has been recorded");
            return "redirect:/front-door/referrals/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.problems());
        } catch (StaleRecord e) {
            response.setStatus(409);
            model.addAttribute("errors", List.of(new InvalidInput.Problem("decision",
                    "Someone else recorded a decision on this referral while you were deciding. Check it below.")));
        }
        model.addAttribute("entered", new Entered(decision, reason, lateReason));
        return referral(id, model);
    }

    /** What the user typed into the decision form, shown back when something needs correcting. */
    record Entered(String decision, String reason, String lateReason) {}

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/referrals/{id}/requests")
    String ask(@PathVariable UUID id, @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) String question, @RequestParam(required = false) Integer hours,
            @RequestParam(required = false) String lawfulBasis, Model model, RedirectAttributes redirect) {
        try {
            requests.ask(id, agencyId, question, hours, Choice.of(LawfulBasis.class, "lawfulBasis", lawfulBasis));
            redirect.addFlashAttribute("saved", "The request has been sent");
            return "redirect:/front-door/referrals/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("requestErrors", e.problems());
            return referral(id, model);
        }
    }

    static List<LawfulBasis> sharingBases() {
        return List.of(LawfulBasis.SAFEGUARDING, LawfulBasis.DUTY_TO_SHARE, LawfulBasis.VITAL_INTERESTS);
    }

    private static String message(RuntimeException e) {
        return e instanceof StaleRecord
                ? "Someone else changed this contact while you were working on it. Check it and try again."
                : e.getMessage();
    }

}
