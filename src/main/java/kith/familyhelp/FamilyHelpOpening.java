package kith.familyhelp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.access.WorkingRelationships.Kind;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.frontdoor.ReferralView;
import kith.frontdoor.Referrals;
import kith.partnership.PractitionerView;
import kith.shared.InvalidInput;
import kith.shared.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening Family Help: from a referral decided as targeted early help or a section 17 assessment, or directly for
 * children already known (a manager's decision, recorded as such). The episode holds the children it is about; the
 * manager then confirms who of their recorded family is in it ({@link FamilyMembers}). The opening manager
 * supervises, and may open the family's records from then on.
 */
@Service
public class FamilyHelpOpening {

    private final EpisodeRecords records;
    private final Referrals referrals;
    private final EpisodePractitioners practitioners;
    private final WorkingRelationships working;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Today today;

    FamilyHelpOpening(EpisodeRecords records, Referrals referrals, EpisodePractitioners practitioners,
            WorkingRelationships working, RecordAccess access, AuditTrail audit, Today today) {
        this.records = records;
        this.referrals = referrals;
        this.practitioners = practitioners;
        this.working = working;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    /** Opens Family Help for the child of a referral decided as Family Help. */
    @Transactional
    public EpisodeView openFromReferral(UUID referralId) {
        access.checkMayManageFamilyHelp();
        ReferralView referral = referrals.open(referralId);
        if (referral.decision() == null || !referral.decision().opensFamilyHelp()) {
            throw new InvalidInput("referral", "Family Help can be opened only from a referral decided as Family Help");
        }
        EpisodeKind kind = EpisodeKind.openedBy(referral.decision());
        if (records.openedFrom(referralId)) {
            throw new InvalidInput("referral", "Family Help has already been opened from this referral");
        }
        return openFor(List.of(referral.childId()), kind, referralId, referral.receivedOn());
    }

    /** Opens Family Help directly for children already known; every problem is reported together. */
    @Transactional
    public EpisodeView openDirectly(List<UUID> childIds, EpisodeKind kind, LocalDate referralDate) {
        access.checkMayManageFamilyHelp();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (childIds == null || childIds.isEmpty()) {
            problems.add(new InvalidInput.Problem("children", "Select at least one child"));
        }
        if (kind == null) {
            problems.add(new InvalidInput.Problem("kind", "Select targeted early help or child in need"));
        }
        if (referralDate == null || referralDate.isAfter(today.date())) {
            problems.add(new InvalidInput.Problem("referralDate", "Enter the date the family was referred, today or in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return openFor(childIds, kind, null, referralDate);
    }

    private EpisodeView openFor(List<UUID> childIds, EpisodeKind kind, UUID referralId, LocalDate referralDate) {
        LocalDate on = today.date();
        childIds.forEach(access::checkMayOpen);
        PractitionerView supervisor = practitioners.supervisor();
        childIds.forEach(child -> records.refuseOverlap(child, on));
        Map<UUID, String> names = records.namesOf(childIds);
        List<Episode.Member> children = childIds.stream().distinct()
                .map(child -> Episode.Member.child(child, names.get(child)))
                .toList();
        Episode episode = records.save(Episode.open(kind, referralId, referralDate, on, children, supervisor,
                supervisor.fullName()));
        working.start(episode.id(), episode.memberIds(), supervisor.id(), Kind.SUPERVISING_MANAGER);
        audit.record(AuditRecord.allowed("FAMILY_HELP_OPENED", EpisodeRecords.subjectsOf(episode)));
        return records.shown(episode);
    }
}
