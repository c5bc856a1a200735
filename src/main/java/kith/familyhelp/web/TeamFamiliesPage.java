package kith.familyhelp.web;

import kith.familyhelp.TeamFamilies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Your team's families: team managers only (the service refuses anyone else, and the refusal is audited). */
@Controller
class TeamFamiliesPage {

    private final TeamFamilies teamFamilies;

    TeamFamiliesPage(TeamFamilies teamFamilies) {
        this.teamFamilies = teamFamilies;
    }

    @GetMapping("/family-help/team")
    String team(Model model) {
        model.addAttribute("families", teamFamilies.ofMyTeam());
        return "familyhelp/team";
    }
}
