package kith.networks.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.networks.FamilyGroupDecision;
import kith.networks.FamilyGroupDecision.View;
import kith.networks.FamilyGroupDecisions;
import kith.networks.FgdmMeetings;
import kith.networks.FgdmOffers;
import kith.shared.IdempotencyKeys;
import kith.shared.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Family group decision making over JSON, with the conventions of every Kith API: problem details naming fields,
 * ETag and If-Match on each step, Idempotency-Key on the POST that creates one. Each step answers with the decision
 * as it is now.
 */
@RestController
class FgdmApi {

    private static final String WHAT = "Family group decision";

    private final FamilyGroupDecisions decisions;
    private final FgdmOffers offers;
    private final FgdmMeetings meetings;
    private final IdempotencyKeys idempotency;

    FgdmApi(FamilyGroupDecisions decisions, FgdmOffers offers, FgdmMeetings meetings, IdempotencyKeys idempotency) {
        this.decisions = decisions;
        this.offers = offers;
        this.meetings = meetings;
        this.idempotency = idempotency;
    }

    @GetMapping("/api/v1/people/{id}/fgdm")
    List<View> ofChild(@PathVariable UUID id) {
        return decisions.ofChild(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm")
    ResponseEntity<View> consider(@RequestBody FamilyGroupDecision.FgdmConsideration body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        UUID id = idempotency.createOnce(key, "POST /api/v1/fgdm", body, () -> decisions.consider(body)).id();
        View fgdm = decisions.open(id);
        return ResponseEntity.created(URI.create("/api/v1/fgdm/" + id)).eTag(IfMatch.etag(fgdm.version())).body(fgdm);
    }

    @GetMapping("/api/v1/fgdm/{id}")
    ResponseEntity<View> fgdm(@PathVariable UUID id) {
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm/{id}/offer")
    ResponseEntity<View> offer(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody FamilyGroupDecision.FgdmOffer body) {
        offers.offer(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm/{id}/answer")
    ResponseEntity<View> answer(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody FamilyGroupDecision.FgdmAnswer body) {
        offers.answer(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm/{id}/not-offering")
    ResponseEntity<View> notOffering(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody FamilyGroupDecision.FgdmNotOffering body) {
        offers.proposeNotOffering(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm/{id}/not-offering/decision")
    ResponseEntity<View> decideNotOffering(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody FamilyGroupDecision.FgdmNotOfferingDecision body) {
        offers.decideNotOffering(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm/{id}/coordinator")
    ResponseEntity<View> coordinator(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody FamilyGroupDecision.FgdmCoordinator body) {
        meetings.assignCoordinator(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm/{id}/preparation")
    ResponseEntity<View> preparation(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody FamilyGroupDecision.FgdmPreparation body) {
        meetings.prepare(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm/{id}/meeting")
    ResponseEntity<View> meeting(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody FamilyGroupDecision.FgdmMeeting body) {
        meetings.hold(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm/{id}/plan")
    ResponseEntity<View> plan(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody FamilyGroupDecision.FamilysPlanAgreement body) {
        meetings.agreePlan(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/fgdm/{id}/review")
    ResponseEntity<View> review(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody FamilyGroupDecision.FamilysPlanReview body) {
        meetings.review(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    private ResponseEntity<View> now(UUID id) {
        View fgdm = decisions.open(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(fgdm.version())).body(fgdm);
    }
}
