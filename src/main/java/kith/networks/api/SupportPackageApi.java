package kith.networks.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.networks.SupportPackage;
import kith.networks.SupportPackages;
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
 * Support packages over JSON, with the conventions of every Kith API (problem details naming fields, ETag and
 * If-Match on decisions, Idempotency-Key on creating POSTs). Amounts are in pence.
 */
@RestController
class SupportPackageApi {

    @Schema(description = "A request for a support package for a child open to Family Help or on a child protection plan")
    record NewRequest(@Schema(description = "The child (person id)") UUID childId,
            @Schema(description = "STAY_AT_HOME, MOVE_TO_KINSHIP_CARE or RETURN_HOME") SupportPackage.Purpose purpose,
            @Schema(description = "FAMILY_GROUP_MEETING or NO_NETWORK") SupportPackage.Basis basis,
            @Schema(description = "The date of the family group meeting that identified the support") LocalDate meetingHeldOn,
            @Schema(description = "The family group decision-making meeting, when known") UUID meetingId,
            @Schema(description = "Why no network could be found") String noNetworkReason,
            @Schema(description = "What it pays for, amounts in pence") List<SupportPackage.NewItem> items) {}

    @Schema(description = "A manager's refusal, with the reason")
    record Refusal(String reason) {}

    private final SupportPackages packages;
    private final IdempotencyKeys idempotency;

    SupportPackageApi(SupportPackages packages, IdempotencyKeys idempotency) {
        this.packages = packages;
        this.idempotency = idempotency;
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/support-packages")
    ResponseEntity<SupportPackage.View> request(@RequestBody NewRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        UUID id = idempotency.createOnce(key, "POST /api/v1/support-packages", body,
                () -> packages.request(body.childId(), new SupportPackage.NewRequest(body.purpose(), body.basis(),
                        body.meetingHeldOn(), body.meetingId(), body.noNetworkReason(), body.items()))).id();
        SupportPackage.View view = packages.open(id);
        return ResponseEntity.created(URI.create("/api/v1/support-packages/" + id))
                .eTag(IfMatch.etag(view.version())).body(view);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @GetMapping("/api/v1/support-packages/{id}")
    ResponseEntity<SupportPackage.View> open(@PathVariable UUID id) {
        SupportPackage.View view = packages.open(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_NETWORKS)
    @PostMapping("/api/v1/support-packages/{id}/approval")
    ResponseEntity<SupportPackage.View> approve(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch) {
        SupportPackage.View view = packages.approve(id, IfMatch.version(ifMatch, "Support package", id));
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_NETWORKS)
    @PostMapping("/api/v1/support-packages/{id}/refusal")
    ResponseEntity<SupportPackage.View> refuse(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody Refusal body) {
        SupportPackage.View view = packages.refuse(id, IfMatch.version(ifMatch, "Support package", id), body.reason());
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /** A payment; never more than is left of the approved total. */
    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/support-packages/{id}/payments")
    ResponseEntity<SupportPackage.View> pay(@PathVariable UUID id, @RequestBody SupportPackage.NewPayment body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        idempotency.createOnce(key, "POST /api/v1/support-packages/" + id + "/payments", body,
                () -> packages.pay(id, body));
        SupportPackage.View view = packages.open(id);
        return ResponseEntity.created(URI.create("/api/v1/support-packages/" + id))
                .eTag(IfMatch.etag(view.version())).body(view);
    }
}
