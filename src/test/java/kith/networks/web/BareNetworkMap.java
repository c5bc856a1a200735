package kith.networks.web;

import java.util.UUID;
import kith.networks.FamilyNetworks;
import kith.people.PersonManagement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network map without the page, for the load benchmark: the same service calls as {@link NetworkMapPage} (so the
 * same SQL and audit entries) and the same drawing worked out, answered with 204 and nothing rendered. What the page
 * costs beyond it is Thymeleaf and the bytes. It exists only in tests that set {@code kith.benchmark.bare-network-map}.
 */
@RestController
@ConditionalOnBooleanProperty("kith.benchmark.bare-network-map")
class BareNetworkMap {

    static final String PATH = "/benchmark/bare-network-map/";

    private final PersonManagement people;
    private final FamilyNetworks networks;

    BareNetworkMap(PersonManagement people, FamilyNetworks networks) {
        this.people = people;
        this.networks = networks;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<Void> map(@PathVariable UUID id) {
        people.openRecord(id);
        NetworkDrawing.ecomap(networks.map(id));
        return ResponseEntity.noContent().build();
    }
}
