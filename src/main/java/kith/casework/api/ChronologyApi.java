package kith.casework.api;

import java.util.List;
import java.util.UUID;
import kith.casework.Chronology;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's chronology over JSON, newest first, a page at a time, through the same {@link Chronology} as the
 * page: refused (and audited) unless the user may open the child's record, audited as a view. A child protection
 * entry comes in outline (its title only, no detail or link) to a user who may not open the child's child
 * protection records, as on the page.
 */
@RestController
class ChronologyApi {

    private final Chronology chronology;

    ChronologyApi(Chronology chronology) {
        this.chronology = chronology;
    }

    /**
     * One page of the chronology.
     *
     * @param kind only entries of these kinds (REFERRAL, REFERRAL_DECISION, FAMILY_HELP, LEAD_PRACTITIONER,
     *     ASSESSMENT, FAMILY_PLAN, PLAN_REVIEW, VISIT, CHILD_PROTECTION, STRATEGY_DISCUSSION, SECTION_47_ENQUIRY,
     *     CONFERENCE, CHILD_PROTECTION_PLAN, CORE_GROUP, CLOSURE); none for every kind
     * @param page the page, from 1
     * @param size entries a page, 1 to 100
     */
    @GetMapping("/api/v1/people/{id}/chronology")
    Chronology.Page chronology(@PathVariable UUID id, @RequestParam(name = "kind", required = false) List<String> kind,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        return chronology.page(id, kind, page, size);
    }
}
