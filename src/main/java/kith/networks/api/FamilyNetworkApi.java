package kith.networks.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.networks.CanHelp;
import kith.networks.Closeness;
import kith.networks.FamilyNetworks;
import kith.networks.MemberDetails;
import kith.networks.NetworkMap;
import kith.networks.NewPerson;
import kith.networks.TieKind;
import kith.people.PersonKind;
import kith.people.RelationshipType;
import kith.shared.IdempotencyKeys;
import kith.shared.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's family network, with the conventions of every Kith API (problem details naming fields, ETag and If-Match
 * on changes, Idempotency-Key on the creating POST). Reading is for whoever may open the child's record; changing needs
 * {@link Permission#WORK_FAMILY_NETWORKS}. The services decide and audit.
 */
@RestController
class FamilyNetworkApi {

    @Schema(description = "Someone not yet known to Kith, who becomes a person with their relationship to the child")
    record NewPersonBody(@Schema(description = "ADULT or CHILD") PersonKind kind, String givenName, String familyName,
            @Schema(description = "If known") LocalDate dateOfBirth) {}

    @Schema(description = "A person in the child's network: personId (someone in Kith) or newPerson, and what they "
            + "mean to the child")
    record MemberBody(@Schema(description = "Someone already recorded in Kith") UUID personId, NewPersonBody newPerson,
            @Schema(description = "Who they are to the child (the person is the child's ...)") RelationshipType relationship,
            Closeness closeness, TieKind tie, CanHelp canHelp, String helpOffered, String contact, String childView) {

        MemberDetails details() {
            return new MemberDetails(relationship, closeness, tie, canHelp, helpOffered, contact, childView);
        }
    }

    private final FamilyNetworks networks;
    private final IdempotencyKeys idempotency;

    FamilyNetworkApi(FamilyNetworks networks, IdempotencyKeys idempotency) {
        this.networks = networks;
        this.idempotency = idempotency;
    }

    @GetMapping("/api/v1/people/{id}/network")
    NetworkMap network(@PathVariable("id") UUID childId) {
        return networks.map(childId);
    }

    @GetMapping("/api/v1/people/{id}/network/members/{personId}")
    ResponseEntity<NetworkMap.Member> member(@PathVariable("id") UUID childId, @PathVariable UUID personId) {
        NetworkMap.Member member = networks.member(childId, personId);
        return ResponseEntity.ok().eTag(IfMatch.etag(member.version())).body(member);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/api/v1/people/{id}/network/members")
    ResponseEntity<NetworkMap.Member> add(@PathVariable("id") UUID childId, @RequestBody MemberBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        UUID personId = idempotency.createOnce(key, "POST /api/v1/people/" + childId + "/network/members", body, () -> {
            if (body.personId() == null && body.newPerson() != null) {
                NewPersonBody p = body.newPerson();
                return networks.addNewPerson(childId, new NewPerson(p.kind(), p.givenName(), p.familyName(),
                        p.dateOfBirth()), body.details());
            }
            networks.add(childId, body.personId(), body.details());
            return body.personId();
        }).id();
        NetworkMap.Member member = networks.member(childId, personId);
        return ResponseEntity.created(URI.create("/api/v1/people/" + childId + "/network/members/" + personId))
                .eTag(IfMatch.etag(member.version())).body(member);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PutMapping("/api/v1/people/{id}/network/members/{personId}")
    ResponseEntity<NetworkMap.Member> change(@PathVariable("id") UUID childId, @PathVariable UUID personId,
            @RequestHeader("If-Match") String ifMatch, @RequestBody MemberBody body) {
        networks.change(childId, personId, IfMatch.version(ifMatch, "Network member", personId), body.details());
        NetworkMap.Member member = networks.member(childId, personId);
        return ResponseEntity.ok().eTag(IfMatch.etag(member.version())).body(member);
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @DeleteMapping("/api/v1/people/{id}/network/members/{personId}")
    ResponseEntity<Void> remove(@PathVariable("id") UUID childId, @PathVariable UUID personId,
            @RequestHeader("If-Match") String ifMatch) {
        networks.remove(childId, personId, IfMatch.version(ifMatch, "Network member", personId));
        return ResponseEntity.noContent().build();
    }
}
