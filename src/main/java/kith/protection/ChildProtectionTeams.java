package kith.protection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.partnership.AgencyKind;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.RecordNotFound;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The multi-agency child protection teams (Children Act 2004 s16EA): their members by member type with who nominated
 * them, a warning while a required member type is missing, and the children each team works with. The team's
 * functions (convening strategy discussions and conferences, leading enquiries, overseeing plans) attach to the team:
 * every member, partners included, works with the children of the team's current work, so a partner member sees
 * them; a member who joins later is given them, and one who leaves loses them.
 */
@Service
public class ChildProtectionTeams {

    /** The s16EA member types, with who must nominate each. */
    public enum MemberType {
        SOCIAL_WORKER("Social worker with experience of children's social work", Nominator.LOCAL_AUTHORITY, true),
        EDUCATION("Person with experience in education", Nominator.LOCAL_AUTHORITY, true),
        HEALTH("Registered health professional", Nominator.INTEGRATED_CARE_BOARD, true),
        POLICE("Police officer or police employee", Nominator.CHIEF_OFFICER_OF_POLICE, true),
        OTHER("Other member the council considers appropriate", Nominator.LOCAL_AUTHORITY, false);

        private final String label;
        private final Nominator nominator;
        private final boolean required;

        MemberType(String label, Nominator nominator, boolean required) {
            this.label = label;
            this.nominator = nominator;
            this.required = required;
        }

        public String label() {
            return label;
        }

        public Nominator nominator() {
            return nominator;
        }

        /** Section 16EA requires at least one member of this type. */
        public boolean required() {
            return required;
        }
    }

    /** Who nominates a member (s16EA): the council, the integrated care board, or the chief officer of police. */
    public enum Nominator {
        LOCAL_AUTHORITY("The council"),
        INTEGRATED_CARE_BOARD("The integrated care board"),
        CHIEF_OFFICER_OF_POLICE("The chief officer of police");

        private final String label;

        Nominator(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A member as the team's page shows them. */
    public record Member(UUID practitionerId, String name, String agencyName, boolean partner, MemberType type,
            Nominator nominatedBy, String nominatedByName, LocalDate nominatedOn, LocalDate joinedOn) {}

    /** A team, its current members and what s16EA finds missing. */
    public record TeamView(UUID id, long version, String name, List<Member> members, List<String> warnings) {}

    /** A nomination to add a member: who, as what, and who nominated them when. */
    public record Nomination(UUID practitionerId, MemberType type, Nominator nominatedBy, String nominatedByName,
            LocalDate nominatedOn) {}

    private final JdbcClient jdbc;
    private final PartnershipDirectory partnership;
    private final WorkingRelationships working;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Today today;

    ChildProtectionTeams(JdbcClient jdbc, PartnershipDirectory partnership, WorkingRelationships working,
            RecordAccess access, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.partnership = partnership;
        this.working = working;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    /** Every team with its members and warnings, in two statements however many. Names staff only. */
    @Transactional(readOnly = true)
    public List<TeamView> teams() {
        Map<UUID, List<Member>> members = new java.util.HashMap<>();
        jdbc.sql(MEMBERS + " WHERE left_on IS NULL ORDER BY member_type, name")
                .query(rs -> {
                    members.computeIfAbsent(rs.getObject("team_id", UUID.class), team -> new ArrayList<>())
                            .add(member(rs));
                });
        return jdbc.sql("SELECT id, version, name FROM child_protection_team ORDER BY name")
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return withMembers(new TeamView(id, rs.getLong("version"), rs.getString("name"), List.of(), List.of()),
                            members.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** One team. */
    @Transactional(readOnly = true)
    public TeamView team(UUID teamId) {
        return teams().stream().filter(team -> team.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Child protection team", teamId));
    }

    /** The team new work goes to: the only team, or the first by name; empty before any team is set up. */
    @Transactional(readOnly = true)
    public Optional<UUID> defaultTeam() {
        return jdbc.sql("SELECT id FROM child_protection_team ORDER BY name LIMIT 1").query(UUID.class).optional();
    }

    /** Sets up a team; administrators only. */
    @Transactional
    public UUID createTeam(String name) {
        access.check(Permission.ADMINISTER_CHILD_PROTECTION_TEAMS);
        if (name == null || name.isBlank() || TextLimits.exceeds(name, TextLimits.LINE)) {
            throw new InvalidInput("name", "Enter the team's name in " + TextLimits.shown(TextLimits.LINE)
                    + " characters or fewer");
        }
        if (jdbc.sql("SELECT count(*) FROM child_protection_team WHERE name = :name").param("name", name.trim())
                .query(Long.class).single() > 0) {
            throw new InvalidInput("name", "There is already a team called " + name.trim());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO child_protection_team (id, name) VALUES (:id, :name)")
                .param("id", id).param("name", name.trim()).update();
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_TEAM_CREATED", List.of(id)));
        return id;
    }

    /**
     * Adds a member of one of the s16EA types, nominated by whom the Act says for that type; administrators only.
     * They are given the children the team works with now.
     */
    @Transactional
    public void addMember(UUID teamId, Nomination nomination) {
        access.check(Permission.ADMINISTER_CHILD_PROTECTION_TEAMS);
        team(teamId);
        List<Problem> problems = new ArrayList<>();
        PractitionerView practitioner = nomination.practitionerId() == null ? null
                : partnership.practitioner(nomination.practitionerId()).orElse(null);
        if (practitioner == null) {
            problems.add(new Problem("practitionerId", "Select the practitioner from the partnership"));
        }
        MemberType type = nomination.type();
        if (type == null) {
            problems.add(new Problem("type", "Select the kind of member"));
        } else if (practitioner != null) {
            fitFor(type, practitioner).ifPresent(why -> problems.add(new Problem("type", why)));
        }
        if (nomination.nominatedBy() == null) {
            problems.add(new Problem("nominatedBy", "Select who nominated them"));
        } else if (type != null && nomination.nominatedBy() != type.nominator()) {
            problems.add(new Problem("nominatedBy", "A member of this kind is nominated by "
                    + type.nominator().label().toLowerCase(java.util.Locale.UK) + " (Children Act 2004 s16EA)"));
        }
        if (nomination.nominatedByName() == null || nomination.nominatedByName().isBlank()) {
            problems.add(new Problem("nominatedByName", "Enter the name of the body or office holder who nominated them"));
        } else if (TextLimits.exceeds(nomination.nominatedByName(), TextLimits.LINE)) {
            problems.add(new Problem("nominatedByName", "Enter the name in " + TextLimits.shown(TextLimits.LINE)
                    + " characters or fewer"));
        }
        LocalDate onDay = today.date();
        if (nomination.nominatedOn() == null || nomination.nominatedOn().isAfter(onDay)) {
            problems.add(new Problem("nominatedOn", "Enter the date of the nomination, today or in the past"));
        }
        if (practitioner != null && membersOf(teamId).stream().anyMatch(m -> m.practitionerId().equals(practitioner.id()))) {
            problems.add(new Problem("practitionerId", practitioner.fullName() + " is already a member of this team"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        jdbc.sql("""
                        INSERT INTO child_protection_team_member (id, team_id, practitioner_id, name, agency_name, partner,
                          member_type, nominated_by, nominated_by_name, nominated_on, joined_on, added_by)
                        VALUES (:id, :team, :practitioner, :name, :agency, :partner, :type, :by, :byName, :on, :joined, :added)""")
                .param("id", UUID.randomUUID()).param("team", teamId).param("practitioner", practitioner.id())
                .param("name", practitioner.fullName()).param("agency", practitioner.agencyName())
                .param("partner", !practitioner.councilAgency()).param("type", type.name())
                .param("by", nomination.nominatedBy().name()).param("byName", nomination.nominatedByName().trim())
                .param("on", nomination.nominatedOn()).param("joined", onDay)
                .param("added", Actors.currentOrSystem().username())
                .update();
        for (var work : currentWork(teamId)) {
            working.start(work.source(), work.children(), practitioner.id(), WorkingRelationships.Kind.CHILD_PROTECTION_TEAM);
        }
        bump(teamId);
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_TEAM_MEMBER_ADDED", List.of(teamId, practitioner.id()))
                .withDetail(type.name()));
    }

    /** A member leaves; they no longer see the team's children. Administrators only. */
    @Transactional
    public void removeMember(UUID teamId, UUID practitionerId) {
        access.check(Permission.ADMINISTER_CHILD_PROTECTION_TEAMS);
        int left = jdbc.sql("""
                        UPDATE child_protection_team_member SET left_on = :on
                        WHERE team_id = :team AND practitioner_id = :practitioner AND left_on IS NULL""")
                .param("on", today.date()).param("team", teamId).param("practitioner", practitionerId)
                .update();
        if (left == 0) {
            throw new RecordNotFound("Child protection team member", practitionerId);
        }
        for (var work : currentWork(teamId)) {
            working.end(work.source(), practitionerId, WorkingRelationships.Kind.CHILD_PROTECTION_TEAM);
        }
        bump(teamId);
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_TEAM_MEMBER_REMOVED", List.of(teamId, practitionerId)));
    }

    /**
     * The team takes on a piece of work about these children (a step-up, an enquiry, a plan, a transfer in): every
     * member works with them through it, until it ends or moves on ({@link #workEnded}).
     */
    @Transactional
    void workStarted(UUID teamId, UUID source, Collection<UUID> children) {
        if (teamId == null || children.isEmpty()) {
            return;
        }
        for (UUID child : children) {
            jdbc.sql("""
                            INSERT INTO child_protection_team_work (team_id, source_id, child_id, started_at)
                            VALUES (:team, :source, :child, :at) ON CONFLICT DO NOTHING""")
                    .param("team", teamId).param("source", source).param("child", child)
                    .param("at", Timestamp.from(today.now()))
                    .update();
        }
        for (Member member : membersOf(teamId)) {
            working.start(source, children, member.practitionerId(), WorkingRelationships.Kind.CHILD_PROTECTION_TEAM);
        }
    }

    /** A piece of work ended or moved on to its next step: the members' relationships through it end. */
    @Transactional
    void workEnded(UUID source) {
        jdbc.sql("UPDATE child_protection_team_work SET ended_at = :at WHERE source_id = :source AND ended_at IS NULL")
                .param("at", Timestamp.from(today.now())).param("source", source).update();
        working.endAll(source);
    }

    /** The member types s16EA requires that the team lacks, as warnings. */
    static List<String> warningsFor(List<Member> members) {
        Set<MemberType> present = members.stream().map(Member::type).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(MemberType.class)));
        return java.util.Arrays.stream(MemberType.values())
                .filter(type -> type.required() && !present.contains(type))
                .map(type -> "The team has no " + type.label().toLowerCase(java.util.Locale.UK) + " nominated by "
                        + type.nominator().label().toLowerCase(java.util.Locale.UK)
                        + ". Section 16EA of the Children Act 2004 requires at least one.")
                .toList();
    }

    /** Why the practitioner cannot be a member of that type, if they cannot. */
    private static Optional<String> fitFor(MemberType type, PractitionerView practitioner) {
        return switch (type) {
            case SOCIAL_WORKER -> practitioner.discipline().registeredWithSocialWorkEngland()
                    && practitioner.sweRegistrationNumber() != null && practitioner.councilAgency() ? Optional.empty()
                    : Optional.of(practitioner.fullName() + " is not a registered social worker of the council");
            case HEALTH -> practitioner.agencyKind() == AgencyKind.HEALTH ? Optional.empty()
                    : Optional.of(practitioner.fullName() + " does not work for a health agency");
            case POLICE -> practitioner.agencyKind() == AgencyKind.POLICE ? Optional.empty()
                    : Optional.of(practitioner.fullName() + " does not work for the police");
            case EDUCATION, OTHER -> Optional.empty();
        };
    }

    private record Work(UUID source, List<UUID> children) {}

    private List<Work> currentWork(UUID teamId) {
        return jdbc.sql("""
                        SELECT source_id, array_agg(child_id ORDER BY child_id) AS children FROM child_protection_team_work
                        WHERE team_id = :team AND ended_at IS NULL GROUP BY source_id""")
                .param("team", teamId)
                .query((rs, n) -> new Work(rs.getObject("source_id", UUID.class),
                        List.of((UUID[]) rs.getArray("children").getArray())))
                .list();
    }

    private static final String MEMBERS = """
            SELECT team_id, practitioner_id, name, agency_name, partner, member_type, nominated_by, nominated_by_name,
              nominated_on, joined_on
            FROM child_protection_team_member""";

    private List<Member> membersOf(UUID teamId) {
        return jdbc.sql(MEMBERS + " WHERE team_id = :team AND left_on IS NULL ORDER BY member_type, name")
                .param("team", teamId)
                .query((rs, n) -> member(rs))
                .list();
    }

    private static Member member(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Member(rs.getObject("practitioner_id", UUID.class), rs.getString("name"), rs.getString("agency_name"),
                rs.getBoolean("partner"), MemberType.valueOf(rs.getString("member_type")),
                Nominator.valueOf(rs.getString("nominated_by")), rs.getString("nominated_by_name"),
                rs.getObject("nominated_on", LocalDate.class), rs.getObject("joined_on", LocalDate.class));
    }

    private static TeamView withMembers(TeamView team, List<Member> members) {
        return new TeamView(team.id(), team.version(), team.name(), members, warningsFor(members));
    }

    private void bump(UUID teamId) {
        jdbc.sql("UPDATE child_protection_team SET version = version + 1 WHERE id = :id").param("id", teamId).update();
    }
}
