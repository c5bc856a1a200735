package kith.protection.api;

import java.net.URI;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.protection.Conferences;
import kith.protection.CoreGroups;
import kith.protection.Section47Enquiries;
import kith.protection.StatutoryVisits;
import kith.protection.StrategyDiscussion;
import kith.protection.StrategyDiscussions;
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
 * Child protection over JSON: strategy discussions, section 47 enquiries, conferences, plans, their core group
 * meetings and statutory visits, with the conventions of every Kith API (problem details naming fields, ETag and
 * If-Match on changes, Idempotency-Key on creating POSTs). Reading needs what the pages need: the services decide,
 * partners through their place in the team or the core group.
 */
@RestController
class ChildProtectionApi {

    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final Conferences conferences;
    private final ChildProtectionPlans plans;
    private final CoreGroups coreGroups;
    private final StatutoryVisits visits;
    private final IdempotencyKeys idempotency;

    ChildProtectionApi(StrategyDiscussions discussions, Section47Enquiries enquiries, Conferences conferences,
            ChildProtectionPlans plans, CoreGroups coreGroups, StatutoryVisits visits, IdempotencyKeys idempotency) {
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
        this.coreGroups = coreGroups;
        this.visits = visits;
        this.idempotency = idempotency;
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/api/v1/strategy-discussions")
    ResponseEntity<StrategyDiscussion.View> record(@RequestBody StrategyDiscussion.Record body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        UUID id = idempotency.createOnce(key, "POST /api/v1/strategy-discussions", body, () -> discussions.record(body)).id();
        StrategyDiscussion.View discussion = discussions.open(id);
        return ResponseEntity.created(URI.create("/api/v1/strategy-discussions/" + id))
                .eTag(IfMatch.etag(discussion.version())).body(discussion);
    }

    @GetMapping("/api/v1/strategy-discussions/{id}")
    ResponseEntity<StrategyDiscussion.View> discussion(@PathVariable UUID id) {
        StrategyDiscussion.View discussion = discussions.open(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(discussion.version())).body(discussion);
    }

    @GetMapping("/api/v1/section-47-enquiries/{id}")
    ResponseEntity<Section47Enquiries.View> enquiry(@PathVariable UUID id) {
        Section47Enquiries.View enquiry = enquiries.open(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(enquiry.version())).body(enquiry);
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/api/v1/section-47-enquiries/{id}/outcome")
    ResponseEntity<Section47Enquiries.View> outcome(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody Section47Enquiries.Findings body) {
        Section47Enquiries.View enquiry = enquiries.complete(id, IfMatch.version(ifMatch, "Section 47 enquiry", id), body);
        return ResponseEntity.ok().eTag(IfMatch.etag(enquiry.version())).body(enquiry);
    }

    @GetMapping("/api/v1/conferences/{id}")
    ResponseEntity<Conference.View> conference(@PathVariable UUID id) {
        Conference.View conference = conferences.open(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(conference.version())).body(conference);
    }

    @RequiresPermission(Permission.CHAIR_CONFERENCES)
    @PostMapping("/api/v1/conferences/{id}/held")
    ResponseEntity<Conference.View> held(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody Conference.Held body) {
        Conference.View conference = conferences.hold(id, IfMatch.version(ifMatch, "Conference", id), body);
        return ResponseEntity.ok().eTag(IfMatch.etag(conference.version())).body(conference);
    }

    @GetMapping("/api/v1/child-protection-plans/{id}")
    ResponseEntity<ChildProtectionPlan.View> plan(@PathVariable UUID id) {
        ChildProtectionPlan.View plan = plans.open(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(plan.version())).body(plan);
    }

    /** A core group meeting; the plan comes back with its next core group date. */
    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/api/v1/child-protection-plans/{id}/core-group-meetings")
    ResponseEntity<ChildProtectionPlan.View> coreGroupMet(@PathVariable UUID id, @RequestBody CoreGroups.NewMeeting body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        idempotency.createOnce(key, "POST /api/v1/child-protection-plans/" + id + "/core-group-meetings", body,
                () -> coreGroups.record(id, body));
        return created(id);
    }

    /** A statutory visit; the plan comes back with its next visit date. */
    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/api/v1/child-protection-plans/{id}/visits")
    ResponseEntity<ChildProtectionPlan.View> visited(@PathVariable UUID id, @RequestBody StatutoryVisits.NewVisit body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        idempotency.createOnce(key, "POST /api/v1/child-protection-plans/" + id + "/visits", body,
                () -> visits.record(id, body));
        return created(id);
    }

    private ResponseEntity<ChildProtectionPlan.View> created(UUID planId) {
        ChildProtectionPlan.View plan = plans.open(planId);
        return ResponseEntity.created(URI.create("/api/v1/child-protection-plans/" + planId))
                .eTag(IfMatch.etag(plan.version())).body(plan);
    }
}
