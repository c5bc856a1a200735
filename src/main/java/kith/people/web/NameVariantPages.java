package kith.people.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kith.people.matching.CouncilNameVariants;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.Today;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the council's own given-name variants for person matching: the ones added, adding
 * one and removing one. Administrators only (the {@code /admin/**} route rule in access, and the service's check).
 */
@Controller
@RequestMapping("/admin/name-variants")
class NameVariantPages {

    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(Today.LONDON);

    /** A variant as the page lists it. */
    record VariantRow(String name, String variant, String reason, String added) {}

    /** What the administrator typed. */
    public static class VariantForm {
        private String name;
        private String variant;
        private String reason;

        public String getName() { return name; }
        public void setName(String value) { this.name = value; }
        public String getVariant() { return variant; }
        public void setVariant(String value) { this.variant = value; }
        public String getReason() { return reason; }
        public void setReason(String value) { this.reason = value; }
    }

    private final CouncilNameVariants variants;

    NameVariantPages(CouncilNameVariants variants) {
        this.variants = variants;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", new VariantForm());
        return show(model, false);
    }

    @PostMapping
    String add(@ModelAttribute("form") VariantForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            variants.add(form.getName(), form.getVariant(), form.getReason());
            redirect.addFlashAttribute("saved", form.getVariant().trim() + " is now a variant of " + form.getName().trim());
            return "redirect:/admin/name-variants";
        } catch (InvalidInput e) {
            for (InvalidInput.Problem problem : e.problems()) {
                result.rejectValue(problem.field(), "invalid", problem.message());
            }
            return show(model, true);
        }
    }

    @PostMapping("/remove")
    String remove(@RequestParam String name, @RequestParam String variant, RedirectAttributes redirect) {
        try {
            variants.remove(name, variant);
            redirect.addFlashAttribute("saved", variant + " is no longer a variant of " + name);
        } catch (RecordNotFound e) {
            redirect.addFlashAttribute("problem", "Your council has no such variant. It may have been removed already.");
        }
        return "redirect:/admin/name-variants";
    }

    private String show(Model model, boolean invalid) {
        model.addAttribute("invalid", invalid);
        model.addAttribute("variants", variants.all().stream()
                .map(v -> new VariantRow(v.name(), v.variant(), v.reason(), v.addedBy() + ", " + ADDED.format(v.addedAt())))
                .toList());
        return "people/name-variants";
    }
}
