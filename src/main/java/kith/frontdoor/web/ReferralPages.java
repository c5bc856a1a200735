package kith.frontdoor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.frontdoor.InformationRequests;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralView;
import kith.frontdoor.Referrals;
import kith.partnership.PartnershipDirectory;
import kith.shared.web.Difference;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A referral: its history, the decision within one working day, and requests to partner agencies for what they
 * know. A refused form shows the referral again with its errors and what was typed.
 */
@Controller
@RequestMapping("/front-door/referrals/{id}")
class ReferralPages {

    /** The decision on a referral. */
    record DecisionForm(Long version, String decision, String reason, String lateReason, String referrerTold) {
        static final FormFields FIELDS = FormFields.of("decision", "reason", "lateReason", "referrerTold");
    }

    /** A question to a partner agency. */
    record RequestForm(String agencyId, String question, String hours, String lawfulBasis) {
        static final FormFields FIELDS = FormFields.of("agencyId", "question", "hours", "lawfulBasis").in("request");
    }

    private final Referrals referrals;
    private final InformationRequests requests;
    private final PartnershipDirectory partnership;
    private final RecordAccess access;
    private final Forms forms;

    ReferralPages(Referrals referrals, InformationRequests requests, PartnershipDirectory partnership,
            RecordAccess access, Forms forms) {
        this.referrals = referrals;
        this.requests = requests;
        this.partnership = partnership;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String referral(@PathVariable UUID id, Model model) {
        ReferralView referral = referrals.open(id);
        model.addAttribute("referral", referral);
        model.addAttribute("history", referrals.history(referral.childId()).stream()
                .filter(r -> !r.id().equals(id)).toList());
        model.addAttribute("requests", requests.forReferral(id));
        model.addAttribute("decisions", Option.of(ReferralDecision.values(), ReferralDecision::label));
        model.addAttribute("agencies", Option.of(partnership.agencies().stream().filter(a -> !a.council()).toList(),
                a -> a.id().toString(), a -> a.name()));
        model.addAttribute("bases", Option.of(FrontDoorPages.sharingBases(), Enum::name, LawfulBasis::label));
        // Family Help opens from a Family Help decision, by a manager (the button posts to Family Help).
        model.addAttribute("canOpenFamilyHelp", referral.decision() != null
                && referral.decision().opensFamilyHelp()
                && access.mayManageFamilyHelp());
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm(referral.version(), null, null, null, null));
        }
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", new RequestForm(null, null, "4", LawfulBasis.SAFEGUARDING.name()));
        }
        return "frontdoor/referral";
    }

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/decision")
    String decide(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(DecisionForm.FIELDS, input -> referrals.decide(id, form.version() == null ? -1 : form.version(),
                    input.choice(ReferralDecision.class, "decision", form.decision(), "Select one of the decisions"),
                    form.reason(), form.lateReason(), "true".equals(form.referrerTold())));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            if (refused.conflict()) {
                // Their decision is on the page; what this user chose and wrote is shown beside it, not lost.
                ReferralView now = referrals.open(id);
                model.addAttribute("differences", Difference.only(List.of(
                        new Difference("Decision", now.decision() == null ? null : now.decision().label(),
                                labelOf(form.decision())),
                        new Difference("Reason for the decision", now.decisionReason(), form.reason()))));
            }
            return referral(id, model);
        }
        redirect.addFlashAttribute("saved", "The decision has been recorded");
        return "redirect:/front-door/referrals/" + id;
    }

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/requests")
    String ask(@PathVariable UUID id, @ModelAttribute("requestForm") RequestForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(RequestForm.FIELDS, input -> requests.ask(id,
                    input.id("agencyId", form.agencyId(), "Select the partner agency to ask"), form.question(),
                    input.number("hours", form.hours(), "Enter how many hours they have to answer, as a number from 1 to 240"),
                    input.choice(LawfulBasis.class, "lawfulBasis", form.lawfulBasis(), "Select the lawful basis for sharing")));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return referral(id, model);
        }
        redirect.addFlashAttribute("saved", "The request has been sent");
        return "redirect:/front-door/referrals/" + id;
    }

    private static String labelOf(String decision) {
        for (ReferralDecision option : ReferralDecision.values()) {
            if (option.name().equals(decision)) {
                return option.label();
            }
        }
        return decision;
    }
}
