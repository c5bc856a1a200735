package kith.networks.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.networks.PreProceeding;
import kith.networks.PreProceeding.View;
import kith.networks.PreProceedings;
import kith.networks.PreProceedingsCensus;
import kith.networks.PreProceedingsSteps;
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
 * Pre-proceedings over JSON, with the conventions of every Kith API. A letter recorded without the offer of a
 * meeting before s31ZA commences answers with its warning in the record ({@code letterWarning}).
 */
@RestController
class PreProceedingsApi {

    private static final String WHAT = "Pre-proceedings";

    private final PreProceedings preProceedings;
    private final PreProceedingsSteps steps;
    private final PreProceedingsCensus census;
    private final IdempotencyKeys idempotency;

    PreProceedingsApi(PreProceedings preProceedings, PreProceedingsSteps steps, PreProceedingsCensus census,
            IdempotencyKeys idempotency) {
        this.preProceedings = preProceedings;
        this.steps = steps;
        this.census = census;
        this.idempotency = idempotency;
    }

    @GetMapping("/api/v1/people/{id}/pre-proceedings")
    List<View> ofChild(@PathVariable UUID id) {
        return preProceedings.ofChild(id);
    }

    /** The child's CIN census PreProceedingsandFGDM block (404 when they have not been in pre-proceedings). */
    @GetMapping("/api/v1/people/{id}/pre-proceedings/cin-census")
    ResponseEntity<PreProceeding.CinPreProceedings> cin(@PathVariable UUID id) {
        return ResponseEntity.ok(census.forChild(id)
                .orElseThrow(() -> new kith.shared.RecordNotFound("Pre-proceedings of the child", id)));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/pre-proceedings")
    ResponseEntity<View> start(@RequestBody PreProceeding.PpStart body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        UUID id = idempotency.createOnce(key, "POST /api/v1/pre-proceedings", body, () -> preProceedings.start(body)).id();
        View pp = preProceedings.open(id);
        return ResponseEntity.created(URI.create("/api/v1/pre-proceedings/" + id)).eTag(IfMatch.etag(pp.version()))
                .body(pp);
    }

    @GetMapping("/api/v1/pre-proceedings/{id}")
    ResponseEntity<View> preProceedings(@PathVariable UUID id) {
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/pre-proceedings/{id}/legal-planning-meeting")
    ResponseEntity<View> lpm(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody PreProceeding.PpLegalPlanningMeeting body) {
        preProceedings.legalPlanningMeeting(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/pre-proceedings/{id}/letter")
    ResponseEntity<View> letter(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody PreProceeding.PpLetter body) {
        preProceedings.sendLetter(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/pre-proceedings/{id}/meetings")
    ResponseEntity<View> meeting(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody PreProceeding.PpMeeting body) {
        steps.meeting(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/pre-proceedings/{id}/step-decision")
    ResponseEntity<View> stepDecision(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody PreProceeding.PpStepDecision body) {
        steps.stepDecision(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/pre-proceedings/{id}/court-application")
    ResponseEntity<View> court(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody PreProceeding.PpCourtApplication body) {
        steps.courtApplication(id, IfMatch.version(ifMatch, WHAT, id), body);
        return now(id);
    }

    private ResponseEntity<View> now(UUID id) {
        View pp = preProceedings.open(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(pp.version())).body(pp);
    }
}
