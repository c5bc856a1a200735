package kith.protection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.EpisodeFacts;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.frontdoor.LawfulBasis;
import kith.partnership.AgencyKind;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.people.Identities;
import kith.people.Identity;
import kith.protection.ProtectionEvents.StrategyDiscussionHeld;
import kith.protection.StrategyDiscussion.AgreedAction;
import kith.protection.StrategyDiscussion.Kind;
import kith.protection.StrategyDiscussion.Participant;
import kith.shared.Actor;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.RecordNotFound;
import kith.shared.TextLimits;
import kith.shared.Today;
import kith.timescales.ClockEvent;
import kith.timescales.ClockView;
import kith.timescales.StatutoryClocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategy discussions: who took part by agency (the council's social worker, health and police at least, or the
 * reason why not), what was shared and on what lawful basis, and the decision. A discussion that decides on a
 * section 47 enquiry starts one for each child, with its initial conference due 15 working days later; an urgent
 * discussion by phone starts the clock for the meeting that follows it.
 */
@Service
public class StrategyDiscussions {

    static final String MEETING_AFTER_PHONE = "STRATEGY_MEETING_AFTER_PHONE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** More people than any discussion has: a list this long is not a record of a discussion. */
    static final int MOST_PARTICIPANTS = 40;

    private final JdbcClient jdbc;
    private final FamilyHelpEpisodes familyHelp;
    private final PartnershipDirectory partnership;
    private final Section47Enquiries enquiries;
    private final ChildProtectionTeams teams;
    private final StatutoryClocks clocks;
    private final Identities identities;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    StrategyDiscussions(JdbcClient jdbc, FamilyHelpEpisodes familyHelp, PartnershipDirectory partnership,
            Section47Enquiries enquiries, ChildProtectionTeams teams, StatutoryClocks clocks, Identities identities,
            RecordAccess access, AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.familyHelp = familyHelp;
        this.partnership = partnership;
        this.enquiries = enquiries;
        this.teams = teams;
        this.clocks = clocks;
        this.identities = identities;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /**
     * Records a strategy discussion held for children of an open Family Help episode; every problem is reported
     * together and nothing is saved until there are none.
     *
     * @return the discussion's id
     */
    @Transactional
    public UUID record(StrategyDiscussion.Record discussion) {
        access.check(Permission.WORK_CHILD_PROTECTION);
        if (discussion.episodeId() == null) {
            throw new InvalidInput("episodeId", "Give the Family Help episode the discussion was held for");
        }
        EpisodeFacts episode = familyHelp.facts(discussion.episodeId());
        if (!episode.open()) {
            throw new InvalidInput("episodeId", "This family's Family Help has closed: a strategy discussion is held "
                    + "within open work");
        }
        episode.childIds().forEach(access::checkMayOpen);
        List<Problem> problems = new ArrayList<>();
        List<UUID> children = discussion.childIds() == null ? List.of()
                : discussion.childIds().stream().filter(Objects::nonNull).distinct().toList();
        if (children.isEmpty()) {
            problems.add(new Problem("childIds", "Select the children the discussion was about"));
        } else if (!episode.childIds().containsAll(children)) {
            problems.add(new Problem("childIds", "Select the children from this family's Family Help"));
            children = children.stream().filter(episode.childIds()::contains).toList();
        }
        LocalDate onDay = today.date();
        if (discussion.heldOn() == null || discussion.heldOn().isAfter(onDay)) {
            problems.add(new Problem("heldOn", "Enter the date of the discussion, today or in the past"));
        }
        if (discussion.kind() == null) {
            problems.add(new Problem("kind", "Select whether it was a meeting or an urgent discussion by phone"));
        }
        List<Participant> participants = participants(discussion.participants(), problems);
        List<AgencyType> missing = StrategyDiscussion.missingRequired(participants);
        if (!missing.isEmpty() && blank(discussion.missingAgenciesReason())) {
            problems.add(new Problem("missingAgenciesReason", StrategyDiscussion.names(missing)
                    + " did not take part: say why. Working Together 2023 expects the council's social worker, health "
                    + "and police at every strategy discussion"));
        }
        text(problems, "missingAgenciesReason", discussion.missingAgenciesReason(), TextLimits.NOTE, null);
        text(problems, "informationShared", discussion.informationShared(), TextLimits.TEXT,
                "Write what each agency shared");
        if (discussion.lawfulBasis() == null) {
            problems.add(new Problem("lawfulBasis", "Select the lawful basis for sharing the information"));
        }
        if (discussion.section47() == null) {
            problems.add(new Problem("section47", "Select whether a section 47 enquiry starts"));
        }
        if (discussion.immediateProtection() == null) {
            problems.add(new Problem("immediateProtection", "Select whether the child needs immediate protection"));
        } else if (discussion.immediateProtection()) {
            text(problems, "immediateProtectionAction", discussion.immediateProtectionAction(), TextLimits.TEXT,
                    "Write what is being done to protect the child now");
        }
        text(problems, "reasons", discussion.reasons(), TextLimits.TEXT, "Write the reasons for the decision");
        List<AgreedAction> actions = actions(discussion.actions(), problems);
        Followed followed = followed(discussion, problems);
        if (Boolean.TRUE.equals(discussion.section47()) && !children.isEmpty()) {
            enquiries.refuseOpenEnquiries(children, followed == null ? null : followed.id(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }

        UUID id = UUID.randomUUID();
        Actor me = Actors.currentOrSystem();
        UUID team = teams.defaultTeam().orElse(null);
        insert(id, team, discussion, participants, actions, children, me);
        LocalDate meetingDue = null;
        if (discussion.kind() == Kind.PHONE) {
            meetingDue = clocks.record(new ClockEvent("UrgentStrategyDiscussionByPhone", id, children.get(0),
                    discussion.heldOn(), null)).stream().filter(ClockView::running).map(ClockView::dueOn)
                    .findFirst().orElse(null);
        }
        if (followed != null) {
            clocks.record(new ClockEvent("StrategyMeetingHeld", followed.id(), children.get(0), discussion.heldOn(),
                    discussion.lateReason()));
        }
        // The step-up that asked for this discussion has been taken on; the team's access moves to the enquiries.
        jdbc.sql("""
                        SELECT id FROM child_protection_step_up WHERE episode_id = :episode AND strategy_discussion_id IS NULL""")
                .param("episode", episode.id())
                .query(UUID.class)
                .list()
                .forEach(stepUp -> {
                    jdbc.sql("UPDATE child_protection_step_up SET strategy_discussion_id = :d WHERE id = :id")
                            .param("d", id).param("id", stepUp).update();
                    teams.workEnded(stepUp);
                });
        if (Boolean.TRUE.equals(discussion.section47())) {
            for (UUID child : children) {
                enquiries.startFrom(id, discussion.heldOn(), child, episode, team, followed == null ? null : followed.id());
            }
        }
        events.publishEvent(new StrategyDiscussionHeld(id, episode.id(), children, discussion.heldOn(),
                discussion.kind() == Kind.PHONE, discussion.section47(), discussion.immediateProtection(),
                missing.stream().map(AgencyType::label).toList(), meetingDue, episode.leadPractitionerId(),
                me.displayName(), followed == null ? null : followed.id()));
        List<UUID> subjects = new ArrayList<>(List.of(id, episode.id()));
        subjects.addAll(children);
        audit.record(AuditRecord.allowed("STRATEGY_DISCUSSION_RECORDED", subjects)
                .withDetail(Boolean.TRUE.equals(discussion.section47()) ? "Section 47 enquiry" : "No section 47 enquiry"));
        return id;
    }

    /** A discussion, for anyone who may open its children's child protection records; audited as a view. */
    @Transactional
    public StrategyDiscussion.View open(UUID id) {
        Stored stored = load(id);
        stored.children().forEach(access::checkMayOpenChildProtection);
        List<UUID> subjects = new ArrayList<>(List.of(id));
        subjects.addAll(stored.children());
        Map<UUID, Identity> shown = identities.show(stored.children(),
                AuditRecord.allowed("STRATEGY_DISCUSSION_VIEWED", subjects));
        List<StrategyDiscussion.EnquiryStarted> started = jdbc.sql("""
                        SELECT id, child_id FROM section_47_enquiry WHERE strategy_discussion_id = :id ORDER BY started_on, id""")
                .param("id", id)
                .query((rs, n) -> new StrategyDiscussion.EnquiryStarted(rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class)))
                .list();
        LocalDate meetingDue = stored.kind() == Kind.PHONE
                ? clocks.find(MEETING_AFTER_PHONE, id).map(ClockView::dueOn).orElse(null) : null;
        return new StrategyDiscussion.View(id, stored.version(), stored.episodeId(),
                stored.children().stream().map(shown::get).toList(), stored.heldOn(), stored.kind(), stored.followsUpId(),
                participantsOf(id), stored.missingAgenciesReason(), stored.informationShared(), stored.lawfulBasis(),
                stored.section47(), stored.immediateProtection(), stored.immediateProtectionAction(), stored.reasons(),
                actionsOf(id), stored.recordedByName(), stored.recordedAt(), started, meetingDue);
    }

    /**
     * Whether the current user may open the discussion: every child it was about is one whose child protection records
     * they may open (for a link from another page, so that no link answers 403). Shows nothing, so audits nothing.
     */
    @Transactional(readOnly = true)
    public boolean mayOpen(UUID id) {
        List<UUID> children = find(id).map(Stored::children).orElse(List.of());
        return !children.isEmpty() && access.childProtectionOpenable(children).containsAll(children);
    }

    /** The episode's discussions, newest first, as ids and dates (its page lists them and links to each). */
    @Transactional(readOnly = true)
    public List<Summary> ofEpisode(UUID episodeId) {
        return jdbc.sql("""
                        SELECT id, held_on, kind, section_47 FROM strategy_discussion WHERE episode_id = :episode
                        ORDER BY held_on DESC, recorded_at DESC""")
                .param("episode", episodeId)
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
                        Kind.valueOf(rs.getString("kind")), rs.getBoolean("section_47")))
                .list();
    }

    /** A discussion in a list. */
    public record Summary(UUID id, LocalDate heldOn, Kind kind, boolean section47) {}

    /** The urgent phone discussions of an episode still waiting for their meeting (a meeting form offers them). */
    @Transactional(readOnly = true)
    public List<Summary> waitingForAMeeting(UUID episodeId) {
        return ofEpisode(episodeId).stream()
                .filter(d -> d.kind() == Kind.PHONE)
                .filter(d -> clocks.find(MEETING_AFTER_PHONE, d.id()).map(ClockView::running).orElse(false))
                .toList();
    }

    private record Followed(UUID id, LocalDate heldOn) {}

    /** The phone discussion a meeting follows up, checked; null when it follows none. */
    private Followed followed(StrategyDiscussion.Record discussion, List<Problem> problems) {
        if (discussion.followsUpId() == null) {
            return null;
        }
        Optional<Stored> phone = find(discussion.followsUpId());
        if (phone.isEmpty() || !phone.get().episodeId().equals(discussion.episodeId()) || phone.get().kind() != Kind.PHONE) {
            problems.add(new Problem("followsUpId", "Select an urgent discussion by phone held for this family"));
            return null;
        }
        if (discussion.kind() == Kind.PHONE) {
            problems.add(new Problem("kind", "The discussion after an urgent one by phone is a meeting"));
        }
        Optional<ClockView> clock = clocks.find(MEETING_AFTER_PHONE, phone.get().id());
        if (clock.isPresent() && clock.get().running() && discussion.heldOn() != null
                && discussion.heldOn().isAfter(clock.get().dueOn()) && blank(discussion.lateReason())) {
            problems.add(new Problem("lateReason", "The meeting was due by " + clock.get().dueOn().format(DAY)
                    + ", 5 working days after the discussion by phone: say why it was later"));
        }
        if (discussion.heldOn() != null && discussion.heldOn().isBefore(phone.get().heldOn())) {
            problems.add(new Problem("heldOn", "The meeting cannot be before the discussion by phone it follows, on "
                    + phone.get().heldOn().format(DAY)));
        }
        return new Followed(phone.get().id(), phone.get().heldOn());
    }

    /** The participants as recorded: a practitioner's name and agency from the partnership, anyone else as typed. */
    private List<Participant> participants(List<Participant> given, List<Problem> problems) {
        List<Participant> participants = given == null ? List.of() : given.stream().filter(Objects::nonNull)
                .filter(p -> p.practitionerId() != null || !blank(p.name()) || !blank(p.agencyName()))
                .toList();
        if (participants.isEmpty()) {
            problems.add(new Problem("participants", "Add who took part"));
            return List.of();
        }
        if (participants.size() > MOST_PARTICIPANTS) {
            problems.add(new Problem("participants", "Add at most " + MOST_PARTICIPANTS + " people"));
            return List.of();
        }
        List<Participant> recorded = new ArrayList<>();
        for (Participant p : participants) {
            if (p.practitionerId() != null) {
                PractitionerView practitioner = partnership.practitioner(p.practitionerId()).orElse(null);
                if (practitioner == null) {
                    problems.add(new Problem("participants", "Select the people who took part from the partnership"));
                    continue;
                }
                recorded.add(new Participant(practitioner.id(), practitioner.fullName(), practitioner.agencyName(),
                        p.agencyType() == null ? typeOf(practitioner) : p.agencyType(),
                        blank(p.role()) ? practitioner.jobTitle() : p.role().trim()));
            } else if (blank(p.name()) || blank(p.agencyName()) || p.agencyType() == null) {
                problems.add(new Problem("participants", "For someone not recorded in Kith, enter their name, their "
                        + "agency and what they spoke for"));
            } else if (TextLimits.exceeds(p.name(), TextLimits.NAME) || TextLimits.exceeds(p.agencyName(), TextLimits.LINE)
                    || TextLimits.exceeds(p.role(), TextLimits.LINE)) {
                problems.add(new Problem("participants", "Enter a name in " + TextLimits.shown(TextLimits.NAME)
                        + " characters or fewer, and an agency and role in " + TextLimits.shown(TextLimits.LINE)));
            } else {
                recorded.add(new Participant(null, p.name().trim(), p.agencyName().trim(), p.agencyType(),
                        blank(p.role()) ? null : p.role().trim()));
            }
        }
        return recorded;
    }

    /** What a practitioner speaks for, from their agency (a council's education officer for education). */
    static AgencyType typeOf(PractitionerView practitioner) {
        if (practitioner.agencyKind() == AgencyKind.COUNCIL) {
            return practitioner.discipline().name().startsWith("EDUCATION") ? AgencyType.EDUCATION : AgencyType.SOCIAL_CARE;
        }
        return switch (practitioner.agencyKind()) {
            case POLICE -> AgencyType.POLICE;
            case HEALTH -> AgencyType.HEALTH;
            case SCHOOL -> AgencyType.EDUCATION;
            default -> AgencyType.OTHER;
        };
    }

    private static List<AgreedAction> actions(List<AgreedAction> given, List<Problem> problems) {
        List<AgreedAction> actions = given == null ? List.of() : given.stream().filter(Objects::nonNull)
                .filter(a -> !blank(a.action()) || !blank(a.owner())).toList();
        if (actions.size() > MOST_PARTICIPANTS) {
            problems.add(new Problem("actions", "Add at most " + MOST_PARTICIPANTS + " actions"));
            return List.of();
        }
        for (AgreedAction action : actions) {
            if (blank(action.action()) || blank(action.owner())) {
                problems.add(new Problem("actions", "For each action, write what will be done and who will do it"));
                return List.of();
            }
            if (TextLimits.exceeds(action.action(), TextLimits.NOTE) || TextLimits.exceeds(action.owner(), TextLimits.LINE)) {
                problems.add(new Problem("actions", "Write each action in " + TextLimits.shown(TextLimits.NOTE)
                        + " characters or fewer"));
                return List.of();
            }
        }
        return actions.stream().map(a -> new AgreedAction(a.action().trim(), a.owner().trim(), a.dueOn())).toList();
    }

    private void insert(UUID id, UUID team, StrategyDiscussion.Record d, List<Participant> participants,
            List<AgreedAction> actions, List<UUID> children, Actor me) {
        jdbc.sql("""
                        INSERT INTO strategy_discussion (id, episode_id, team_id, held_on, kind, follows_up_id,
                          information_shared, lawful_basis, missing_agencies_reason, section_47, immediate_protection,
                          immediate_protection_action, reasons, recorded_by, recorded_by_name, recorded_at)
                        VALUES (:id, :episode, :team, :held, :kind, :follows, :info, :basis, :missing, :s47, :immediate,
                          :action, :reasons, :by, :byName, :at)""")
                .param("id", id).param("episode", d.episodeId()).param("team", team).param("held", d.heldOn())
                .param("kind", d.kind().name()).param("follows", d.followsUpId())
                .param("info", d.informationShared().trim()).param("basis", d.lawfulBasis().name())
                .param("missing", blank(d.missingAgenciesReason()) ? null : d.missingAgenciesReason().trim())
                .param("s47", d.section47()).param("immediate", d.immediateProtection())
                .param("action", d.immediateProtection() ? d.immediateProtectionAction().trim() : null)
                .param("reasons", d.reasons().trim()).param("by", me.username()).param("byName", me.displayName())
                .param("at", Timestamp.from(today.now()))
                .update();
        for (UUID child : children) {
            jdbc.sql("INSERT INTO strategy_discussion_child (discussion_id, person_id) VALUES (:id, :child)")
                    .param("id", id).param("child", child).update();
        }
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            jdbc.sql("""
                            INSERT INTO strategy_discussion_participant (discussion_id, position, practitioner_id, name,
                              agency_name, agency_type, role)
                            VALUES (:id, :position, :practitioner, :name, :agency, :type, :role)""")
                    .param("id", id).param("position", i).param("practitioner", p.practitionerId()).param("name", p.name())
                    .param("agency", p.agencyName()).param("type", p.agencyType().name()).param("role", p.role())
                    .update();
        }
        for (int i = 0; i < actions.size(); i++) {
            AgreedAction a = actions.get(i);
            jdbc.sql("""
                            INSERT INTO strategy_discussion_action (discussion_id, position, action, owner, due_on)
                            VALUES (:id, :position, :action, :owner, :due)""")
                    .param("id", id).param("position", i).param("action", a.action()).param("owner", a.owner())
                    .param("due", a.dueOn())
                    .update();
        }
    }

    private record Stored(UUID id, long version, UUID episodeId, List<UUID> children, LocalDate heldOn, Kind kind,
            UUID followsUpId, String informationShared, LawfulBasis lawfulBasis, String missingAgenciesReason,
            boolean section47, boolean immediateProtection, String immediateProtectionAction, String reasons,
            String recordedByName, java.time.Instant recordedAt) {}

    private Stored load(UUID id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Strategy discussion", id));
    }

    private Optional<Stored> find(UUID id) {
        return jdbc.sql("""
                        SELECT d.*, ARRAY(SELECT c.person_id FROM strategy_discussion_child c WHERE c.discussion_id = d.id
                          ORDER BY c.person_id) AS children
                        FROM strategy_discussion d WHERE d.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getObject("episode_id", UUID.class), List.of((UUID[]) rs.getArray("children").getArray()),
                        rs.getObject("held_on", LocalDate.class), Kind.valueOf(rs.getString("kind")),
                        rs.getObject("follows_up_id", UUID.class), rs.getString("information_shared"),
                        LawfulBasis.valueOf(rs.getString("lawful_basis")), rs.getString("missing_agencies_reason"),
                        rs.getBoolean("section_47"), rs.getBoolean("immediate_protection"),
                        rs.getString("immediate_protection_action"), rs.getString("reasons"),
                        rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    private List<Participant> participantsOf(UUID id) {
        return jdbc.sql("""
                        SELECT practitioner_id, name, agency_name, agency_type, role FROM strategy_discussion_participant
                        WHERE discussion_id = :id ORDER BY position""")
                .param("id", id)
                .query((rs, n) -> new Participant(rs.getObject("practitioner_id", UUID.class), rs.getString("name"),
                        rs.getString("agency_name"), AgencyType.valueOf(rs.getString("agency_type")), rs.getString("role")))
                .list();
    }

    private List<AgreedAction> actionsOf(UUID id) {
        return jdbc.sql("SELECT action, owner, due_on FROM strategy_discussion_action WHERE discussion_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new AgreedAction(rs.getString("action"), rs.getString("owner"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** A required text: the message when it is blank, or none for an optional one; the limit either way. */
    static void text(List<Problem> problems, String field, String value, int limit, String whenBlank) {
        if (blank(value)) {
            if (whenBlank != null) {
                problems.add(new Problem(field, whenBlank));
            }
        } else if (TextLimits.exceeds(value, limit)) {
            problems.add(new Problem(field, "Write this in " + TextLimits.shown(limit) + " characters or fewer"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
