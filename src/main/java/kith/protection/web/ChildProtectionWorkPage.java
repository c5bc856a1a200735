package kith.protection.web;

import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.protection.FamilyChildProtection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Child protection for this family": everything child protection has done with a family, from their Family Help
 * episode's page, with what the user may start next. Who may see it, and which of the children's work, is the
 * service's to decide (a partner only through their place in the team or the core group).
 */
@Controller
class ChildProtectionWorkPage {

    private final FamilyChildProtection work;
    private final RecordAccess access;

    ChildProtectionWorkPage(FamilyChildProtection work, RecordAccess access) {
        this.work = work;
        this.access = access;
    }

    @GetMapping("/child-protection/episodes/{episodeId}")
    String work(@PathVariable UUID episodeId, Model model) {
        FamilyChildProtection.View view = work.open(episodeId);
        model.addAttribute("work", view);
        // Recording needs every child of the family (the discussion's service opens them all): offered only then.
        model.addAttribute("mayRecord", view.episodeOpen() && view.familyHelpOpenable()
                && access.holds(Permission.WORK_CHILD_PROTECTION));
        return "protection/work";
    }
}
