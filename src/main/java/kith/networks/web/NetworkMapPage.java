package kith.networks.web;

import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.networks.FamilyNetworks;
import kith.networks.NetworkMap;
import kith.people.PersonManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child's family and network: the ecomap (or, {@code ?view=genogram}, the genogram) drawn as SVG, and beside it a
 * table saying the same in words, for everyone. Who may see it is the services' to decide: whoever may open the
 * child's record (a partner only with a working relationship to the child); both reads are audited.
 */
@Controller
class NetworkMapPage {

    private final FamilyNetworks networks;
    private final PersonManagement people;
    private final RecordAccess access;

    NetworkMapPage(FamilyNetworks networks, PersonManagement people, RecordAccess access) {
        this.networks = networks;
        this.people = people;
        this.access = access;
    }

    @GetMapping("/people/{childId}/network")
    String map(@PathVariable UUID childId, @RequestParam(required = false) String view, Model model) {
        PersonManagement.OpenedRecord record = people.openRecord(childId);
        NetworkMap map = networks.map(childId);
        boolean genogram = "genogram".equals(view);
        model.addAttribute("person", record.person());
        model.addAttribute("restricted", record.restricted());
        model.addAttribute("map", map);
        model.addAttribute("genogram", genogram);
        model.addAttribute("drawing", genogram ? NetworkDrawing.genogram(map) : NetworkDrawing.ecomap(map));
        model.addAttribute("mayChange", access.holds(Permission.WORK_FAMILY_NETWORKS));
        return "networks/map";
    }
}
