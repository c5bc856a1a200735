package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's decisions on the course of Family Help: stepping up to child protection (the lead practitioner stays
 * with the family), and closing with a DfE reason and a summary for the family, after which nobody's access
 * continues through this work.
 */
@Service
public class FamilyHelpDecisions {

    private final EpisodeRecords records;
    private final AssessmentRepository assessments;
    private final WorkingRelationships working;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Today today;
    private final List<ChildProtectionWork> protection;

    FamilyHelpDecisions(EpisodeRecords records, AssessmentRepository assessments, WorkingRelationships working,
            RecordAccess access, AuditTrail audit, JdbcClient jdbc, Today today, List<ChildProtectionWork> protection) {
        this.protection = protection;
        this.records = records;
        this.assessments = assessments;
        this.working = working;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** A manager steps up to child protection; the lead practitioner stays with the family. */
    @Transactional
    public EpisodeView stepUp(UUID episodeId, long expectedVersion, String reason) {
        access.checkMayManageFamilyHelp();
        Episode episode = records.loadAt(episodeId, expectedVersion);
        episode.stepUp(reason, today.date(), Actors.currentOrSystem().displayName());
        Episode saved = records.save(episode);
        audit.record(AuditRecord.allowed("STEPPED_UP_TO_CHILD_PROTECTION", EpisodeRecords.subjectsOf(saved))
                .withReason(reason));
        return records.shown(saved);
    }

    /**
     * Closes the episode with a DfE reason and a summary for the family; the plan ends and the team's access ends
     * with it. Refused while an assessment is not completed: a closed episode's assessments are completed (DfE CIN
     * rule 8867), and an assessment is never ended without its findings, so the manager is told which to complete.
     */
    @Transactional
    public EpisodeView close(UUID episodeId, long expectedVersion, Closure closure) {
        access.checkMayManageFamilyHelp();
        Episode episode = records.loadAt(episodeId, expectedVersion);
        // Family Help is the family's one piece of work: it does not close under open child protection work.
        protection.stream().map(work -> work.openWorkIn(episodeId)).flatMap(Optional::stream).findFirst()
                .ifPresent(open -> {
                    throw new InvalidInput("reason", "This family has " + open + " open: finish it before closing "
                            + "Family Help");
                });
        List<Assessment> ofEpisode = assessments.findByEpisodeId(episodeId);
        List<UUID> notCompleted = ofEpisode.stream().filter(a -> !a.completed()).map(Assessment::childId).toList();
        Map<UUID, String> names = notCompleted.isEmpty() ? Map.of() : records.namesOf(notCompleted);
        LocalDate on = today.date();
        episode.close(closure, notCompleted.stream().map(names::get).toList(),
                ofEpisode.stream().anyMatch(Assessment::completed), on, Actors.currentOrSystem().displayName());
        jdbc.sql("UPDATE family_plan SET ended_on = :on WHERE episode_id = :e AND ended_on IS NULL")
                .param("on", on).param("e", episodeId).update();
        working.endAll(episodeId);
        Episode saved = records.save(episode);
        audit.record(AuditRecord.allowed("FAMILY_HELP_CLOSED", EpisodeRecords.subjectsOf(saved))
                .withDetail(closure.reason().name()));
        return records.shown(saved);
    }
}
