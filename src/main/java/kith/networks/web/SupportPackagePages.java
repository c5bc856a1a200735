package kith.networks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.networks.SupportPackage;
import kith.networks.SupportPackages;
import kith.networks.web.SupportPackageForms.ApproveForm;
import kith.networks.web.SupportPackageForms.PaymentForm;
import kith.networks.web.SupportPackageForms.RefuseForm;
import kith.networks.web.SupportPackageForms.RequestForm;
import kith.networks.web.SupportPackageForms.ReviewForm;
import kith.people.Identities;
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
 * A child's support packages: the list, the request (items in rows on one page), and each package's page with the
 * manager's decision, the payments against it and its outcome reviews. A refused form is shown again with every
 * problem at its field; a decision on a package someone else decided first is a conflict (409).
 */
@Controller
class SupportPackagePages {

    private final SupportPackages packages;
    private final Identities identities;
    private final RecordAccess access;
    private final Forms forms;

    SupportPackagePages(SupportPackages packages, Identities identities, RecordAccess access, Forms forms) {
        this.packages = packages;
        this.identities = identities;
        this.access = access;
        this.forms = forms;
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @GetMapping("/people/{id}/support-packages")
    String list(@PathVariable("id") UUID childId, Model model) {
        model.addAttribute("lines", packages.forChild(childId));
        model.addAttribute("child", identities.show(childId, "support packages"));
        model.addAttribute("childId", childId);
        return "networks/support-packages";
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @GetMapping("/people/{id}/support-packages/new")
    String newRequest(@PathVariable("id") UUID childId, Model model) {
        return requestForm(model, childId, RequestForm.empty());
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/people/{id}/support-packages")
    String request(@PathVariable("id") UUID childId, @ModelAttribute("form") RequestForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UUID id;
        try {
            id = forms.write(RequestForm.FIELDS, input -> packages.request(childId, form.request(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return requestForm(model, childId, form);
        }
        redirect.addFlashAttribute("saved", "The support package has been requested");
        return "redirect:/support-packages/" + id;
    }

    private String requestForm(Model model, UUID childId, RequestForm form) {
        model.addAttribute("whyNot", packages.whyNot(childId).orElse(null));
        model.addAttribute("child", identities.show(childId, "support package request"));
        model.addAttribute("childId", childId);
        model.addAttribute("form", form);
        model.addAttribute("purposes", Option.of(SupportPackage.Purpose.values(), SupportPackage.Purpose::label));
        model.addAttribute("bases", java.util.List.of(
                new Option("FAMILY_GROUP_MEETING", "A family group meeting identified the support"),
                new Option("NO_NETWORK", "No family network could be found")));
        model.addAttribute("categories", Option.of(SupportPackage.Category.values(), SupportPackage.Category::label));
        return "networks/support-package-request";
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @GetMapping("/support-packages/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(model, id, PaymentForm.empty(), ReviewForm.empty(), null);
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_NETWORKS)
    @PostMapping("/support-packages/{id}/approve")
    String approve(@PathVariable UUID id, @ModelAttribute("approveForm") ApproveForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(ApproveForm.FIELDS, input -> packages.approve(id, form.version() == null ? -1 : form.version()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, id, PaymentForm.empty(), ReviewForm.empty(), null);
        }
        redirect.addFlashAttribute("saved", "The support package has been approved");
        return "redirect:/support-packages/" + id;
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_NETWORKS)
    @PostMapping("/support-packages/{id}/refuse")
    String refuse(@PathVariable UUID id, @ModelAttribute("refuseForm") RefuseForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(RefuseForm.FIELDS, input -> packages.refuse(id, form.version() == null ? -1 : form.version(),
                    form.reason()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, id, PaymentForm.empty(), ReviewForm.empty(), form);
        }
        redirect.addFlashAttribute("saved", "The support package has been refused");
        return "redirect:/support-packages/" + id;
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/support-packages/{id}/payments")
    String pay(@PathVariable UUID id, @ModelAttribute("paymentForm") PaymentForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(PaymentForm.FIELDS, input -> packages.pay(id, form.payment(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, id, form, ReviewForm.empty(), null);
        }
        redirect.addFlashAttribute("saved", "The payment has been recorded");
        return "redirect:/support-packages/" + id;
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/support-packages/{id}/reviews")
    String review(@PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.run(ReviewForm.FIELDS, input -> packages.review(id, form.months() == null ? 0 : form.months(),
                    form.reviewedOn(input), form.living(input), form.notes()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, id, PaymentForm.empty(), form, null);
        }
        redirect.addFlashAttribute("saved", "The outcome review has been recorded");
        return "redirect:/support-packages/" + id;
    }

    private String page(Model model, UUID id, PaymentForm payment, ReviewForm review, RefuseForm refuse) {
        SupportPackage.View view = packages.open(id);
        model.addAttribute("pkg", view);
        model.addAttribute("mayDecide", access.holds(Permission.MANAGE_FAMILY_NETWORKS));
        model.addAttribute("paymentForm", payment);
        model.addAttribute("reviewForm", review);
        model.addAttribute("refuseForm", refuse == null ? new RefuseForm(view.version(), null) : refuse);
        model.addAttribute("nextReview", view.reviews().stream().filter(r -> r.reviewedOn() == null).findFirst()
                .orElse(null));
        model.addAttribute("livings", Option.of(SupportPackage.Living.values(), SupportPackage.Living::label));
        return "networks/support-package";
    }
}
