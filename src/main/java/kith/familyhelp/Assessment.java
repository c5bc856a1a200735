package kith.familyhelp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import kith.familyhelp.FamilyHelpEvents.AssessmentAuthorised;
import kith.familyhelp.FamilyHelpEvents.AssessmentCompleted;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An assessment of one child: started, written up (the family's and the child's views, the factors, the
 * analysis, the outcome), completed (late only with a reason) and authorised by a manager.
 */
@Table("assessment")
class Assessment extends AbstractAggregateRoot<Assessment> {

    @Id
    private final UUID id;

    @Version
    private Long version;

    private final UUID episodeId;
    private final UUID childId;
    private final LocalDate startedOn;
    private final LocalDate dueOn;
    private String familyViews;
    private String childViews;
    private List<String> factors;
    private String analysis;
    private AssessmentOutcome outcome;
    private PrimaryNeed primaryNeed;
    private LocalDate completedOn;
    private String lateReason;
    private String completedByName;
    private LocalDate authorisedOn;
    private String authorisedByName;


    @PersistenceCreator
    Assessment(UUID id, Long version, UUID episodeId, UUID childId, LocalDate startedOn, LocalDate dueOn) {
        this.id = id;
        this.version = version;
        this.episodeId = episodeId;
        this.childId = childId;
        this.startedOn = startedOn;
        this.dueOn = dueOn;
        this.factors = List.of();
    }

    static Assessment start(UUID episodeId, UUID childId, LocalDate startedOn, LocalDate referralDate, LocalDate dueOn,
            UUID leadPractitionerId) {
        if (startedOn.isBefore(referralDate)) {
            // DfE CIN rule 1103: the assessment cannot start before the referral.
            throw new InvalidInput("startedOn", "The assessment cannot start before the referral date");
        }
        Assessment assessment = new Assessment(UUID.randomUUID(), null, episodeId, childId, startedOn, dueOn);
        assessment.registerEvent(new FamilyHelpEvents.AssessmentStarted(assessment.id, episodeId, childId, startedOn,
                dueOn, leadPractitionerId));
        return assessment;
    }

    /** Keeps work in progress; nothing is checked but the codes. */
    void write(AssessmentContent content) {
        requireNotCompleted();
        List<Problem> problems = new ArrayList<>();
        content.checkLengths(problems);
        List<String> codes = checkedFactors(content.factors(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.familyViews = trim(content.familyViews());
        this.childViews = trim(content.childViews());
        this.factors = codes;
        this.analysis = trim(content.analysis());
        this.outcome = outcomeOf(content.outcome());
        this.primaryNeed = primaryNeedOf(content.primaryNeed());
    }

    private static PrimaryNeed primaryNeedOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // DfE CIN rule 8650: a code from the primary need table only.
        return PrimaryNeed.fromCode(value).orElseThrow(() -> new InvalidInput("primaryNeed", "Select the child's primary need"));
    }

    private static AssessmentOutcome outcomeOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AssessmentOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("outcome", "Select what happens next");
        }
    }

    /**
     * Completes the assessment on {@code on}, never after {@code today}: everything required, and a reason when
     * later than its due date. Every problem is reported together.
     */
    void complete(AssessmentContent content, LocalDate on, LocalDate today, String whyLate, String byName) {
        requireNotCompleted();
        List<Problem> problems = new ArrayList<>();
        content.checkLengths(problems);
        List<String> codes = checkedFactors(content.factors(), problems);
        if (blank(content.familyViews())) {
            problems.add(new Problem("familyViews", "Record the family's views"));
        }
        if (blank(content.childViews())) {
            problems.add(new Problem("childViews", "Record the child's views and wishes, or why they could not be given"));
        }
        if (codes.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("factors"))) {
            // DfE CIN rule 8897Q: a completed assessment has its factors (21 when there are none).
            problems.add(new Problem("factors", "Select the factors identified, or 21 if there are none"));
        }
        if (blank(content.analysis())) {
            problems.add(new Problem("analysis", "Write your analysis"));
        }
        if (content.outcome() == null || content.outcome().isBlank()) {
            problems.add(new Problem("outcome", "Select what happens next"));
        } else if (!blank(content.primaryNeed()) && PrimaryNeed.fromCode(content.primaryNeed()).isEmpty()) {
            problems.add(new Problem("primaryNeed", "Select the child's primary need"));
        } else if (blank(content.primaryNeed()) && furtherHelp(content.outcome())) {
            // DfE CIN rule 8610: a referral that goes on to further help has the child's primary need.
            problems.add(new Problem("primaryNeed", "Select the child's primary need"));
        }
        if (on == null || on.isBefore(startedOn)) {
            problems.add(new Problem("completedOn", "The assessment cannot be completed before it started"));
        } else if (on.isAfter(today)) {
            problems.add(new Problem("completedOn", "The date completed must be today or in the past"));
        }
        boolean late = on != null && on.isAfter(dueOn);
        if (late && blank(whyLate)) {
            // Working Together 2023: an assessment beyond 45 working days records the reasons.
            problems.add(new Problem("lateReason", "Enter why the assessment took longer than 45 working days"));
        }
        if (TextLimits.exceeds(whyLate, TextLimits.TEXT)) {
            problems.add(new Problem("lateReason", "Enter why the assessment took longer in "
                    + TextLimits.shown(TextLimits.TEXT) + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        write(content);
        this.completedOn = on;
        this.lateReason = late ? whyLate.trim() : null;
        this.completedByName = byName;
        registerEvent(new AssessmentCompleted(id, episodeId, childId, on, codes, late, byName));
    }

    private static boolean furtherHelp(String outcome) {
        try {
            return AssessmentOutcome.valueOf(outcome).leadsToFurtherHelp();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    void authorise(LocalDate on, String byName) {
        if (completedOn == null) {
            throw new InvalidInput("assessment", "Only a completed assessment can be authorised");
        }
        if (authorisedOn != null) {
            throw new InvalidInput("assessment", "This assessment has already been authorised");
        }
        this.authorisedOn = on;
        this.authorisedByName = byName;
        registerEvent(new AssessmentAuthorised(id, episodeId, childId, on, byName));
    }

    /**
     * DfE codes only, and none retired (18A and 19A since 2024-25: DfE queries 8945Q, 8950Q), whether chosen on the
     * page, which does not offer them, or sent to the API; no factor twice (DfE CIN rule 8898); 21, "no factors
     * identified", stands alone (rule 8869).
     */
    static List<String> checkedFactors(List<String> given, List<Problem> problems) {
        List<String> codes = new ArrayList<>();
        for (String code : given == null ? List.<String>of() : given) {
            var factor = AssessmentFactor.fromCode(code);
            if (factor.isEmpty()) {
                problems.add(new Problem("factors", "Select factors from the DfE list"));
                return List.of();
            }
            if (factor.get().deprecated()) {
                problems.add(new Problem("factors", factor.get().code() + " is no longer used: select "
                        + factor.get().code().substring(0, 2) + "B (by another child) or "
                        + factor.get().code().substring(0, 2) + "C (by an adult)"));
                return List.of();
            }
            codes.add(factor.get().code());
        }
        if (new HashSet<>(codes).size() != codes.size()) {
            problems.add(new Problem("factors", "Select each factor once"));
        }
        if (codes.contains("21") && codes.size() > 1) {
            problems.add(new Problem("factors", "21 (no factors identified) cannot be selected with other factors"));
        }
        return codes;
    }

    private void requireNotCompleted() {
        if (completedOn != null) {
            throw new InvalidInput("assessment", "This assessment has been completed and can no longer be changed");
        }
    }

    boolean isAt(long expectedVersion) {
        return version != null && version == expectedVersion;
    }

    UUID id() {
        return id;
    }

    UUID episodeId() {
        return episodeId;
    }

    UUID childId() {
        return childId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    boolean completed() {
        return completedOn != null;
    }

    PrimaryNeed primaryNeed() {
        return primaryNeed;
    }

    AssessmentView view(String childName) {
        return new AssessmentView(id, version == null ? 0 : version, episodeId, childId, childName, startedOn, dueOn,
                familyViews, childViews, factors.stream().map(c -> AssessmentFactor.fromCode(c).orElseThrow()).toList(),
                analysis, outcome == null ? null : outcome.name(), outcome == null ? null : outcome.label(), completedOn,
                lateReason, completedByName, authorisedOn, authorisedByName,
                primaryNeed == null ? null : primaryNeed.name(), primaryNeed == null ? null : primaryNeed.label());
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
