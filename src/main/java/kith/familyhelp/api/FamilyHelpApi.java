package kith.familyhelp.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.familyhelp.AssessmentContent;
import kith.familyhelp.AssessmentView;
import kith.familyhelp.Assessments;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpAllocation;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyHelpOpening;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.PlanContent;
import kith.familyhelp.PlanView;
import kith.familyhelp.RecordedVisits;
import kith.familyhelp.Visits;
import kith.shared.IdempotencyKeys;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Family Help over JSON: episodes, assessments, plans, reviews and visits, with the conventions of every
 * Kith API (problem details naming fields, ETag and If-Match, Idempotency-Key on creating POSTs).
 */
@RestController
class FamilyHelpApi {

    private final FamilyHelpEpisodes episodes;
    private final FamilyHelpOpening opening;
    private final FamilyHelpAllocation allocation;
    private final Assessments assessments;
    private final FamilyPlans plans;
    private final Visits visits;
    private final RecordedVisits recordedVisits;
    private final IdempotencyKeys idempotency;

    FamilyHelpApi(FamilyHelpEpisodes episodes, FamilyHelpOpening opening, FamilyHelpAllocation allocation,
            Assessments assessments, FamilyPlans plans, Visits visits, RecordedVisits recordedVisits,
            IdempotencyKeys idempotency) {
        this.episodes = episodes;
        this.opening = opening;
        this.allocation = allocation;
        this.assessments = assessments;
        this.plans = plans;
        this.visits = visits;
        this.recordedVisits = recordedVisits;
        this.idempotency = idempotency;
    }

    record OpenEpisode(UUID referralId) {}

    record Allocation(UUID practitionerId) {}

    record StartAssessment(UUID childId, LocalDate startedOn) {}

    /** Work in progress on an assessment. */
    record Writing(String familyViews, String childViews, List<String> factors, String analysis, String outcome,
            String primaryNeed) {
        AssessmentContent content() {
            return new AssessmentContent(familyViews, childViews, factors, analysis, outcome, primaryNeed);
        }
    }

    /** Completing an assessment; {@code primaryNeed} (N0 to N9) is required when the outcome leads to further help. */
    record Completion(String familyViews, String childViews, List<String> factors, String analysis, String outcome,
            String primaryNeed, LocalDate completedOn, String lateReason) {
        AssessmentContent content() {
            return new AssessmentContent(familyViews, childViews, factors, analysis, outcome, primaryNeed);
        }
    }

    record NewPlan(PlanContent plan, Boolean childInNeedPlan) {}

    /** A review held (named apart from the plan's own reviews, so that the API document shows this one). */
    record ReviewHeld(LocalDate heldOn, String attended, String whatChanged, LocalDate nextReviewOn) {}

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/api/v1/family-help")
    ResponseEntity<EpisodeView> open(@RequestBody OpenEpisode body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (body.referralId() == null) {
            throw new InvalidInput("referralId", "Give the referral Family Help is opened from");
        }
        var outcome = idempotency.createOnce(key, "POST /api/v1/family-help", body, () -> opening.openFromReferral(body.referralId()).id());
        EpisodeView episode = episodes.open(outcome.id());
        return ResponseEntity.created(URI.create("/api/v1/family-help/" + episode.id())).eTag(etag(episode.version())).body(episode);
    }

    @GetMapping("/api/v1/family-help/{id}")
    ResponseEntity<EpisodeView> episode(@PathVariable UUID id) {
        EpisodeView episode = episodes.open(id);
        return ResponseEntity.ok().eTag(etag(episode.version())).body(episode);
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/api/v1/family-help/{id}/lead")
    ResponseEntity<EpisodeView> allocate(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody Allocation body) {
        EpisodeView episode = allocation.allocateLead(id, version(ifMatch, id), body.practitionerId());
        return ResponseEntity.ok().eTag(etag(episode.version())).body(episode);
    }

    @GetMapping("/api/v1/family-help/{id}/assessments")
    List<AssessmentView> assessments(@PathVariable UUID id) {
        episodes.open(id);
        return assessments.forEpisode(id);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/api/v1/family-help/{id}/assessments")
    ResponseEntity<AssessmentView> start(@PathVariable UUID id, @RequestBody StartAssessment body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var outcome = idempotency.createOnce(key, "POST /api/v1/family-help/" + id + "/assessments", body,
                () -> assessments.start(id, body.childId(), body.startedOn()).id());
        AssessmentView assessment = assessments.open(outcome.id());
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.id()))
                .eTag(etag(assessment.version())).body(assessment);
    }

    @GetMapping("/api/v1/assessments/{id}")
    ResponseEntity<AssessmentView> assessment(@PathVariable UUID id) {
        AssessmentView assessment = assessments.open(id);
        return ResponseEntity.ok().eTag(etag(assessment.version())).body(assessment);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PutMapping("/api/v1/assessments/{id}")
    ResponseEntity<AssessmentView> write(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody Writing body) {
        AssessmentView assessment = assessments.write(id, version(ifMatch, id), body.content());
        return ResponseEntity.ok().eTag(etag(assessment.version())).body(assessment);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/api/v1/assessments/{id}/completion")
    ResponseEntity<AssessmentView> complete(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody Completion body) {
        if (body.completedOn() == null) {
            throw new InvalidInput("completedOn", "Give the date the assessment was completed");
        }
        AssessmentView assessment = assessments.complete(id, version(ifMatch, id), body.content(), body.completedOn(),
                body.lateReason());
        return ResponseEntity.ok().eTag(etag(assessment.version())).body(assessment);
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/api/v1/assessments/{id}/authorisation")
    ResponseEntity<AssessmentView> authorise(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch) {
        AssessmentView assessment = assessments.authorise(id, version(ifMatch, id));
        return ResponseEntity.ok().eTag(etag(assessment.version())).body(assessment);
    }

    @GetMapping("/api/v1/family-help/{id}/plan")
    ResponseEntity<PlanView> plan(@PathVariable UUID id) {
        episodes.open(id);
        PlanView plan = plans.currentFor(id).orElseThrow(() -> new RecordNotFound("Family plan", id));
        return ResponseEntity.ok().eTag(etag(plan.version())).body(plan);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/api/v1/family-help/{id}/plan")
    ResponseEntity<PlanView> agree(@PathVariable UUID id, @RequestBody NewPlan body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (body.plan() == null) {
            throw new InvalidInput("plan", "Give the plan");
        }
        var outcome = idempotency.createOnce(key, "POST /api/v1/family-help/" + id + "/plan", body,
                () -> plans.agree(id, body.plan(), Boolean.TRUE.equals(body.childInNeedPlan())).id());
        PlanView plan = plans.open(outcome.id());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).eTag(etag(plan.version())).body(plan);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PutMapping("/api/v1/plans/{id}")
    ResponseEntity<PlanView> change(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody PlanContent body) {
        PlanView plan = plans.change(id, version(ifMatch, id), body);
        return ResponseEntity.ok().eTag(etag(plan.version())).body(plan);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/api/v1/plans/{id}/reviews")
    ResponseEntity<PlanView> review(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody ReviewHeld body) {
        PlanView plan = plans.review(id, version(ifMatch, id), body.heldOn(), body.attended(), body.whatChanged(),
                body.nextReviewOn());
        return ResponseEntity.ok().eTag(etag(plan.version())).body(plan);
    }

    @GetMapping("/api/v1/family-help/{id}/visits")
    List<Visits.VisitView> visits(@PathVariable UUID id) {
        episodes.open(id);
        return visits.forEpisode(id);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/api/v1/family-help/{id}/visits")
    ResponseEntity<Visits.VisitView> record(@PathVariable UUID id, @RequestBody Visits.VisitRecord body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var outcome = idempotency.createOnce(key, "POST /api/v1/family-help/" + id + "/visits", body, () -> visits.record(id, body));
        Visits.VisitView visit = visits.forEpisode(id).stream().filter(v -> v.id().equals(outcome.id())).findFirst().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/visits/" + visit.id()))
                .body(visit);
    }

    /**
     * A visit in full, with what was said and seen and what happens next, for whoever may open its episode. A
     * visit is never changed once recorded, so it has no version to send back.
     */
    @GetMapping("/api/v1/visits/{id}")
    RecordedVisits.Visit visit(@PathVariable UUID id) {
        return recordedVisits.open(id);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static long version(String ifMatch, UUID id) {
        return IfMatch.version(ifMatch, "Record", id);
    }
}
