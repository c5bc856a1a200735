package kith.people.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.people.Correction;
import kith.people.Corrections;
import kith.people.PeopleSearch;
import kith.people.PersonManagement;
import kith.people.PersonSummary;
import kith.people.PersonView;
import kith.people.Relationship;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.people.SearchCriteria;
import kith.shared.IdempotencyKeys;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People over JSON. The same services and access policy as the pages; the record's version is its ETag, an
 * update must send it back in {@code If-Match}, and a create may carry an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

    private final PersonManagement people;
    private final PeopleSearch search;
    private final Relationships relationships;
    private final IdempotencyKeys idempotency;
    private final Corrections corrections;

    PeopleApi(PersonManagement people, PeopleSearch search, Relationships relationships, IdempotencyKeys idempotency,
            Corrections corrections) {
        this.people = people;
        this.corrections = corrections;
        this.search = search;
        this.relationships = relationships;
        this.idempotency = idempotency;
    }

    /** A search result; {@code restricted} results carry nothing but their id. */
    record SummaryJson(UUID id, boolean restricted, String givenName, String familyName, java.time.LocalDate dateOfBirth,
            java.time.LocalDate expectedDateOfBirth, String nhsNumber, String laChildId) {
        static SummaryJson of(PersonSummary s) {
            return new SummaryJson(s.id(), s.restricted(), s.givenName(), s.familyName(), s.dateOfBirth(),
                    s.expectedDateOfBirth(), s.nhsNumber() == null ? null : s.nhsNumber().value(),
                    s.laChildId() == null ? null : s.laChildId().value());
        }
    }

    /**
     * One relationship: {@code type} is what the related person is to the person in the path. A restricted
     * record the user is not named on is {@code restricted} with no id, name or date of birth.
     */
    record RelationshipJson(UUID relatedPersonId, String relatedPersonName, java.time.LocalDate relatedPersonDateOfBirth,
            boolean restricted, RelationshipType type) {
        static RelationshipJson of(kith.people.Relationship r) {
            return new RelationshipJson(r.person().id(), r.person().name(), r.person().dateOfBirth(),
                    r.person().restricted(), r.type());
        }
    }

    record NewRelationship(UUID relatedPersonId, RelationshipType type) {}

    @GetMapping
    List<SummaryJson> search(@RequestParam(name = "q", required = false) String query) {
        return search.search(SearchCriteria.parse(query)).stream().map(SummaryJson::of).toList();
    }

    @RequiresPermission(Permission.RECORD_PEOPLE)
    @PostMapping
    ResponseEntity<PersonJson> create(
            @RequestBody PersonRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            HttpServletRequest request) {
        IdempotencyKeys.Outcome outcome =
                idempotency.createOnce(key, "POST /api/v1/people", body, () -> people.create(body.details()).id());
        PersonView person = people.open(outcome.id());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/people/" + person.id()))
                .eTag(etag(person))
                .body(PersonJson.of(person));
    }

    @GetMapping("/{id}")
    ResponseEntity<PersonJson> read(@PathVariable UUID id) {
        PersonView person = people.open(id);
        return ResponseEntity.ok().eTag(etag(person)).body(PersonJson.of(person));
    }

    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @PutMapping("/{id}")
    ResponseEntity<PersonJson> update(
            @PathVariable UUID id, @RequestHeader("If-Match") String ifMatch, @RequestBody PersonRequest body) {
        PersonView person = people.update(id, version(id, ifMatch), body.details());
        return ResponseEntity.ok().eTag(etag(person)).body(PersonJson.of(person));
    }

    @GetMapping("/{id}/relationships")
    List<RelationshipJson> relationships(@PathVariable UUID id) {
        return relationships.of(id).stream()
                .map(RelationshipJson::of)
                .toList();
    }

    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @PostMapping("/{id}/relationships")
    ResponseEntity<List<RelationshipJson>> relate(@PathVariable UUID id, @RequestBody NewRelationship body) {
        if (body.relatedPersonId() == null) {
            throw new InvalidInput("relatedPersonId", "Give the id of the related person");
        }
        relationships.relate(id, body.relatedPersonId(), body.type());
        return ResponseEntity.status(HttpStatus.CREATED).body(relationships(id));
    }

    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @DeleteMapping("/{id}/relationships/{relatedId}")
    ResponseEntity<Void> unrelate(@PathVariable UUID id, @PathVariable UUID relatedId) {
        relationships.remove(id, relatedId);
        // Asked after the removal's access check; with an unknown id nothing was removed.
        if (!people.exists(id) || !people.exists(relatedId)) {
            throw new RecordNotFound("Person", people.exists(id) ? relatedId : id);
        }
        return ResponseEntity.noContent().build();
    }

    record NewCorrection(String about, String proposedValue, String why) {}

    record CorrectionDecision(String decision, String note) {}

    /** Corrections proposed to the person's details: all for the council, a partner's own for a partner. */
    @GetMapping("/{id}/corrections")
    List<Correction> corrections(@PathVariable UUID id) {
        return corrections.of(id);
    }

    /** Proposes a correction (partners change no details themselves; the council decides). */
    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/{id}/corrections")
    ResponseEntity<Correction> propose(@PathVariable UUID id, @RequestBody NewCorrection body) {
        Correction proposed = corrections.propose(id, body.about(), body.proposedValue(), body.why());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/people/" + id + "/corrections/" + proposed.id()))
                .eTag("\"" + proposed.version() + "\"")
                .body(proposed);
    }

    /** The council accepts (having changed the record) or rejects a proposed correction. */
    @RequiresPermission(Permission.CHANGE_PEOPLE)
    @PostMapping("/{id}/corrections/{correctionId}/decision")
    ResponseEntity<Correction> decide(@PathVariable UUID id, @PathVariable UUID correctionId,
            @RequestHeader("If-Match") String ifMatch, @RequestBody CorrectionDecision body) {
        String decision = body.decision() == null ? "" : body.decision().trim().toUpperCase();
        if (!decision.equals("ACCEPT") && !decision.equals("REJECT")) {
            throw new InvalidInput("decision", "decision must be ACCEPT or REJECT");
        }
        Correction decided = corrections.decide(id, correctionId, IfMatch.version(ifMatch, "Correction", correctionId),
                decision.equals("ACCEPT"), body.note());
        return ResponseEntity.ok().eTag("\"" + decided.version() + "\"").body(decided);
    }

    private static String etag(PersonView person) {
        return "\"" + person.version() + "\"";
    }

    private static long version(UUID id, String ifMatch) {
        return IfMatch.version(ifMatch, "Person", id);
    }
}
