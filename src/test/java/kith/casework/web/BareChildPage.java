package kith.casework.web;

import java.util.UUID;
import kith.casework.Chronology;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.people.PersonManagement;
import kith.protection.ChildProtectionPlans;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The child's page without the page, for the load benchmark: the same four service calls as
 * {@link ChildPage}, so the same SQL and the same audit entry, answered with 204 and nothing rendered. What
 * the page costs beyond it is the model, Thymeleaf and the bytes. It exists only in tests that set
 * {@code kith.benchmark.bare-child-page}.
 */
@RestController
@ConditionalOnBooleanProperty("kith.benchmark.bare-child-page")
class BareChildPage {

    static final String PATH = "/benchmark/bare-child-page/";

    private final PersonManagement people;
    private final FamilyHelpEpisodes familyHelp;
    private final Chronology chronology;
    private final ChildProtectionPlans childProtection;

    BareChildPage(PersonManagement people, FamilyHelpEpisodes familyHelp, Chronology chronology,
            ChildProtectionPlans childProtection) {
        this.people = people;
        this.familyHelp = familyHelp;
        this.chronology = chronology;
        this.childProtection = childProtection;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<Void> child(@PathVariable UUID id) {
        var record = people.openRecord(id);
        familyHelp.summaryFor(record);
        childProtection.summaryFor(record);
        chronology.latest(record, ChildPage.LATEST);
        return ResponseEntity.noContent().build();
    }
}
