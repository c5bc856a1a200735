package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.Today;
import kith.timescales.ClockEvent;
import kith.timescales.StatutoryClocks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments within Family Help: due 45 working days from the referral (Working Together 2023), written by
 * the lead practitioner or the team, authorised by a social-work-qualified manager.
 */
@Service
public class Assessments {

    /** Working Together 2023: no longer than 45 working days from the referral (the clock definition says how long). */
    static final String ASSESSMENT_CLOCK = "ASSESSMENT";

    private final AssessmentRepository assessments;
    private final EpisodeRecords episodes;
    private final StatutoryClocks clocks;
    private final RecordAccess access;
    private final Identities identities;
    private final AuditTrail audit;
    private final Today today;
    private final JdbcClient jdbc;

    Assessments(AssessmentRepository assessments, EpisodeRecords episodes,
            StatutoryClocks clocks, RecordAccess access, Identities identities, AuditTrail audit, Today today,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.episodes = episodes;
        this.clocks = clocks;
        this.access = access;
        this.identities = identities;
        this.audit = audit;
        this.today = today;
    }

    /** The date an assessment of a child referred on {@code referralDate} is due: 45 working days later. */
    public LocalDate dueDateFor(LocalDate referralDate) {
        return clocks.dueDate(ASSESSMENT_CLOCK, referralDate);
    }

    @Transactional
    public AssessmentView start(UUID episodeId, UUID childId, LocalDate startedOn) {
        Episode episode = episodes.load(episodeId);
        if (!episode.childIds().contains(childId)) {
            throw new InvalidInput("childId", "Select a child in this family");
        }
        access.checkMayOpen(childId);
        if (!episode.isOpen()) {
            throw new InvalidInput("episode", "This Family Help episode is closed");
        }
        LocalDate due = dueDateFor(episode.referralDate());
        Assessment saved;
        try {
            saved = assessments.save(Assessment.start(episodeId, childId, startedOn == null ? today() : startedOn,
                    episode.referralDate(), due, episode.leadPractitionerId()));
        } catch (DuplicateKeyException e) {
            // DfE CIN rule 8896: no two open assessments for one child.
            throw new InvalidInput("childId", "This child already has an assessment in progress");
        }
        clocks.record(new ClockEvent("ReferralAcceptedForAssessment", saved.id(), childId, episode.referralDate(), null));
        audit.record(AuditRecord.allowed("ASSESSMENT_STARTED", List.of(saved.id(), childId)));
        return view(saved);
    }

    @Transactional
    public AssessmentView open(UUID id) {
        Assessment assessment = load(id);
        access.checkMayOpen(assessment.childId());
        audit.record(AuditRecord.allowed("ASSESSMENT_VIEWED", List.of(id, assessment.childId())));
        return view(assessment);
    }

    /** Saves work in progress. */
    @Transactional
    public AssessmentView write(UUID id, long expectedVersion, AssessmentContent content) {
        Assessment assessment = loadAt(id, expectedVersion);
        access.checkMayOpen(assessment.childId());
        assessment.write(content);
        Assessment saved = save(assessment);
        audit.record(AuditRecord.allowed("ASSESSMENT_UPDATED", List.of(id, assessment.childId())));
        return view(saved);
    }

    /** Completes the assessment on {@code on}; after its due date only with the reason it was late. */
    @Transactional
    public AssessmentView complete(UUID id, long expectedVersion, AssessmentContent content, LocalDate completedOn,
            String lateReason) {
        Assessment assessment = loadAt(id, expectedVersion);
        access.checkMayOpen(assessment.childId());
        LocalDate on = completedOn == null ? today() : completedOn;
        assessment.complete(content, on, today(), lateReason, Actors.currentOrSystem().displayName());
        clocks.record(new ClockEvent("AssessmentCompleted", id, assessment.childId(), on,
                on.isAfter(assessment.dueOn()) ? lateReason : null));
        Assessment saved = save(assessment);
        if (saved.primaryNeed() != null) {
            // The episode's primary need is its latest answer; written alone, so that the episode's version (which a
            // manager's open page holds) does not change with an assessment.
            jdbc.sql("UPDATE family_help_episode SET primary_need = :need WHERE id = :episode")
                    .param("need", saved.primaryNeed().name()).param("episode", saved.episodeId()).update();
        }
        audit.record(AuditRecord.allowed("ASSESSMENT_COMPLETED", List.of(id, assessment.childId())));
        return view(saved);
    }

    @Transactional
    public AssessmentView authorise(UUID id, long expectedVersion) {
        access.checkMayManageFamilyHelp();
        Assessment assessment = loadAt(id, expectedVersion);
        assessment.authorise(today(), Actors.currentOrSystem().displayName());
        Assessment saved = save(assessment);
        audit.record(AuditRecord.allowed("ASSESSMENT_AUTHORISED", List.of(id, assessment.childId())));
        return view(saved);
    }

    /** The assessments of an episode; the caller has opened the episode. */
    @Transactional
    public List<AssessmentView> forEpisode(UUID episodeId) {
        List<Assessment> found = assessments.findByEpisodeId(episodeId);
        Map<UUID, Identity> children = identities.show(found.stream().map(Assessment::childId).distinct().toList(),
                "assessments");
        return found.stream().map(a -> a.view(children.get(a.childId()).name())).toList();
    }

    private AssessmentView view(Assessment assessment) {
        return assessment.view(identities.show(assessment.childId(), "assessment").name());
    }

    private Assessment load(UUID id) {
        return assessments.findById(id).orElseThrow(() -> new RecordNotFound("Assessment", id));
    }

    private Assessment loadAt(UUID id, long expectedVersion) {
        Assessment assessment = load(id);
        if (!assessment.isAt(expectedVersion)) {
            throw new StaleRecord("Assessment", id);
        }
        return assessment;
    }

    private Assessment save(Assessment assessment) {
        try {
            return assessments.save(assessment);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord("Assessment", assessment.id());
        }
    }

    private LocalDate today() {
        return today.date();
    }
}
