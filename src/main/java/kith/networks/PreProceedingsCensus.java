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

    /**
     * The blocks of each of these children, one per pre-proceedings started up to {@code to} (oldest first), for the
     * census's batch of children: three queries for the batch. For those who make returns; the census audits the
     * batch (as ids), so this does not. A meeting counts as in {@link #forChild}.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, List<CinPreProceedings>> forChildren(java.util.Collection<UUID> childIds,
            java.time.LocalDate to) {
        access.check(kith.access.Permission.MAKE_RETURNS);
        if (childIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<Stored> all = store.ofChildren(childIds, to);
        if (all.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, List<PreProceeding.Meeting>> meetings = store.meetings(all.stream().map(Stored::id).toList());
        List<FgdmStore.Stored> decisions = fgdms.aboutAny(all.stream().map(Stored::childId).distinct().toList());
        java.util.Map<UUID, List<CinPreProceedings>> blocks = new java.util.HashMap<>();
        for (Stored pp : all) {
            List<FgdmStore.Stored> counted = decisions.stream()
                    .filter(f -> f.childId().equals(pp.childId()) || f.siblingIds().contains(pp.childId()))
                    .filter(f -> f.id().equals(pp.letterFgdmId()) || f.stage() == FgdmStage.PRE_PROCEEDINGS).toList();
            blocks.computeIfAbsent(pp.childId(), c -> new java.util.ArrayList<>())
                    .add(block(pp, counted, meetings.getOrDefault(pp.id(), List.of())));
        }
        return blocks;
    }

    private static CinPreProceedings block(Stored pp, List<FgdmStore.Stored> counted, List<PreProceeding.Meeting> meetings) {
        boolean offered = counted.stream().anyMatch(f -> f.offeredOn() != null);
        boolean held = counted.stream().anyMatch(f -> f.heldOn() != null);
        return new CinPreProceedings(pp.startedOn(), pp.letterSentOn(), offered ? 1 : 0, held ? 1 : 0,
                meetings.stream().filter(m -> m.kind().equals("INITIAL")).map(PreProceeding.Meeting::heldOn).findFirst()
                        .orElse(null),
                (int) meetings.stream().filter(m -> m.kind().equals("REVIEW")).count(), pp.stepDecisionOn(),
                pp.outcome(), pp.courtApplicationOn(), pp.letterInitCpOn());
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
