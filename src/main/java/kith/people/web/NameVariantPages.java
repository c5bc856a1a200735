package kith.people.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kith.people.matching.CouncilNameVariants;
import jakarta.servlet.http.HttpServletResponse;
import kith.shared.RecordNotFound;
import kith.shared.Today;
import kith.shared.web.FormFields;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
    record VariantForm(String name, String variant, String reason) {
        static final FormFields FIELDS = FormFields.of("name", "variant", "reason");
    }



    private final CouncilNameVariants variants;
    private final Forms forms;

    NameVariantPages(CouncilNameVariants variants, Forms forms) {
        this.variants = variants;
        this.forms = forms;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new VariantForm(null, null, null));
        }
        model.addAttribute("variants", variants.all().stream()
                .map(v -> new VariantRow(v.name(), v.variant(), v.reason(), v.addedBy() + ", " + ADDED.format(v.addedAt())))
                .toList());
        return "people/name-variants";
    }

    @PostMapping
    String add(@ModelAttribute("form") VariantForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.run(VariantForm.FIELDS, input -> variants.add(form.name(), form.variant(), form.reason()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model);
        }
        redirect.addFlashAttribute("saved", form.variant().trim() + " is now a variant of " + form.name().trim());
        return "redirect:/admin/name-variants";
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
}
