package kith.familyhelp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.EpisodeOpened;
import kith.familyhelp.FamilyHelpEvents.LeadPractitionerAllocated;
import kith.familyhelp.FamilyHelpEvents.SteppedUpToChildProtection;
import kith.partnership.PractitionerView;
import kith.shared.InvalidInput;
import kith.shared.TextLimits;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Family Help episode: the family, the lead practitioner (from any agency, who stays with the family
 * throughout, even after a step up to child protection), the supervising manager and the team around the
 * family. Closed once, with a DfE reason for closure and a summary for the family.
 */
@Table("family_help_episode")
class Episode extends AbstractAggregateRoot<Episode> {

    @Id
    private final UUID id;

    @Version
    private Long version;

    private final EpisodeKind kind;
    private final UUID referralId;
    private final LocalDate referralDate;
    private final LocalDate openedOn;
    private final String openedByName;
    private UUID leadPractitionerId;
    private String leadPractitionerName;
    private String leadAgencyName;
    private boolean leadAgreed;
    private LocalDate leadAllocatedOn;
    private final UUID supervisorId;
    private final String supervisorName;
    private LocalDate steppedUpOn;
    private String stepUpReason;
    private String steppedUpByName;
    private LocalDate closedOn;
    private String closureReason;
    private String closingSummary;
    private String closedByName;

    @MappedCollection(idColumn = "episode_id", keyColumn = "position")
    private List<Member> members;

    @MappedCollection(idColumn = "episode_id", keyColumn = "position")
    private List<TeamMember> team;


    @PersistenceCreator
    Episode(UUID id, Long version, EpisodeKind kind, UUID referralId, LocalDate referralDate, LocalDate openedOn,
            String openedByName, UUID supervisorId, String supervisorName, List<Member> members, List<TeamMember> team) {
        this.id = id;
        this.version = version;
        this.kind = kind;
        this.referralId = referralId;
        this.referralDate = referralDate;
        this.openedOn = openedOn;
        this.openedByName = openedByName;
        this.supervisorId = supervisorId;
        this.supervisorName = supervisorName;
        this.members = new ArrayList<>(members == null ? List.of() : members);
        this.team = new ArrayList<>(team == null ? List.of() : team);
    }

    /** Opens Family Help for the children it is about; their family joins as the manager confirms who. */
    static Episode open(EpisodeKind kind, UUID referralId, LocalDate referralDate, LocalDate on, List<Member> children,
            PractitionerView supervisor, String openedByName) {
        if (children.isEmpty() || !children.stream().allMatch(Member::child)) {
            throw new InvalidInput("children", "Family Help needs at least one child");
        }
        Episode episode = new Episode(UUID.randomUUID(), null, kind, referralId, referralDate, on, openedByName,
                supervisor.id(), supervisor.fullName(), children, List.of());
        episode.registerEvent(new EpisodeOpened(episode.id, episode.childIds(), on, kind.name(), referralId, openedByName));
        return episode;
    }

    /** Who joined and who left the family on the episode, when the manager confirmed who is in it. */
    record FamilyChange(List<UUID> joined, List<UUID> left) {}

    /**
     * The family on the episode as the manager confirms it: the children's relatives chosen from their recorded
     * relationships. The children the episode is about stay; everyone else is replaced.
     */
    FamilyChange confirmFamily(List<Member> family) {
        requireOpen();
        List<UUID> before = familyIds();
        List<UUID> after = family.stream().map(Member::personId).toList();
        List<Member> kept = new ArrayList<>(members.stream().filter(Member::child).toList());
        family.stream().filter(member -> !member.child() && !childIds().contains(member.personId())).forEach(kept::add);
        this.members = kept;
        return new FamilyChange(after.stream().filter(id -> !before.contains(id)).toList(),
                before.stream().filter(id -> !after.contains(id)).toList());
    }

    /** Allocates (or changes) the lead practitioner; a new lead has yet to agree. Returns the previous lead. */
    UUID allocateLead(PractitionerView lead, LocalDate on, String byName) {
        requireOpen();
        UUID previous = leadPractitionerId;
        this.leadPractitionerId = lead.id();
        this.leadPractitionerName = lead.fullName();
        this.leadAgencyName = lead.agencyName();
        this.leadAgreed = false;
        this.leadAllocatedOn = on;
        registerEvent(new LeadPractitionerAllocated(id, childIds(), lead.id(), lead.fullName(), lead.agencyName(), on, byName));
        return previous;
    }

    /** The lead practitioner agrees to lead the work with this family. */
    void leadAgrees(UUID practitionerId) {
        requireOpen();
        if (leadPractitionerId == null || !leadPractitionerId.equals(practitionerId)) {
            throw new InvalidInput("lead", "Only the allocated lead practitioner can agree to lead");
        }
        this.leadAgreed = true;
    }

    /**
     * Adds a practitioner to the team around the family, with what they will do; {@code practitioner} is null when
     * none could be chosen, and {@code problems} already says why, so that every problem is reported together.
     */
    void addToTeam(PractitionerView practitioner, String role, LocalDate on, List<InvalidInput.Problem> problems) {
        requireOpen();
        List<InvalidInput.Problem> all = new ArrayList<>(problems);
        if (practitioner != null && team.stream().anyMatch(member -> member.practitionerId().equals(practitioner.id()))) {
            all.add(new InvalidInput.Problem("practitionerId", practitioner.fullName()
                    + " is already in the team around the family"));
        }
        if (role == null || role.isBlank()) {
            all.add(new InvalidInput.Problem("role", "Enter what they will do with the family"));
        } else if (TextLimits.exceeds(role, TextLimits.LINE)) {
            all.add(new InvalidInput.Problem("role", "Enter what they will do in " + TextLimits.LINE + " characters or fewer"));
        }
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
        team.add(new TeamMember(practitioner.id(), practitioner.fullName(), practitioner.agencyName(), role.trim(), on));
    }

    /** A manager steps up to child protection; the episode and the lead practitioner stay with the family. */
    void stepUp(String reason, LocalDate on, String byName) {
        requireOpen();
        if (steppedUpOn != null) {
            throw new InvalidInput("reason", "This family has already been stepped up to child protection");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Enter why the family is stepping up to child protection");
        }
        if (TextLimits.exceeds(reason, TextLimits.TEXT)) {
            throw new InvalidInput("reason", "Enter why the family is stepping up in "
                    + TextLimits.shown(TextLimits.TEXT) + " characters or fewer");
        }
        this.steppedUpOn = on;
        this.stepUpReason = reason.trim();
        this.steppedUpByName = byName;
        registerEvent(new SteppedUpToChildProtection(id, childIds(), on, stepUpReason, leadPractitionerId, byName));
    }

    /**
     * Closes the episode. Refused while an assessment is not completed (DfE CIN rule 8867: a closed episode has its
     * assessments completed), with RC8 or RC9 when no assessment was completed (rule 8825Q), and with a reason that
     * is not usual for the work unless the manager confirmed it.
     */
    void close(Closure closure, List<String> openAssessments, boolean anAssessmentCompleted, LocalDate on,
            String byName) {
        requireOpen();
        ReasonForClosure reason = closure.reason();
        String summary = closure.summary();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(new InvalidInput.Problem("reason", "Select the reason for closure"));
        } else if (reason.needsACompletedAssessment() && !anAssessmentCompleted) {
            problems.add(new InvalidInput.Problem("reason", reason.name() + " is for a case closed after its assessment, "
                    + "and no assessment has been completed: complete it first, or select another reason (DfE CIN rule 8825Q)"));
        } else if (!reason.usualFor(kind) && !closure.unusualReasonConfirmed()) {
            problems.add(new InvalidInput.Problem("confirmUnusualReason", reason.name() + " " + reason.label()
                    + " is not a usual reason for closing " + kind.label().toLowerCase(java.util.Locale.UK)
                    + ": confirm it is right, or select another reason"));
        }
        if (summary == null || summary.isBlank()) {
            problems.add(new InvalidInput.Problem("summary", "Write a closing summary for the family"));
        } else if (TextLimits.exceeds(summary, TextLimits.TEXT)) {
            problems.add(new InvalidInput.Problem("summary", "Write the closing summary in "
                    + TextLimits.shown(TextLimits.TEXT) + " characters or fewer"));
        }
        if (openAssessments.size() == 1) {
            problems.add(new InvalidInput.Problem("assessments", "The assessment of " + openAssessments.get(0)
                    + " is not completed: complete it before closing Family Help (DfE CIN rule 8867)"));
        } else if (openAssessments.size() > 1) {
            problems.add(new InvalidInput.Problem("assessments", "The assessments of "
                    + String.join(", ", openAssessments.subList(0, openAssessments.size() - 1)) + " and "
                    + openAssessments.get(openAssessments.size() - 1)
                    + " are not completed: complete them before closing Family Help (DfE CIN rule 8867)"));
        }
        if (on.isBefore(openedOn)) {
            problems.add(new InvalidInput.Problem("closedOn", "The episode cannot close before it opened"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.closedOn = on;
        this.closureReason = reason.name();
        this.closingSummary = summary.trim();
        this.closedByName = byName;
        registerEvent(new EpisodeClosed(id, childIds(), on, reason.name(), byName));
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new InvalidInput("episode", "This Family Help episode is closed");
        }
    }

    boolean isAt(long expectedVersion) {
        return version != null && version == expectedVersion;
    }

    boolean isOpen() {
        return closedOn == null;
    }

    UUID id() {
        return id;
    }

    LocalDate referralDate() {
        return referralDate;
    }

    UUID leadPractitionerId() {
        return leadPractitionerId;
    }

    UUID supervisorId() {
        return supervisorId;
    }

    List<UUID> childIds() {
        return members.stream().filter(Member::child).map(Member::personId).toList();
    }

    /** Everyone in the episode: the children and their family. */
    List<UUID> memberIds() {
        return members.stream().map(Member::personId).toList();
    }

    /** The family on the episode: everyone but the children it is about. */
    List<UUID> familyIds() {
        return members.stream().filter(member -> !member.child()).map(Member::personId).toList();
    }

    EpisodeKind kind() {
        return kind;
    }

    List<TeamMember> team() {
        return List.copyOf(team);
    }

    EpisodeView view() {
        return new EpisodeView(id, version == null ? 0 : version, kind, referralId, referralDate, openedOn, openedByName,
                members.stream().map(m -> new EpisodeView.Person(m.personId(), m.name(), m.child(), false,
                        m.relationship())).toList(),
                leadPractitionerId, leadPractitionerName, leadAgencyName, leadAgreed, leadAllocatedOn, supervisorId,
                supervisorName, team.stream().map(t -> new EpisodeView.TeamMember(t.practitionerId(), t.name(),
                        t.agencyName(), t.role(), t.addedOn())).toList(),
                steppedUpOn, stepUpReason, steppedUpByName, closedOn,
                closureReason == null ? null : ReasonForClosure.valueOf(closureReason), closingSummary, closedByName);
    }


    /**
     * A person in the episode: a child it is about, or one of their family, with what they are to the child (a
     * people RelationshipType's name; null for the children).
     */
    @Table("episode_member")
    record Member(UUID personId, boolean child, String name, String relationship) {

        static Member child(UUID personId, String name) {
            return new Member(personId, true, name, null);
        }
    }

    /** A practitioner in the team around the family. */
    @Table("team_member")
    record TeamMember(UUID practitionerId, String name, String agencyName, String role, LocalDate addedOn) {}
}
