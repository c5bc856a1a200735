package kith.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.people.Identity;
import kith.shared.Actor;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A referral about one child: received when a contact meets the threshold, decided once, with a reason and
 * the decider, within one working day or with the reason it was late.
 */
@Table("referral")
class Referral extends AbstractAggregateRoot<Referral> {

    @Id
    private final UUID id;

    @Version
    private Long version;

    private final UUID contactId;
    private final UUID childId;
    private final LocalDate receivedOn;
    private final String referralSource;
    private final boolean reReferral;
    private final UUID previousReferralId;
    private ReferralDecision decision;
    private String decisionReason;
    private String decidedBy;
    private String decidedByName;
    private String decidedByRole;
    private Instant decidedAt;
    private LocalDate decidedOn;
    private String lateReason;
    private Instant referrerToldAt;
    private String referrerToldBy;


    @PersistenceCreator
    Referral(UUID id, Long version, UUID contactId, UUID childId, LocalDate receivedOn, String referralSource,
            boolean reReferral, UUID previousReferralId) {
        this.id = id;
        this.version = version;
        this.contactId = contactId;
        this.childId = childId;
        this.receivedOn = receivedOn;
        this.referralSource = referralSource;
        this.reReferral = reReferral;
        this.previousReferralId = previousReferralId;
    }

    /** A referral received on {@code receivedOn}; {@code previous} is the latest referral within 12 months, if any. */
    static Referral receive(UUID contactId, UUID childId, LocalDate receivedOn, String source, UUID previous) {
        Referral referral = new Referral(UUID.randomUUID(), null, contactId, childId, receivedOn, source,
                previous != null, previous);
        referral.registerEvent(new ReferralReceived(referral.id, childId, receivedOn, source, previous != null));
        return referral;
    }

    /**
     * Records the decision. Refused without a reason, twice, or (when {@code late}) without the reason it
     * was late.
     */
    void decide(ReferralDecision chosen, String reason, Actor by, Instant at, LocalDate on, boolean late,
            String whyLate) {
        List<Problem> problems = new ArrayList<>();
        if (decision != null) {
            problems.add(new Problem("decision", "A decision has already been recorded for this referral"));
        }
        if (chosen == null) {
            problems.add(new Problem("decision", "Select a decision"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Problem("reason", "Enter the reason for the decision"));
        } else if (TextLimits.exceeds(reason, TextLimits.TEXT)) {
            problems.add(new Problem("reason", "Enter the reason for the decision in "
                    + TextLimits.shown(TextLimits.TEXT) + " characters or fewer"));
        }
        if (late && (whyLate == null || whyLate.isBlank())) {
            problems.add(new Problem("lateReason", "Enter why the decision was not made within one working day"));
        }
        if (TextLimits.exceeds(whyLate, TextLimits.TEXT)) {
            problems.add(new Problem("lateReason", "Enter why the decision was late in "
                    + TextLimits.shown(TextLimits.TEXT) + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.decision = chosen;
        this.decisionReason = reason.trim();
        this.decidedBy = by.username();
        this.decidedByName = by.displayName();
        this.decidedByRole = by.role();
        this.decidedAt = at;
        this.decidedOn = on;
        this.lateReason = late ? whyLate.trim() : null;
        registerEvent(new ReferralDecided(id, childId, chosen, on, by.username(), late, receivedOn));
    }

    /** Records that the referrer has been told the outcome. */
    void referrerTold(String by, Instant at) {
        if (referrerToldAt == null) {
            this.referrerToldAt = at;
            this.referrerToldBy = by;
        }
    }


    boolean isAt(long expectedVersion) {
        return version != null && version == expectedVersion;
    }

    UUID id() {
        return id;
    }

    UUID childId() {
        return childId;
    }

    UUID contactId() {
        return contactId;
    }

    LocalDate receivedOn() {
        return receivedOn;
    }

    boolean decided() {
        return decision != null;
    }

    ReferralView view(Identity child, String referredAs, LocalDate dueOn) {
        return new ReferralView(id, version == null ? 0 : version, contactId, childId, child, referredAs, receivedOn,
                ReferralSource.fromCode(referralSource).orElseThrow(), reReferral, previousReferralId, dueOn, decision,
                decisionReason, decidedByName, decidedByRole, decidedAt, decidedOn, lateReason, referrerToldAt);
    }
}
