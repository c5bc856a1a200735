package kith.familyhelp.web;

import java.util.UUID;
import kith.familyhelp.RecordedVisits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A recorded visit, read back: linked from the episode's visits and from the chronology. Whoever may open the
 * episode may read it; the service refuses anyone else and audits the view.
 */
@Controller
class VisitPage {

    private final RecordedVisits visits;

    VisitPage(RecordedVisits visits) {
        this.visits = visits;
    }

    @GetMapping("/family-help/visits/{id}")
    String visit(@PathVariable UUID id, Model model) {
        model.addAttribute("visit", visits.open(id));
        return "familyhelp/visit";
    }
}
