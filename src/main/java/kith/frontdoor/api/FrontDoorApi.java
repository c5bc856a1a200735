package kith.frontdoor.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.frontdoor.ContactView;
import kith.frontdoor.Contacts;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.NewContact;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralSource;
import kith.frontdoor.ReferralView;
import kith.frontdoor.Referrals;
import kith.frontdoor.Screening;
import kith.people.Identity;
import kith.people.matching.MatchSuggestion;
import kith.shared.IdempotencyKeys;
import kith.shared.InvalidInput;
import kith.shared.web.Choice;
import kith.shared.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contacts and referrals over JSON, with the conventions of the people API: problem details naming fields,
 * {@code ETag}/{@code If-Match} on the decision, {@code Idempotency-Key} on creating a contact, and a 409
 * problem when the same contact seems to have been sent twice without a key.
 */
@RestController
class FrontDoorApi {

    private final Contacts contacts;
    private final Referrals referrals;
    private final Screening screening;
    private final IdempotencyKeys idempotency;
    private final kith.access.RecordAccess access;

    FrontDoorApi(Contacts contacts, Referrals referrals, Screening screening, IdempotencyKeys idempotency,
            kith.access.RecordAccess access) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.screening = screening;
        this.idempotency = idempotency;
        this.access = access;
    }

    /**
     * A contact as {@link ContactView} gives it and, for the front door while it awaits screening, the people
     * suggested for each child not yet linked (people's Identities decide who is shown: a restricted record the
     * user is not named on is never suggested). A partner reading their own submission gets no suggestions.
     */
    record ContactJson(@JsonUnwrapped ContactView contact, List<ChildSuggestions> suggestions) {}

    /** The people suggested for the child at {@code position} (0 for the first child), strong first. */
    record ChildSuggestions(int position, List<SuggestedPerson> people) {}

    /** One suggested person: who, how strongly (STRONG or POSSIBLE), why, and what differs. */
    record SuggestedPerson(Identity person, String postcode, String strength, double score, List<String> reasons,
            List<String> differences) {

        static SuggestedPerson of(MatchSuggestion s) {
            return new SuggestedPerson(s.person(), s.postcode(), s.strength().name(), s.score(), s.reasons(),
                    s.differences());
        }
    }

    /** A contact as sent: partners need send no referrer (they are the referrer). */
    record ContactRequest(String referrerKind, String referrerName, String referrerAgencyName, String referrerContact,
            String referralSource, List<NewContact.Child> children, String worry, Boolean familyKnows,
            Boolean familyAgrees, String lawfulBasis, Boolean confirmNotDuplicate) {

        NewContact contact() {
            return new NewContact(Choice.of(NewContact.ReferrerKind.class, "referrerKind", referrerKind), null,
                    referrerAgencyName, referrerName, referrerContact,
                    referralSource == null ? null : ReferralSource.fromCode(referralSource)
                            .orElseThrow(() -> new InvalidInput("referralSource", "referralSource must be a DfE code, 1A to 10")),
                    children, worry, familyKnows, familyAgrees, Choice.of(LawfulBasis.class, "lawfulBasis", lawfulBasis));
        }
    }

    record DecisionRequest(String decision, String reason, String lateReason, Boolean referrerTold) {}

    /** A referral; the child as people's Identities show them: no id, name or date of birth when withheld. */
    record ReferralJson(UUID id, long version, UUID contactId, UUID childId, String childName, boolean childRestricted,
            String referredAs, LocalDate receivedOn, String referralSource, boolean reReferral, UUID previousReferralId,
            LocalDate decisionDueOn, String decision, String decisionReason, String decidedBy, LocalDate decidedOn,
            String lateReason) {
        static ReferralJson of(ReferralView r) {
            return new ReferralJson(r.id(), r.version(), r.contactId(), r.child().id(), r.childName(),
                    r.child().restricted(), r.referredAs(), r.receivedOn(),
                    r.referralSource().code(), r.reReferral(), r.previousReferralId(), r.decisionDueOn(),
                    r.decision() == null ? null : r.decision().name(), r.decisionReason(), r.decidedByName(),
                    r.decidedOn(), r.lateReason());
        }
    }

    @RequiresPermission(Permission.SEND_CONTACTS)
    @PostMapping("/api/v1/contacts")
    ResponseEntity<ContactView> create(@RequestBody ContactRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var outcome = idempotency.createOnce(key, "POST /api/v1/contacts", body, () -> (access.isPartner()
                        ? contacts.submitAsPartner(body.contact(), Boolean.TRUE.equals(body.confirmNotDuplicate()))
                        : contacts.record(body.contact(), Boolean.TRUE.equals(body.confirmNotDuplicate())))
                .id());
        ContactView contact = contacts.open(outcome.id());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/contacts/" + contact.id()))
                .eTag("\"" + contact.version() + "\"")
                .body(contact);
    }

    @GetMapping("/api/v1/contacts/{id}")
    ResponseEntity<ContactJson> contact(@PathVariable UUID id) {
        ContactView contact = contacts.open(id);
        List<ChildSuggestions> suggestions = null;
        if (!access.isPartner() && contact.awaitingScreening()) {
            suggestions = new java.util.ArrayList<>();
            for (int i = 0; i < contact.children().size(); i++) {
                if (!contact.children().get(i).linked()) {
                    suggestions.add(new ChildSuggestions(i, screening.suggestionsFor(id, i).stream()
                            .map(SuggestedPerson::of).toList()));
                }
            }
        }
        return ResponseEntity.ok().eTag("\"" + contact.version() + "\"").body(new ContactJson(contact, suggestions));
    }

    @GetMapping("/api/v1/referrals/{id}")
    ResponseEntity<ReferralJson> referral(@PathVariable UUID id) {
        ReferralView referral = referrals.open(id);
        return ResponseEntity.ok().eTag("\"" + referral.version() + "\"").body(ReferralJson.of(referral));
    }

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/api/v1/referrals/{id}/decision")
    ResponseEntity<ReferralJson> decide(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody DecisionRequest body) {
        ReferralView decided = referrals.decide(id, IfMatch.version(ifMatch, "Referral", id),
                Choice.of(ReferralDecision.class, "decision", body.decision()), body.reason(), body.lateReason(),
                Boolean.TRUE.equals(body.referrerTold()));
        return ResponseEntity.ok().eTag("\"" + decided.version() + "\"").body(ReferralJson.of(decided));
    }
}
