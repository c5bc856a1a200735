package kith.networks.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.networks.Kinship;
import kith.networks.KinshipCare;
import kith.people.PersonManagement;
import kith.shared.IdempotencyKeys;
import kith.shared.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kinship care over JSON, with the conventions of every Kith API: the network options considered for a child, a
 * placement outside the network (refused until options are recorded), and kinship arrangements with their kinship
 * allowance checklist. The council's work, as on the pages.
 */
@RestController
class KinshipApi {

    private final KinshipCare kinship;
    private final IdempotencyKeys idempotency;

    private final PersonManagement people;

    KinshipApi(KinshipCare kinship, IdempotencyKeys idempotency, PersonManagement people) {
        this.people = people;
        this.kinship = kinship;
        this.idempotency = idempotency;
    }

    /** A child's kinship care: the options considered and the arrangements, each with its allowance checklist. */
    record KinshipCareOfChild(List<Kinship.Option> options, List<Kinship.Arrangement> arrangements) {}

    record PlacementOutsideTheNetwork(LocalDate placedOn, String reason) {}

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @GetMapping("/api/v1/people/{id}/kinship")
    KinshipCareOfChild ofChild(@PathVariable UUID id) {
        List<Kinship.Option> options = kinship.options(id);
        List<Kinship.Arrangement> arrangements = kinship.arrangements(id);
        // Nothing found may mean nobody by that id: asked after the access checks, which tell a stranger nothing.
        if (options.isEmpty() && arrangements.isEmpty() && !people.exists(id)) {
            throw new RecordNotFound("Person", id);
        }
        return new KinshipCareOfChild(options, arrangements);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/people/{id}/kinship/options")
    ResponseEntity<KinshipCareOfChild> considerOption(@PathVariable UUID id, @RequestBody Kinship.NewOption body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        idempotency.createOnce(key, "POST /api/v1/people/" + id + "/kinship/options", body,
                () -> kinship.considerOption(id, body));
        return created(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/people/{id}/kinship/placements-outside-the-network")
    ResponseEntity<KinshipCareOfChild> placeOutside(@PathVariable UUID id, @RequestBody PlacementOutsideTheNetwork body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        idempotency.createOnce(key, "POST /api/v1/people/" + id + "/kinship/placements-outside-the-network", body,
                () -> kinship.placeOutsideTheNetwork(id, body.placedOn(), body.reason()));
        return created(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/people/{id}/kinship/arrangements")
    ResponseEntity<KinshipCareOfChild> arrange(@PathVariable UUID id, @RequestBody Kinship.NewArrangement body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        idempotency.createOnce(key, "POST /api/v1/people/" + id + "/kinship/arrangements", body,
                () -> kinship.arrange(id, body).id());
        return created(id);
    }

    private ResponseEntity<KinshipCareOfChild> created(UUID child) {
        return ResponseEntity.created(URI.create("/api/v1/people/" + child + "/kinship")).body(ofChild(child));
    }
}
