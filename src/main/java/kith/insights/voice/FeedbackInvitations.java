package kith.insights.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.Actors;
import kith.shared.RecordNotFound;
import kith.shared.Today;
import kith.shared.web.PublicAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practitioner's side of a family's feedback: the invitations waiting for them to give to families, and making
 * a family's link. Kith keeps only the hash of a link's secret, so the link is shown once, when it is made; making
 * another replaces it (the first stops working). Who may see an invitation is the access policy's answer for its
 * children, and every showing is audited naming them.
 */
@Service
public class FeedbackInvitations {

    /** An invitation waiting on the practitioner's list: its children shown as the policy allows. */
    public record Waiting(UUID id, Occasion occasion, LocalDate occurredOn, List<Identity> children, boolean linkMade,
            LocalDate worksUntil) {

        /** Whether the invitation's page opens for this user (all its children's records do). */
        public boolean openable() {
            return children.stream().allMatch(Identity::openable);
        }
    }

    /** One invitation's page. */
    public record Details(UUID id, Occasion occasion, LocalDate occurredOn, List<Identity> children, boolean linkMade,
            LocalDate worksUntil, boolean answered, boolean open) {}

    private final Invitations invitations;
    private final RecordAccess access;
    private final Identities identities;
    private final PublicAddress address;
    private final Today today;

    FeedbackInvitations(Invitations invitations, RecordAccess access, Identities identities, PublicAddress address,
            Today today) {
        this.invitations = invitations;
        this.access = access;
        this.identities = identities;
        this.address = address;
        this.today = today;
    }

    /** The current user's invitations to give to families (those whose work they lead), oldest first. */
    @Transactional
    public List<Waiting> yours() {
        access.check(Permission.OPEN_RECORDS);
        List<Invitations.Invitation> open = invitations.openFor(access.currentPractitioner());
        Map<UUID, Identity> shown = identities.show(open.stream().flatMap(i -> i.childIds().stream()).distinct().toList(),
                AuditRecord.allowed("FEEDBACK_INVITATIONS_LISTED", List.of()).withDetail("family feedback links"));
        return open.stream()
                .map(i -> new Waiting(i.id(), i.occasion(), i.occurredOn(), children(i, shown), i.linkMade(),
                        Today.dateOf(i.expiresAt())))
                .toList();
    }

    /** One invitation, for a user who may open every one of its children's records. */
    @Transactional
    public Details invitation(UUID id) {
        Invitations.Invitation invitation = openable(id);
        Map<UUID, Identity> shown = identities.show(invitation.childIds(),
                AuditRecord.allowed("FEEDBACK_INVITATION_VIEWED", List.of(id)));
        return new Details(id, invitation.occasion(), invitation.occurredOn(), children(invitation, shown),
                invitation.linkMade(), Today.dateOf(invitation.expiresAt()), invitation.usedAt() != null,
                invitation.open(today.now()));
    }

    /**
     * Makes the family's link, to be given to them now: the address is returned once and never kept. Empty when the
     * family has answered already or the invitation has lapsed.
     */
    @Transactional
    public Optional<String> makeLink(UUID id) {
        Invitations.Invitation invitation = openable(id);
        String token = FeedbackTokens.newToken();
        String by = Actors.current().map(actor -> actor.username()).orElseThrow();
        if (!invitations.makeLink(invitation.id(), FeedbackTokens.hash(token), by)) {
            return Optional.empty();
        }
        identities.show(invitation.childIds(), AuditRecord.allowed("FEEDBACK_LINK_MADE", List.of(id)));
        return Optional.of(address.of("/feedback/" + token));
    }

    private Invitations.Invitation openable(UUID id) {
        access.check(Permission.OPEN_RECORDS);
        Invitations.Invitation invitation = invitations.find(id)
                .orElseThrow(() -> new RecordNotFound("Feedback invitation", id));
        invitation.childIds().forEach(access::checkMayOpen);
        return invitation;
    }

    private static List<Identity> children(Invitations.Invitation invitation, Map<UUID, Identity> shown) {
        return invitation.childIds().stream()
                .map(shown::get)
                .filter(java.util.Objects::nonNull) // an id of nobody (a record since removed) shows no one
                .toList();
    }
}
