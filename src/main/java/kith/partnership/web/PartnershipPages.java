package kith.partnership.web;

import java.util.UUID;
import kith.partnership.PartnershipDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The partnership directory: agencies and their practitioners. Council staff and administrators (route rule
 * in access); partners are refused.
 */
@Controller
class PartnershipPages {

    private final PartnershipDirectory directory;

    PartnershipPages(PartnershipDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/partnership")
    String agencies(Model model) {
        model.addAttribute("agencies", directory.agencies());
        return "partnership/agencies";
    }

    @GetMapping("/partnership/agencies/{id}")
    String agency(@PathVariable UUID id, Model model) {
        var agency = directory.agencies().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new kith.shared.RecordNotFound("Agency", id));
        model.addAttribute("agency", agency);
        model.addAttribute("practitioners", directory.practitionersOf(id));
        return "partnership/agency";
    }
}
