package kith.insights.measures;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kith.familyhelp.FamilyHelpEvents.AssessmentCompleted;
import kith.familyhelp.FamilyHelpEvents.AssessmentStarted;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.EpisodeOpened;
import kith.familyhelp.FamilyHelpEvents.LeadPractitionerAllocated;
import kith.frontdoor.ReferralDecided;
import kith.frontdoor.ReferralReceived;
import kith.networks.FgdmEvents.FgdmConsidered;
import kith.networks.FgdmEvents.FgdmMeetingHeld;
import kith.networks.FgdmEvents.FgdmOffered;
import kith.networks.KinshipEvents.KinshipArrangementStarted;
import kith.networks.KinshipEvents.PlacedOutsideTheNetwork;
import kith.networks.PreProceedingsEvents.LetterBeforeProceedingsSent;
import kith.networks.SupportPackageEvents.SupportPackageApproved;
import kith.networks.SupportPackageEvents.SupportPackageReviewed;
import kith.protection.ProtectionEvents.ChildProtectionPlanEnded;
import kith.protection.ProtectionEvents.ChildProtectionPlanStarted;
import kith.protection.ProtectionEvents.ChildProtectionVisitMade;
import kith.protection.ProtectionEvents.ConferenceHeld;
import kith.protection.ProtectionEvents.ConferenceScheduled;
import kith.protection.ProtectionEvents.LeadChildProtectionPractitionerAssigned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the measures' read models from the other modules' events: the one path that both the live listeners
 * ({@link MeasureRecorder}) and the rebuild ({@link MeasuresRebuild}, replaying the modules' records as the same
 * events) go through, so that the two cannot disagree. Every write is an upsert keyed by the record's own id, so
 * an event delivered twice changes nothing.
 */
@Component
class MeasureFacts {

    private final JdbcClient jdbc;
    private final Dimensions dimensions;

    MeasureFacts(JdbcClient jdbc, Dimensions dimensions) {
        this.jdbc = jdbc;
        this.dimensions = dimensions;
    }

    /** Applies one event to the read models; events the measures do not count are ignored. */
    void apply(Object event) {
        switch (event) {
            case ReferralReceived e -> fact(withLaterLead(Fact.of("REFERRAL", e.referralId(), e.childId(),
                    e.receivedOn()).repeat(e.reReferral())), false);
            case ReferralDecided e -> fact(withLaterLead(Fact.of("DECISION", e.referralId(), e.childId(),
                    e.decidedOn()).onTime(!e.late())), false);
            case EpisodeOpened e -> openCase("FAMILY_HELP", e.episodeId(), null, e.openedOn());
            case LeadPractitionerAllocated e -> leadAllocated(e);
            case AssessmentStarted e -> fact(Fact.of("ASSESSMENT", e.assessmentId(), e.childId(), null)
                    .startedOn(e.startedOn()).by(e.leadPractitionerId()));
            case AssessmentCompleted e -> {
                done("ASSESSMENT", e.assessmentId(), e.childId(), e.completedOn(), !e.late());
                needFound(e.assessmentId(), e.childId(), e.completedOn());
            }
            case EpisodeClosed e -> closeCase("FAMILY_HELP", e.episodeId());
            case ConferenceScheduled e -> conferenceKind(e.kind()).ifPresent(kind -> fact(
                    Fact.of(kind, e.conferenceId(), e.childId(), null).startedOn(e.scheduledOn())
                            .by(e.leadPractitionerId())));
            case ConferenceHeld e -> conferenceKind(e.kind()).ifPresent(kind ->
                    done(kind, e.conferenceId(), e.childId(), e.heldOn(), !e.late()));
            case ChildProtectionPlanStarted e -> {
                fact(Fact.of("CP_PLAN", e.planId(), e.childId(), e.startedOn()).repeat(e.previousPlans() > 0)
                        .by(e.leadPractitionerId()));
                openCase("CHILD_PROTECTION", e.planId(), e.leadPractitionerId(), e.startedOn());
            }
            case LeadChildProtectionPractitionerAssigned e -> {
                if (e.ofPlan()) {
                    updateCase("CHILD_PROTECTION", e.workId(), e.practitionerId());
                }
            }
            case ChildProtectionPlanEnded e -> {
                closeCase("CHILD_PROTECTION", e.planId());
                if ("BECAME_LOOKED_AFTER".equals(e.reason())) {
                    fact(Fact.of("BECAME_LOOKED_AFTER", e.planId(), e.childId(), e.endedOn()).outcome(e.reason())
                            .by(lead(e.childId())));
                }
            }
            case ChildProtectionVisitMade e -> fact(Fact.of("VISIT", e.visitId(), e.childId(), e.visitedOn())
                    .onTime(!e.late()).by(e.leadPractitionerId()));
            case FgdmConsidered e -> considered(e);
            case FgdmOffered e -> e.childIds().forEach(child -> fact(
                    Fact.of("FGDM_OFFERED", e.fgdmId(), child, e.offeredOn()).stage(stageOf(e.fgdmId()))
                            .by(lead(child))));
            case FgdmMeetingHeld e -> e.childIds().forEach(child -> fact(
                    Fact.of("FGDM_HELD", e.fgdmId(), child, e.heldOn()).stage(stageOf(e.fgdmId())).by(lead(child))));
            case LetterBeforeProceedingsSent e -> fact(Fact.of("LETTER_BEFORE_PROCEEDINGS", e.preProceedingsId(),
                    e.childId(), e.sentOn()).outcome(e.includes()).by(lead(e.childId())));
            case SupportPackageApproved e -> fact(Fact.of("SUPPORT_PACKAGE", e.packageId(), e.childId(), e.approvedOn())
                    .amount(e.totalPence()).by(lead(e.childId())));
            case SupportPackageReviewed e -> fact(Fact.of("SUPPORT_REVIEW", reviewId(e.packageId(), e.months()),
                    e.childId(), e.reviewedOn()).stage(String.valueOf(e.months())).outcome(e.living())
                    .by(lead(e.childId())));
            case KinshipArrangementStarted e -> fact(Fact.of("KINSHIP", e.arrangementId(), e.childId(), e.startedOn())
                    .stage(e.type()).by(lead(e.childId())));
            case PlacedOutsideTheNetwork e -> fact(Fact.of("PLACED_OUTSIDE_NETWORK", e.placementId(), e.childId(),
                    e.placedOn()).by(lead(e.childId())));
            default -> {
                // Not counted by any measure.
            }
        }
    }

    /** Empties every read model, before a rebuild. */
    void clear() {
        jdbc.sql("DELETE FROM measure_fact").update();
        jdbc.sql("DELETE FROM measure_child_lead").update();
        jdbc.sql("DELETE FROM measure_open_case").update();
    }

    /** A fact to upsert, built fluently from an event. */
    record Fact(String kind, UUID sourceId, UUID childId, LocalDate startedOn, LocalDate occurredOn, Boolean onTime,
            Boolean repeat, String stage, String outcome, Long amountPence, UUID practitionerId) {

        static Fact of(String kind, UUID sourceId, UUID childId, LocalDate occurredOn) {
            return new Fact(kind, sourceId, childId, null, occurredOn, null, null, null, null, null, null);
        }

        Fact startedOn(LocalDate on) {
            return new Fact(kind, sourceId, childId, on, occurredOn, onTime, repeat, stage, outcome, amountPence,
                    practitionerId);
        }

        Fact onTime(boolean value) {
            return new Fact(kind, sourceId, childId, startedOn, occurredOn, value, repeat, stage, outcome, amountPence,
                    practitionerId);
        }

        Fact repeat(boolean value) {
            return new Fact(kind, sourceId, childId, startedOn, occurredOn, onTime, value, stage, outcome, amountPence,
                    practitionerId);
        }

        Fact stage(String value) {
            return new Fact(kind, sourceId, childId, startedOn, occurredOn, onTime, repeat, value, outcome, amountPence,
                    practitionerId);
        }

        Fact outcome(String value) {
            return new Fact(kind, sourceId, childId, startedOn, occurredOn, onTime, repeat, stage, value, amountPence,
                    practitionerId);
        }

        Fact amount(long pence) {
            return new Fact(kind, sourceId, childId, startedOn, occurredOn, onTime, repeat, stage, outcome, pence,
                    practitionerId);
        }

        Fact by(UUID practitioner) {
            return new Fact(kind, sourceId, childId, startedOn, occurredOn, onTime, repeat, stage, outcome, amountPence,
                    practitioner);
        }
    }

    private void fact(Fact fact) {
        fact(fact, true);
    }

    /**
     * Upserts a fact with its dimensions; {@code ownPractitioner} false keeps the practitioner only for the team
     * (a referral is nobody's own work, so it is not in anyone's "my work").
     */
    private void fact(Fact fact, boolean ownPractitioner) {
        LocalDate day = fact.occurredOn() != null ? fact.occurredOn() : fact.startedOn();
        Dimensions.Of of = dimensions.of(fact.childId(), day, fact.practitionerId());
        // A rescheduled conference names no lead: keep the one it was arranged with, and the team that came with them.
        jdbc.sql("""
                        INSERT INTO measure_fact (kind, source_id, child_id, started_on, occurred_on, on_time, repeat,
                          stage, outcome, amount_pence, practitioner_id, team_id, team_name, agency_name, age_band, sex,
                          ethnicity, disability, primary_need)
                        VALUES (:kind, :source, :child, :started, :occurred, :onTime, :repeat, :stage, :outcome, :amount,
                          :practitioner, :team, :teamName, :agency, :age, :sex, :ethnicity, :disability, :need)
                        ON CONFLICT (kind, source_id, child_id) DO UPDATE SET
                          started_on = COALESCE(EXCLUDED.started_on, measure_fact.started_on),
                          occurred_on = COALESCE(EXCLUDED.occurred_on, measure_fact.occurred_on),
                          on_time = COALESCE(EXCLUDED.on_time, measure_fact.on_time),
                          repeat = COALESCE(EXCLUDED.repeat, measure_fact.repeat),
                          stage = COALESCE(EXCLUDED.stage, measure_fact.stage),
                          outcome = COALESCE(EXCLUDED.outcome, measure_fact.outcome),
                          amount_pence = COALESCE(EXCLUDED.amount_pence, measure_fact.amount_pence),
                          practitioner_id = COALESCE(measure_fact.practitioner_id, EXCLUDED.practitioner_id),
                          team_id = CASE WHEN measure_fact.practitioner_id IS NULL AND EXCLUDED.practitioner_id IS NOT NULL
                            THEN EXCLUDED.team_id ELSE measure_fact.team_id END,
                          team_name = CASE WHEN measure_fact.practitioner_id IS NULL AND EXCLUDED.practitioner_id IS NOT NULL
                            THEN EXCLUDED.team_name ELSE measure_fact.team_name END,
                          agency_name = CASE WHEN measure_fact.practitioner_id IS NULL AND EXCLUDED.practitioner_id IS NOT NULL
                            THEN EXCLUDED.agency_name ELSE measure_fact.agency_name END""")
                .param("kind", fact.kind()).param("source", fact.sourceId()).param("child", fact.childId())
                .param("started", fact.startedOn()).param("occurred", fact.occurredOn()).param("onTime", fact.onTime())
                .param("repeat", fact.repeat()).param("stage", fact.stage()).param("outcome", fact.outcome())
                .param("amount", fact.amountPence())
                .param("practitioner", ownPractitioner ? fact.practitionerId() : null)
                .param("team", of.teamId()).param("teamName", of.teamName()).param("agency", of.agencyName())
                .param("age", of.ageBand()).param("sex", of.sex()).param("ethnicity", of.ethnicity())
                .param("disability", of.disability()).param("need", of.primaryNeed())
                .update();
    }

    /** Work that started earlier (an assessment, a conference) is done: on time or not. */
    private void done(String kind, UUID sourceId, UUID childId, LocalDate on, boolean onTime) {
        int updated = jdbc.sql("""
                        UPDATE measure_fact SET occurred_on = :on, on_time = :onTime
                        WHERE kind = :kind AND source_id = :source AND child_id = :child""")
                .param("on", on).param("onTime", onTime).param("kind", kind).param("source", sourceId)
                .param("child", childId).update();
        if (updated == 0) {
            // Its start was never heard of (recorded before insights was installed and not yet rebuilt).
            fact(Fact.of(kind, sourceId, childId, on).onTime(onTime).by(lead(childId)));
        }
    }

    /** An assessment counts under the primary need it found, which was not known when it started. */
    private void needFound(UUID assessmentId, UUID childId, LocalDate on) {
        jdbc.sql("UPDATE measure_fact SET primary_need = :need WHERE kind = 'ASSESSMENT' AND source_id = :source AND child_id = :child")
                .param("need", dimensions.primaryNeed(childId, on)).param("source", assessmentId).param("child", childId)
                .update();
    }

    private void considered(FgdmConsidered e) {
        e.childIds().forEach(child -> fact(Fact.of("FGDM_CONSIDERED", e.fgdmId(), child, e.consideredOn())
                .stage(e.stage().name()).by(lead(child))));
        // Listeners run in parallel: an offer or a meeting heard of first is given its stage now.
        jdbc.sql("""
                        UPDATE measure_fact SET stage = :stage
                        WHERE source_id = :id AND kind IN ('FGDM_OFFERED', 'FGDM_HELD') AND stage IS NULL""")
                .param("stage", e.stage().name()).param("id", e.fgdmId()).update();
    }

    /**
     * A fact that names no practitioner (a referral, a decision) counts for the team of the lead practitioner who
     * takes the child on afterwards: here when the lead was allocated first (listeners run in parallel), in
     * {@link #leadAllocated} when the fact came first.
     */
    private Fact withLaterLead(Fact fact) {
        return jdbc.sql("""
                        SELECT practitioner_id FROM measure_child_lead
                        WHERE child_id = :child AND allocated_on >= :on""")
                .param("child", fact.childId()).param("on", fact.occurredOn())
                .query(UUID.class).optional().map(fact::by).orElse(fact);
    }

    private void leadAllocated(LeadPractitionerAllocated e) {
        allocateCase("FAMILY_HELP", e.episodeId(), e.practitionerId(), e.allocatedOn());
        Dimensions.Team team = dimensions.team(e.practitionerId());
        for (UUID child : e.childIds()) {
            jdbc.sql("""
                            INSERT INTO measure_child_lead (child_id, practitioner_id, allocated_on)
                            VALUES (:child, :practitioner, :on)
                            ON CONFLICT (child_id) DO UPDATE SET practitioner_id = EXCLUDED.practitioner_id,
                              allocated_on = EXCLUDED.allocated_on""")
                    .param("child", child).param("practitioner", e.practitionerId()).param("on", e.allocatedOn())
                    .update();
            // A referral names no practitioner when it arrives: it counts for the team of the lead who takes the child
            // on afterwards (the first allocation on or after it), so that the front door's work is sliceable by team.
            jdbc.sql("""
                            UPDATE measure_fact SET team_id = :team, team_name = :teamName, agency_name = :agency
                            WHERE child_id = :child AND kind IN ('REFERRAL', 'DECISION') AND team_id IS NULL
                              AND occurred_on <= :on""")
                    .param("team", team.teamId()).param("teamName", team.teamName()).param("agency", team.agencyName())
                    .param("child", child).param("on", e.allocatedOn())
                    .update();
        }
    }

    private void openCase(String kind, UUID caseId, UUID practitionerId, LocalDate on) {
        // An allocation heard of first (listeners run in parallel) has already made the row: keep its practitioner.
        jdbc.sql("""
                        INSERT INTO measure_open_case (kind, case_id, practitioner_id, team_id, opened_on)
                        VALUES (:kind, :case, :practitioner, :team, :on)
                        ON CONFLICT (kind, case_id) DO UPDATE SET opened_on = EXCLUDED.opened_on""")
                .param("kind", kind).param("case", caseId).param("practitioner", practitionerId)
                .param("team", dimensions.team(practitionerId).teamId()).param("on", on)
                .update();
    }

    private void allocateCase(String kind, UUID caseId, UUID practitionerId, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO measure_open_case (kind, case_id, practitioner_id, team_id, opened_on)
                        VALUES (:kind, :case, :practitioner, :team, :on)
                        ON CONFLICT (kind, case_id) DO UPDATE SET practitioner_id = EXCLUDED.practitioner_id,
                          team_id = EXCLUDED.team_id""")
                .param("practitioner", practitionerId).param("team", dimensions.team(practitionerId).teamId())
                .param("kind", kind).param("case", caseId).param("on", on)
                .update();
    }

    /** A plan's lead changed: the plan's row exists only while it is open, so nothing is made here. */
    private void updateCase(String kind, UUID caseId, UUID practitionerId) {
        jdbc.sql("UPDATE measure_open_case SET practitioner_id = :practitioner, team_id = :team WHERE kind = :kind AND case_id = :case")
                .param("practitioner", practitionerId).param("team", dimensions.team(practitionerId).teamId())
                .param("kind", kind).param("case", caseId)
                .update();
    }

    private void closeCase(String kind, UUID caseId) {
        jdbc.sql("DELETE FROM measure_open_case WHERE kind = :kind AND case_id = :case")
                .param("kind", kind).param("case", caseId).update();
    }

    private UUID lead(UUID childId) {
        return jdbc.sql("SELECT practitioner_id FROM measure_child_lead WHERE child_id = :child")
                .param("child", childId).query(UUID.class).optional().orElse(null);
    }

    private String stageOf(UUID fgdmId) {
        List<String> stages = jdbc.sql("SELECT stage FROM measure_fact WHERE kind = 'FGDM_CONSIDERED' AND source_id = :id LIMIT 1")
                .param("id", fgdmId).query(String.class).list();
        return stages.isEmpty() ? null : stages.get(0);
    }

    private static Optional<String> conferenceKind(String kind) {
        return switch (kind) {
            case "INITIAL" -> Optional.of("INITIAL_CONFERENCE");
            case "REVIEW" -> Optional.of("REVIEW_CONFERENCE");
            default -> Optional.empty();
        };
    }

    /** A package's 6 and 12 month reviews have no ids of their own: one derived from the package and the months. */
    private static UUID reviewId(UUID packageId, int months) {
        return UUID.nameUUIDFromBytes((packageId + "/" + months).getBytes(StandardCharsets.UTF_8));
    }
}
