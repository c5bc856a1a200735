package kith.casework.web;

import java.util.Set;
import java.util.UUID;
import kith.casework.Chronology;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.people.PersonManagement;
import kith.protection.ChildProtectionPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The child's page: who the child is, who is working with the family, what the plan is and what is due (the Family
 * Help plan, and a child protection plan or enquiry), and the latest of the chronology, on one screen. Six SQL
 * statements for the council (an access check, the record, its audit entry, the Family Help summary, the child
 * protection summary, the chronology), however long the history; a partner's page with child protection work asks
 * the policy up to twice more whether they may open it (for the summary's link and the chronology's). A test counts
 * them.
 */
@Controller
class ChildPage {

    static final int LATEST = 20;

    private final PersonManagement people;
    private final FamilyHelpEpisodes familyHelp;
    private final Chronology chronology;
    private final ChildProtectionPlans childProtection;
    private final kith.access.RecordAccess access;

    ChildPage(PersonManagement people, FamilyHelpEpisodes familyHelp, Chronology chronology,
            ChildProtectionPlans childProtection, kith.access.RecordAccess access) {
        this.access = access;
        this.people = people;
        this.familyHelp = familyHelp;
        this.chronology = chronology;
        this.childProtection = childProtection;
    }

    @GetMapping("/people/{id}")
    String child(@PathVariable UUID id, Model model) {
        PersonManagement.OpenedRecord record = people.openRecord(id);
        model.addAttribute("person", record.person());
        model.addAttribute("restricted", record.restricted());
        model.addAttribute("proposedCorrections", record.proposedCorrections());
        model.addAttribute("familyHelp", familyHelp.summaryFor(record).orElse(null));
        model.addAttribute("childProtection", childProtection.summaryFor(record).orElse(null));
        model.addAttribute("entries", chronology.latest(record, LATEST));
        model.addAttribute("chosen", Set.of());
        // The links to support packages and kinship care follow the permission those pages need, not a role list.
        model.addAttribute("familyNetworkWork", access.mayDoFamilyNetworkWork());
        return "casework/child";
    }
}
