package kith.familyhelp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships.Kind;
import kith.access.WorkingRelationships;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.frontdoor.ReferralView;
import kith.frontdoor.Referrals;
import kith.partnership.Discipline;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.people.Identities;
import kith.people.PersonManagement;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.Today;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and running Family Help episodes: from a referral decision or directly for a family already known;
 * allocating the lead practitioner and the team around the family (who then may open the family's records);
 * stepping up to child protection; closing. Managers decide; the access policy says who may see.
 */
@Service
public class FamilyHelpEpisodes {

    private final EpisodeRepository episodes;
    private final Referrals referrals;
    private final PersonManagement people;
    private final Relationships relationships;
    private final Identities identities;
    private final PartnershipDirectory partnership;
    private final WorkingRelationships working;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Today today;

    FamilyHelpEpisodes(EpisodeRepository episodes, Referrals referrals, PersonManagement people,
            Relationships relationships, Identities identities, PartnershipDirectory partnership, WorkingRelationships working,
            RecordAccess access, AuditTrail audit, JdbcClient jdbc, Today today) {
        this.episodes = episodes;
        this.referrals = referrals;
        this.people = people;
        this.relationships = relationships;
        this.identities = identities;
        this.partnership = partnership;
        this.working = working;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.today = today;
    }

    /**
     * Opens Family Help from a referral decided as targeted early help or a section 17 assessment, for the
     * child and the parents recorded in their family network.
     */
    @Transactional
    public EpisodeView openFromReferral(UUID referralId) {
        access.checkMayManageFamilyHelp();
        ReferralView referral = referrals.open(referralId);
        if (referral.decision() == null || !referral.decision().opensFamilyHelp()) {
            throw new InvalidInput("referral", "Family Help can be opened only from a referral decided as Family Help");
        }
        EpisodeKind kind = EpisodeKind.openedBy(referral.decision());
        if (jdbc.sql("SELECT count(*) FROM family_help_episode WHERE referral_id = :r").param("r", referralId)
                        .query(Long.class).single() > 0) {
            throw new InvalidInput("referral", "Family Help has already been opened from this referral");
        }
        return openFor(List.of(referral.childId()), kind, referralId, referral.receivedOn());
    }

    /** Opens Family Help directly for children already known (a manager's decision, recorded as such). */
    @Transactional
    public EpisodeView openDirectly(List<UUID> childIds, EpisodeKind kind, LocalDate referralDate) {
        access.checkMayManageFamilyHelp();
        if (childIds == null || childIds.isEmpty()) {
            throw new InvalidInput("children", "Select at least one child");
        }
        if (kind == null) {
            throw new InvalidInput("kind", "Select targeted early help or child in need");
        }
        if (referralDate == null || referralDate.isAfter(today())) {
            throw new InvalidInput("referralDate", "Enter the date the family was referred, today or in the past");
        }
        return openFor(childIds, kind, null, referralDate);
    }

    private EpisodeView openFor(List<UUID> childIds, EpisodeKind kind, UUID referralId, LocalDate referralDate) {
        LocalDate today = today();
        List<Episode.Member> members = new ArrayList<>();
        for (UUID child : childIds) {
            refuseOverlap(child, today);
            members.add(new Episode.Member(child, true, people.open(child).fullName()));
        }
        // The adults of the family: the children's parents and step-parents as recorded in the network.
        for (UUID child : childIds) {
            relationships.of(child).stream()
                    .filter(r -> r.type() == RelationshipType.PARENT || r.type() == RelationshipType.STEP_PARENT)
                    // A parent whose record is withheld from the manager is left for a named user to add.
                    .filter(r -> !r.person().withheld())
                    .filter(r -> members.stream().noneMatch(m -> m.personId().equals(r.person().id())))
                    .forEach(r -> members.add(new Episode.Member(r.person().id(), false, r.person().name())));
        }
        PractitionerView supervisor = currentPractitioner();
        if (supervisor.discipline() != Discipline.SOCIAL_WORKER) {
            throw new InvalidInput("supervisor", "Family Help is supervised by a social-work-qualified manager");
        }
        Episode episode = save(Episode.open(kind, referralId, referralDate, today, members, supervisor,
                supervisor.fullName()));
        working.start(episode.id(), episode.memberIds(), supervisor.id(), Kind.SUPERVISING_MANAGER);
        audit.record(AuditRecord.allowed("FAMILY_HELP_OPENED", withEpisode(episode)));
        return shown(episode);
    }

    /** Episodes for one child never overlap: refused while another is open (or closed after this date). */
    private void refuseOverlap(UUID child, LocalDate openingOn) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('family-help:' || :child))").param("child", child.toString())
                .query().singleValue();
        jdbc.sql("""
                        SELECT e.opened_on FROM family_help_episode e JOIN episode_member m ON m.episode_id = e.id
                        WHERE m.person_id = :child AND m.child AND (e.closed_on IS NULL OR e.closed_on > :on)
                        LIMIT 1""")
                .param("child", child)
                .param("on", openingOn)
                .query(LocalDate.class)
                .optional()
                .ifPresent(opened -> {
                    throw new InvalidInput("children", "This child already has Family Help, opened on "
                            + opened.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                            + ". Episodes for one child cannot overlap: work within that episode, or close it first.");
                });
    }

    /** Allocates the lead practitioner, from any agency; they may then open the family's records. */
    @Transactional
    public EpisodeView allocateLead(UUID episodeId, long expectedVersion, UUID practitionerId) {
        access.checkMayManageFamilyHelp();
        Episode episode = loadAt(episodeId, expectedVersion);
        PractitionerView lead = practitionerOrRefuse(practitionerId, "practitionerId", "Select the lead practitioner");
        UUID previous = episode.allocateLead(lead, today(), currentName());
        if (previous != null && !previous.equals(lead.id())) {
            working.end(episodeId, previous, Kind.LEAD_PRACTITIONER);
        }
        working.start(episodeId, episode.memberIds(), lead.id(), Kind.LEAD_PRACTITIONER);
        Episode saved = save(episode);
        audit.record(AuditRecord.allowed("LEAD_PRACTITIONER_ALLOCATED", withEpisode(saved)).withDetail(lead.fullName()));
        return shown(saved);
    }

    /** The lead practitioner agrees to lead. */
    @Transactional
    public EpisodeView agreeToLead(UUID episodeId, long expectedVersion) {
        Episode episode = loadAt(episodeId, expectedVersion);
        episode.childIds().forEach(access::checkMayOpen);
        episode.leadAgrees(access.currentPractitioner());
        Episode saved = save(episode);
        audit.record(AuditRecord.allowed("LEAD_PRACTITIONER_AGREED", withEpisode(saved)));
        return shown(saved);
    }

    /** Adds a practitioner from any agency to the team around the family. */
    @Transactional
    public EpisodeView addToTeam(UUID episodeId, long expectedVersion, UUID practitionerId, String role) {
        access.checkMayManageFamilyHelp();
        Episode episode = loadAt(episodeId, expectedVersion);
        PractitionerView member = practitionerOrRefuse(practitionerId, "practitionerId", "Select a practitioner");
        episode.addToTeam(member, role, today());
        working.start(episodeId, episode.memberIds(), member.id(), Kind.TEAM_AROUND_THE_FAMILY);
        Episode saved = save(episode);
        audit.record(AuditRecord.allowed("TEAM_MEMBER_ADDED", withEpisode(saved)).withDetail(member.fullName()));
        return shown(saved);
    }

    /** A manager steps up to child protection; the lead practitioner stays with the family. */
    @Transactional
    public EpisodeView stepUp(UUID episodeId, long expectedVersion, String reason) {
        access.checkMayManageFamilyHelp();
        Episode episode = loadAt(episodeId, expectedVersion);
        episode.stepUp(reason, today(), currentName());
        Episode saved = save(episode);
        audit.record(AuditRecord.allowed("STEPPED_UP_TO_CHILD_PROTECTION", withEpisode(saved)).withReason(reason));
        return shown(saved);
    }

    /** Closes the episode with a DfE reason and a summary for the family; the team's access ends with it. */
    @Transactional
    public EpisodeView close(UUID episodeId, long expectedVersion, ReasonForClosure reason, String summary) {
        access.checkMayManageFamilyHelp();
        Episode episode = loadAt(episodeId, expectedVersion);
        episode.close(reason, summary, today(), currentName());
        jdbc.sql("UPDATE family_plan SET ended_on = :on WHERE episode_id = :e AND ended_on IS NULL")
                .param("on", today()).param("e", episodeId).update();
        working.endAll(episodeId);
        Episode saved = save(episode);
        audit.record(AuditRecord.allowed("FAMILY_HELP_CLOSED", withEpisode(saved)).withDetail(reason.name()));
        return shown(saved);
    }

    /** An episode, for anyone who may open its children's records; audited as a view. */
    @Transactional
    public EpisodeView open(UUID episodeId) {
        Episode episode = load(episodeId);
        episode.childIds().forEach(access::checkMayOpen);
        return shown(episode, AuditRecord.allowed("FAMILY_HELP_VIEWED", withEpisode(episode)));
    }

    /**
     * The child's current Family Help, its plan and latest assessment, in one statement: the child's page
     * has a budget of five. Only for a record the caller has opened (the proof is the argument).
     */
    @Transactional(readOnly = true)
    public Optional<FamilyHelpSummary> summaryFor(PersonManagement.OpenedRecord opened) {
        UUID childId = opened.id();
        return jdbc.sql("""
                        SELECT e.id, e.kind, e.opened_on, e.lead_practitioner_name, e.lead_agency_name, e.lead_agreed,
                          e.supervisor_name, e.stepped_up_on, p.id AS plan_id, p.child_in_need_plan, p.next_review_on,
                          (SELECT count(*) FROM plan_goal g WHERE g.plan_id = p.id) AS goals,
                          a.due_on, a.completed_on, a.authorised_on
                        FROM family_help_episode e
                          JOIN episode_member m ON m.episode_id = e.id AND m.person_id = :child
                          LEFT JOIN family_plan p ON p.episode_id = e.id AND p.ended_on IS NULL
                          LEFT JOIN LATERAL (SELECT due_on, completed_on, authorised_on FROM assessment
                            WHERE episode_id = e.id AND child_id = :child ORDER BY started_on DESC LIMIT 1) a ON true
                        WHERE e.closed_on IS NULL ORDER BY e.opened_on DESC LIMIT 1""")
                .param("child", childId)
                .query((rs, n) -> new FamilyHelpSummary(rs.getObject("id", UUID.class),
                        EpisodeKind.valueOf(rs.getString("kind")), rs.getObject("opened_on", LocalDate.class),
                        rs.getString("lead_practitioner_name"), rs.getString("lead_agency_name"),
                        rs.getBoolean("lead_agreed"), rs.getString("supervisor_name"),
                        rs.getObject("stepped_up_on", LocalDate.class), rs.getObject("plan_id", UUID.class),
                        rs.getBoolean("child_in_need_plan"), rs.getInt("goals"),
                        rs.getObject("next_review_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class), rs.getObject("authorised_on", LocalDate.class)))
                .optional();
    }

    /** Practitioners who may lead or join the team: those of any agency who work with families. */
    @Transactional(readOnly = true)
    public List<PractitionerView> practitioners() {
        access.checkMayManageFamilyHelp();
        return partnership.practitionersWhoWorkWithFamilies();
    }

    Episode load(UUID id) {
        return episodes.findById(id).orElseThrow(() -> new RecordNotFound("Family Help episode", id));
    }

    Episode loadAt(UUID id, long expectedVersion) {
        Episode episode = load(id);
        if (!episode.isAt(expectedVersion)) {
            throw new StaleRecord("Family Help episode", id);
        }
        return episode;
    }

    private Episode save(Episode episode) {
        try {
            return episodes.save(episode);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord("Family Help episode", episode.id());
        }
    }

    /** A practitioner who works with families (never a screener, analyst or administrator), or the field's error. */
    private PractitionerView practitionerOrRefuse(UUID id, String field, String message) {
        return id == null ? invalid(field, message) : partnership.practitioner(id)
                .filter(PractitionerView::worksWithFamilies)
                .orElseGet(() -> invalid(field, message));
    }

    private static <T> T invalid(String field, String message) {
        throw new InvalidInput(field, message);
    }

    private PractitionerView currentPractitioner() {
        UUID id = access.currentPractitioner();
        return partnership.practitioner(id).orElseThrow(() -> new InvalidInput("supervisor", "You are not a practitioner"));
    }

    /** The episode with its family as the current user may be shown them (the one identity choke point). */
    private EpisodeView shown(Episode episode) {
        return shown(episode, AuditRecord.allowed("PEOPLE_SHOWN", List.of()).withDetail("Family Help episode"));
    }

    private EpisodeView shown(Episode episode, AuditRecord entry) {
        EpisodeView view = episode.view();
        return view.withPeople(identities.show(view.people().stream().map(EpisodeView.Person::id).toList(), entry));
    }

    private static String currentName() {
        return Actors.currentOrSystem().displayName();
    }

    private static List<UUID> withEpisode(Episode episode) {
        List<UUID> subjects = new ArrayList<>(List.of(episode.id()));
        subjects.addAll(episode.childIds());
        return subjects;
    }

    LocalDate today() {
        return today.date();
    }
}
