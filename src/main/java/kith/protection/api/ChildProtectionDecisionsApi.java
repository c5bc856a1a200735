package kith.protection.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.protection.Conferences;
import kith.protection.PlanEndReason;
import kith.protection.Section47Enquiries;
import kith.shared.IdempotencyKeys;
import kith.shared.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of child protection that move a family's work on, over JSON: a manager assigns the enquiry's lead child
 * protection practitioner, a conference is arranged (initial, from the enquiry; review, from the plan), its chair
 * writes the plan it decided on, and a manager ends a plan. The same services, rules and refusals as the pages.
 */
@RestController
class ChildProtectionDecisionsApi {

    private final Section47Enquiries enquiries;
    private final Conferences conferences;
    private final ChildProtectionPlans plans;
    private final IdempotencyKeys idempotency;

    ChildProtectionDecisionsApi(Section47Enquiries enquiries, Conferences conferences, ChildProtectionPlans plans,
            IdempotencyKeys idempotency) {
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
        this.idempotency = idempotency;
    }

    // Named for the API document, where a body's schema is known by its simple name (Family Help has a NewPlan).
    record LeadAssignment(UUID practitionerId) {}

    record PlanEnding(PlanEndReason reason, LocalDate endedOn) {}

    record NewChildProtectionPlan(LocalDate startedOn, UUID leadPractitionerId, String worries,
            List<ChildProtectionPlan.Step> steps, Integer visitEvery, Integer coreGroupEvery) {

        ChildProtectionPlan.NewPlan plan() {
            return new ChildProtectionPlan.NewPlan(startedOn, leadPractitionerId, worries, steps, visitEvery,
                    coreGroupEvery);
        }
    }

    @RequiresPermission(Permission.MANAGE_CHILD_PROTECTION)
    @PostMapping("/api/v1/section-47-enquiries/{id}/lead")
    ResponseEntity<Section47Enquiries.View> lead(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody LeadAssignment body) {
        Section47Enquiries.View enquiry = enquiries.assignLead(id, IfMatch.version(ifMatch, "Section 47 enquiry", id),
                body.practitionerId());
        return ResponseEntity.ok().eTag(IfMatch.etag(enquiry.version())).body(enquiry);
    }

    /** The initial conference the enquiry found was needed. */
    @RequiresPermission(Permission.ARRANGE_CONFERENCES)
    @PostMapping("/api/v1/section-47-enquiries/{id}/conference")
    ResponseEntity<Conference.View> arrangeInitial(@PathVariable UUID id, @RequestBody Conference.Arrangement body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return conference(idempotency.createOnce(key, "POST /api/v1/section-47-enquiries/" + id + "/conference", body,
                () -> conferences.arrangeInitial(id, body)).id());
    }

    @RequiresPermission(Permission.ARRANGE_CONFERENCES)
    @PostMapping("/api/v1/child-protection-plans/{id}/review-conferences")
    ResponseEntity<Conference.View> arrangeReview(@PathVariable UUID id, @RequestBody Conference.Arrangement body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return conference(idempotency.createOnce(key, "POST /api/v1/child-protection-plans/" + id + "/review-conferences",
                body, () -> conferences.arrangeReview(id, body)).id());
    }

    /** The plan a held conference decided on, written by its chair; it starts on the conference's date (2885). */
    @RequiresPermission(Permission.CHAIR_CONFERENCES)
    @PostMapping("/api/v1/conferences/{id}/plan")
    ResponseEntity<ChildProtectionPlan.View> startPlan(@PathVariable UUID id, @RequestBody NewChildProtectionPlan body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        UUID planId = idempotency.createOnce(key, "POST /api/v1/conferences/" + id + "/plan", body,
                () -> plans.start(id, body.plan())).id();
        ChildProtectionPlan.View plan = plans.open(planId);
        return ResponseEntity.created(URI.create("/api/v1/child-protection-plans/" + planId))
                .eTag(IfMatch.etag(plan.version())).body(plan);
    }

    @RequiresPermission(Permission.MANAGE_CHILD_PROTECTION)
    @PostMapping("/api/v1/child-protection-plans/{id}/end")
    ResponseEntity<ChildProtectionPlan.View> end(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody PlanEnding body) {
        ChildProtectionPlan.View plan = plans.end(id, IfMatch.version(ifMatch, "Child protection plan", id),
                body.reason(), body.endedOn());
        return ResponseEntity.ok().eTag(IfMatch.etag(plan.version())).body(plan);
    }

    private ResponseEntity<Conference.View> conference(UUID conferenceId) {
        Conference.View conference = conferences.open(conferenceId);
        return ResponseEntity.created(URI.create("/api/v1/conferences/" + conferenceId))
                .eTag(IfMatch.etag(conference.version())).body(conference);
    }
}
