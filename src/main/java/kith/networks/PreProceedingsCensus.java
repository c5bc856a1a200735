package kith.networks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.networks.PreProceeding.CinPreProceedings;
import kith.networks.PpStore.Stored;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CIN census 2026-27 PreProceedingsandFGDM block of a child, from their latest pre-proceedings: the dates,
 * whether a family group decision-making meeting was offered (FGDMMeetingOffer) and held (FGDMMeetingFac), the count
 * of review meetings and the outcome code. A meeting counts when the letter before proceedings included its offer or
 * it was considered at the pre-proceedings stage.
 */
@Service
public class PreProceedingsCensus {

    private final PpStore store;
    private final FgdmStore fgdms;
    private final RecordAccess access;
    private final AuditTrail audit;

    PreProceedingsCensus(PpStore store, FgdmStore fgdms, RecordAccess access, AuditTrail audit) {
        this.store = store;
        this.fgdms = fgdms;
        this.access = access;
        this.audit = audit;
    }

    /** The block for the child, or empty when they have not been in pre-proceedings. */
    @Transactional
    public Optional<CinPreProceedings> forChild(UUID childId) {
        // Statutory returns are made by analysts, who work with figures; everyone else needs the child's record.
        if (!access.maySeeMeasures()) {
            access.checkMayOpen(childId);
        }
        List<Stored> all = store.ofChild(childId);
        audit.record(AuditRecord.allowed("CIN_PRE_PROCEEDINGS_READ", List.of(childId)));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Stored latest = all.get(0);
        List<FgdmStore.Stored> counted = fgdms.about(childId).stream()
                .filter(f -> f.id().equals(latest.letterFgdmId()) || f.stage() == FgdmStage.PRE_PROCEEDINGS).toList();
        boolean offered = counted.stream().anyMatch(f -> f.offeredOn() != null);
        boolean held = counted.stream().anyMatch(f -> f.heldOn() != null);
        List<PreProceeding.Meeting> meetings = store.meetings(latest.id());
        return Optional.of(new CinPreProceedings(latest.startedOn(), latest.letterSentOn(), offered ? 1 : 0, held ? 1 : 0,
                meetings.stream().filter(m -> m.kind().equals("INITIAL")).map(PreProceeding.Meeting::heldOn).findFirst()
                        .orElse(null),
                (int) meetings.stream().filter(m -> m.kind().equals("REVIEW")).count(), latest.stepDecisionOn(),
                latest.outcome(), latest.courtApplicationOn(), latest.letterInitCpOn()));
    }
}
