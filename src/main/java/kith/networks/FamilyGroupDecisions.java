package kith.networks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.networks.FamilyGroupDecision.FgdmConsideration;
import kith.networks.FamilyGroupDecision.Summary;
import kith.networks.FamilyGroupDecision.View;
import kith.networks.FgdmEvents.FgdmConsidered;
import kith.networks.FgdmStore.Stored;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family group decision making (Working Together 2023: family-led decision making with preparation, an independent
 * coordinator at pre-proceedings, and private family time): considered for a child, and their brothers and sisters
 * if the practitioner says so, at any stage; one open at a time per child and stage. The steps after are
 * {@link FgdmOffers} (the offer, the answer, not offering) and {@link FgdmMeetings} (the coordinator, preparation,
 * the meeting, the family's plan and its review). This class is also the read side other modules use.
 */
@Service
public class FamilyGroupDecisions {

    static final int MOST_SIBLINGS = 20;

    private final FgdmStore store;
    private final RecordAccess access;
    private final Identities identities;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    FamilyGroupDecisions(FgdmStore store, RecordAccess access, Identities identities, AuditTrail audit,
            ApplicationEventPublisher events, Today today) {
        this.store = store;
        this.access = access;
        this.identities = identities;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /**
     * Each family group decision about the child (as the child or a brother or sister), newest first, with its
     * stage, status, offer, answer, meeting and the family's plan: what support packages and kinship care read. For
     * whoever may open the child's record; audited as a view.
     */
    @Transactional
    public List<Summary> forChild(UUID childId) {
        access.checkMayOpen(childId);
        List<Summary> summaries = store.about(childId).stream().map(Stored::summary).toList();
        audit.record(AuditRecord.allowed("FGDM_READ", List.of(childId)));
        return summaries;
    }

    /** The child's family group decisions as their page lists them, for whoever may open the child's record. */
    @Transactional
    public List<View> ofChild(UUID childId) {
        access.checkMayOpen(childId);
        List<Stored> all = store.about(childId);
        return views(all, childId, AuditRecord.allowed("FGDM_LIST_VIEWED", List.of(childId)));
    }

    /**
     * One family group decision, for whoever may open the record of any child it is about (so that its link on each
     * child's chronology opens for everyone who sees it there); a brother or sister whose record is restricted is
     * shown as "Restricted record" to users not named on it. Audited as a view.
     */
    @Transactional
    public View open(UUID id) {
        Stored stored = store.load(id);
        Map<UUID, RecordAccess.Disclosure> disclosures = access.disclosures(stored.children());
        if (stored.children().stream().noneMatch(child -> disclosures.containsKey(child)
                && disclosures.get(child).openable())) {
            access.checkMayOpen(stored.childId()); // refuses, and audits the refusal
        }
        return views(List.of(stored), stored.childId(), AuditRecord.allowed("FGDM_VIEWED", List.of(id, stored.childId())))
                .get(0);
    }

    /**
     * Records that a meeting was considered for the child (and the brothers and sisters named) at a stage. Refused
     * while the child has one open at that stage.
     *
     * @return the new family group decision's id
     */
    @Transactional
    public UUID consider(FgdmConsideration consideration) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        List<Problem> problems = new ArrayList<>();
        UUID child = consideration.childId();
        if (child == null) {
            throw new InvalidInput("childId", "Select the child");
        }
        access.checkMayOpen(child);
        List<UUID> siblings = consideration.siblingIds() == null ? List.of()
                : consideration.siblingIds().stream().filter(id -> id != null && !id.equals(child)).distinct().toList();
        if (siblings.size() > MOST_SIBLINGS) {
            throw new InvalidInput("siblingIds", "Name at most " + MOST_SIBLINGS + " brothers and sisters");
        }
        siblings.forEach(access::checkMayOpen);
        if (consideration.stage() == null) {
            problems.add(new Problem("stage", "Select the stage of the work"));
        } else if (store.openAt(child, consideration.stage())) {
            problems.add(new Problem("stage", "This child already has a family group decision open at the "
                    + consideration.stage().label().toLowerCase(java.util.Locale.UK)
                    + " stage: finish it, or record its review, first"));
        }
        Checks.past(problems, "consideredOn", consideration.consideredOn(), null, today.date(),
                "the date the meeting was considered");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        store.jdbc().sql("""
                        INSERT INTO family_group_decision (id, child_id, sibling_ids, stage, status, considered_on,
                          considered_by_name, recorded_by)
                        VALUES (:id, :child, :siblings, :stage, 'CONSIDERED', :on, :by, :user)""")
                .param("id", id).param("child", child).param("siblings", siblings.toArray(UUID[]::new))
                .param("stage", consideration.stage().name()).param("on", consideration.consideredOn())
                .param("by", by).param("user", Actors.currentOrSystem().username())
                .update();
        List<UUID> children = new ArrayList<>();
        children.add(child);
        children.addAll(siblings);
        events.publishEvent(new FgdmConsidered(id, children, consideration.stage(), consideration.consideredOn(), by));
        audit.record(AuditRecord.allowed("FGDM_CONSIDERED", List.of(id, child)));
        return id;
    }

    /** The views, showing {@code childId} too: a child who is nobody (no such record) is not found. */
    private List<View> views(List<Stored> all, UUID childId, AuditRecord entry) {
        List<UUID> people = new ArrayList<>();
        people.add(childId);
        for (Stored stored : all) {
            people.addAll(stored.children());
            if (stored.plan() != null && stored.plan().livesWithPersonId() != null) {
                people.add(stored.plan().livesWithPersonId());
            }
        }
        Map<UUID, Identity> shown = identities.show(people.stream().distinct().toList(), entry);
        if (!shown.containsKey(childId)) {
            throw new kith.shared.RecordNotFound("Person", childId);
        }
        return all.stream().map(stored -> view(stored, shown)).toList();
    }

    private static View view(Stored s, Map<UUID, Identity> shown) {
        Identity livesWith = s.plan() == null || s.plan().livesWithPersonId() == null ? null
                : shown.get(s.plan().livesWithPersonId());
        return new View(s.id(), s.version(), shown.get(s.childId()),
                s.siblingIds().stream().map(shown::get).filter(java.util.Objects::nonNull).toList(), s.stage(),
                s.status(), s.consideredOn(), s.consideredBy(), s.notOffering(), s.offeredTo(), s.offeredOn(),
                s.offeredBy(), s.answer(), s.answeredBy(), s.answeredOn(), s.meetingDueOn(), s.coordinatorId(),
                s.coordinatorName(), s.coordinatorAssignedOn(), s.preparation(), s.preparedWith(), s.preparedOn(),
                s.heldOn(), s.attendees(), s.privateFamilyTime(), s.plan(), livesWith, s.reviewedOn(),
                s.reviewOutcome(), s.reviewedBy());
    }
}
