package kith.networks;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.networks.NetworkEvents.NetworkMemberAdded;
import kith.networks.NetworkEvents.NetworkMemberChanged;
import kith.networks.NetworkEvents.NetworkMemberRemoved;
import kith.networks.NetworkMap.Details;
import kith.networks.NetworkMap.Member;
import kith.networks.NetworkMap.MemberTie;
import kith.networks.NetworkMap.Professional;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.people.Identities;
import kith.people.Identity;
import kith.people.PersonDetails;
import kith.people.PersonManagement;
import kith.people.PersonView;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.people.Relationships.Tie;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's family network: built from people's relationships (who each person is to the child, and to each other),
 * with what each person means to the child kept here. Reading it is for those who may open the child's record (council
 * caseworkers, and partners who work with the child) and is audited naming the child and everyone shown; changing it
 * needs {@link Permission#WORK_FAMILY_NETWORKS}. The map is read in a fixed number of statements whatever its size.
 */
@Service
public class FamilyNetworks {

    static final int CONTACT_LIMIT = 500;

    private final JdbcClient jdbc;
    private final Relationships relationships;
    private final PersonManagement people;
    private final Identities identities;
    private final WorkingRelationships working;
    private final PartnershipDirectory partnership;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    FamilyNetworks(JdbcClient jdbc, Relationships relationships, PersonManagement people, Identities identities,
            WorkingRelationships working, PartnershipDirectory partnership, RecordAccess access, AuditTrail audit,
            ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.relationships = relationships;
        this.people = people;
        this.identities = identities;
        this.working = working;
        this.partnership = partnership;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    private record Row(UUID personId, Details details, long version) {}

    /** The child's network as the current user may be shown it; audited as FAMILY_NETWORK_VIEWED. */
    @Transactional
    public NetworkMap map(UUID childId) {
        List<Tie> ties = relationships.around(childId); // checks that the user may open the child's record
        Map<UUID, Row> rows = new HashMap<>();
        jdbc.sql("""
                        SELECT person_id, closeness, tie, can_help, help_offered, contact, child_view, added_by, added_at,
                          version
                        FROM network_member WHERE child_id = :child""")
                .param("child", childId)
                .query((rs, n) -> new Row(rs.getObject("person_id", UUID.class), new Details(
                        Closeness.valueOf(rs.getString("closeness")), TieKind.valueOf(rs.getString("tie")),
                        CanHelp.valueOf(rs.getString("can_help")), rs.getString("help_offered"), rs.getString("contact"),
                        rs.getString("child_view"), rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant()), rs.getLong("version")))
                .list()
                .forEach(row -> rows.put(row.personId(), row));
        Map<UUID, RelationshipType> toChild = new HashMap<>();
        ties.stream().filter(t -> t.from().equals(childId)).forEach(t -> toChild.put(t.to(), t.type()));
        Set<UUID> everyone = new LinkedHashSet<>();
        everyone.add(childId);
        everyone.addAll(toChild.keySet());
        Map<UUID, Identity> shown = identities.show(everyone,
                AuditRecord.allowed("FAMILY_NETWORK_VIEWED", List.of(childId)));
        Identity child = shown.get(childId);
        if (child == null) {
            throw new RecordNotFound("Person", childId);
        }
        List<UUID> order = toChild.keySet().stream().filter(shown::containsKey)
                .sorted(Comparator.comparing((UUID id) -> shown.get(id).withheld())
                        .thenComparing(id -> toChild.get(id).ordinal())
                        .thenComparing(id -> shown.get(id).withheld() ? "" : shown.get(id).familyName() + " "
                                + shown.get(id).givenName())
                        .thenComparing(UUID::toString))
                .toList();
        List<Member> members = new ArrayList<>();
        Map<UUID, String> keys = new HashMap<>();
        for (UUID id : order) {
            String key = "m" + (members.size() + 1);
            Identity who = shown.get(id);
            Row row = rows.get(id);
            keys.put(id, key);
            members.add(who.withheld() ? new Member(key, who, null, null, 0)
                    : new Member(key, who, toChild.get(id), row == null ? null : row.details(),
                            row == null ? 0 : row.version()));
        }
        return new NetworkMap(child, members, memberTies(ties, childId, keys, shown), professionals(childId));
    }

    /**
     * The ties between members themselves, one line per pair, read the way round whose type comes first (the
     * grandmother is the aunt's parent rather than the aunt the grandmother's child); none with a withheld identity.
     */
    private static List<MemberTie> memberTies(List<Tie> ties, UUID childId, Map<UUID, String> keys,
            Map<UUID, Identity> shown) {
        List<MemberTie> result = new ArrayList<>();
        for (Tie tie : ties) {
            if (tie.from().equals(childId) || tie.to().equals(childId) || !keys.containsKey(tie.from())
                    || !keys.containsKey(tie.to()) || shown.get(tie.from()).withheld() || shown.get(tie.to()).withheld()) {
                continue;
            }
            int mine = tie.type().ordinal();
            int inverse = tie.type().inverse().ordinal();
            boolean kept = mine < inverse || (mine == inverse && tie.from().compareTo(tie.to()) < 0);
            if (kept) {
                result.add(new MemberTie(keys.get(tie.from()), keys.get(tie.to()), tie.type()));
            }
        }
        result.sort(Comparator.comparing((MemberTie t) -> Integer.parseInt(t.fromKey().substring(1)))
                .thenComparing(t -> Integer.parseInt(t.toKey().substring(1))));
        return result;
    }

    /** The practitioners working with the child, from the working relationships access keeps (two statements). */
    private List<Professional> professionals(UUID childId) {
        List<WorkingRelationships.Worker> workers = working.workingWith(childId);
        Map<UUID, List<String>> roles = new HashMap<>();
        workers.forEach(w -> roles.computeIfAbsent(w.practitionerId(), id -> new ArrayList<>()).add(role(w.kind())));
        List<Professional> professionals = new ArrayList<>();
        for (PractitionerView p : partnership.practitioners(roles.keySet())) {
            professionals.add(new Professional("p" + (professionals.size() + 1), p.fullName(),
                    String.join(", ", roles.get(p.id()).stream().distinct().toList()), p.agencyName()));
        }
        return professionals;
    }

    private static String role(WorkingRelationships.Kind kind) {
        return switch (kind) {
            case LEAD_PRACTITIONER -> "Lead practitioner";
            case TEAM_AROUND_THE_FAMILY -> "Team around the family";
            case SUPERVISING_MANAGER -> "Supervising manager";
            case LEAD_CHILD_PROTECTION_PRACTITIONER -> "Lead child protection practitioner";
            case CHILD_PROTECTION_TEAM -> "Child protection team";
            case CORE_GROUP -> "Core group";
        };
    }

    /** Adds someone already recorded in Kith (found by search) to the child's network, with their relationship. */
    @Transactional
    public void add(UUID childId, UUID personId, MemberDetails details) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        access.checkMayOpen(childId);
        List<Problem> problems = check(details);
        if (personId == null) {
            problems.addFirst(new Problem("personId", "Select the person to add"));
        } else if (personId.equals(childId)) {
            problems.addFirst(new Problem("personId", "The child cannot be in their own network"));
        } else if (inNetwork(childId, personId)) {
            problems.addFirst(new Problem("personId", "This person is already in the child's network"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        addMember(childId, personId, details, false);
    }

    /**
     * Adds someone not yet known to Kith: they become a person, with their relationship to the child and what they
     * mean to the child, in one transaction; every problem with either is reported together.
     *
     * @return the new person's id
     */
    @Transactional
    public UUID addNewPerson(UUID childId, NewPerson person, MemberDetails details) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        access.checkMayOpen(childId);
        List<Problem> problems = check(details);
        PersonView created = null;
        try {
            created = people.create(new PersonDetails(person.kind(), false, person.givenName(), person.familyName(),
                    null, List.of(), person.dateOfBirth(), null, "U", null, List.of(), List.of(), List.of(), null, null,
                    null));
        } catch (InvalidInput e) {
            List<Problem> all = new ArrayList<>(e.problems());
            all.addAll(problems);
            problems = all;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems); // rolls back the person too
        }
        addMember(childId, created.id(), details, true);
        return created.id();
    }

    private void addMember(UUID childId, UUID personId, MemberDetails details, boolean newPerson) {
        relationships.relate(childId, personId, details.relationship());
        String by = Actors.currentOrSystem().username();
        jdbc.sql("""
                        INSERT INTO network_member (id, child_id, person_id, closeness, tie, can_help, help_offered,
                          contact, child_view, added_by, added_at, version)
                        VALUES (:id, :child, :person, :closeness, :tie, :canHelp, :help, :contact, :view, :by, :at, 0)""")
                .param("id", UUID.randomUUID())
                .param("child", childId)
                .param("person", personId)
                .params(values(details))
                .param("by", by)
                .param("at", Timestamp.from(today.now()))
                .update();
        audit.record(AuditRecord.allowed("NETWORK_MEMBER_ADDED", List.of(childId, personId))
                .withDetail(details.relationship().name()));
        events.publishEvent(new NetworkMemberAdded(childId, personId, details.relationship().label(), newPerson,
                today.date(), Actors.currentOrSystem().displayName(), today.now()));
    }

    /**
     * Changes what a member means to the child (and their relationship) if nobody has changed it since the user
     * loaded {@code expectedVersion} (0 for a person whose relationship alone is recorded); otherwise {@link StaleRecord}.
     */
    @Transactional
    public long change(UUID childId, UUID personId, long expectedVersion, MemberDetails details) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        RelationshipType current = relationshipOf(childId, personId);
        List<Problem> problems = check(details);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Long version = versionOf(childId, personId);
        if ((version == null ? 0 : version) != expectedVersion) {
            throw new StaleRecord("Network member", personId);
        }
        if (current != details.relationship()) {
            relationships.relate(childId, personId, details.relationship());
        }
        String by = Actors.currentOrSystem().username();
        Timestamp at = Timestamp.from(today.now());
        if (version == null) {
            jdbc.sql("""
                            INSERT INTO network_member (id, child_id, person_id, closeness, tie, can_help, help_offered,
                              contact, child_view, added_by, added_at, version)
                            VALUES (:id, :child, :person, :closeness, :tie, :canHelp, :help, :contact, :view, :by, :at, 1)""")
                    .param("id", UUID.randomUUID()).param("child", childId).param("person", personId)
                    .params(values(details)).param("by", by).param("at", at)
                    .update();
        } else {
            int updated = jdbc.sql("""
                            UPDATE network_member SET closeness = :closeness, tie = :tie, can_help = :canHelp,
                              help_offered = :help, contact = :contact, child_view = :view, changed_by = :by,
                              changed_at = :at, version = version + 1
                            WHERE child_id = :child AND person_id = :person AND version = :version""")
                    .params(values(details)).param("by", by).param("at", at)
                    .param("child", childId).param("person", personId).param("version", expectedVersion)
                    .update();
            if (updated == 0) {
                throw new StaleRecord("Network member", personId);
            }
        }
        audit.record(AuditRecord.allowed("NETWORK_MEMBER_CHANGED", List.of(childId, personId)));
        events.publishEvent(new NetworkMemberChanged(childId, personId, details.relationship().label(), today.date(),
                Actors.currentOrSystem().displayName(), expectedVersion + 1, today.now()));
        return expectedVersion + 1;
    }

    /** Removes a member from the child's network, with their relationship to the child, at the version loaded. */
    @Transactional
    public void remove(UUID childId, UUID personId, long expectedVersion) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        RelationshipType current = relationshipOf(childId, personId);
        Long version = versionOf(childId, personId);
        if ((version == null ? 0 : version) != expectedVersion) {
            throw new StaleRecord("Network member", personId);
        }
        jdbc.sql("DELETE FROM network_member WHERE child_id = :child AND person_id = :person")
                .param("child", childId).param("person", personId).update();
        relationships.remove(childId, personId);
        audit.record(AuditRecord.allowed("NETWORK_MEMBER_REMOVED", List.of(childId, personId)));
        events.publishEvent(new NetworkMemberRemoved(childId, personId, current.label(), today.date(),
                Actors.currentOrSystem().displayName(), today.now()));
    }

    /** One member of the network to change or remove; not found unless they are in it and shown to the user. */
    @Transactional
    public Member member(UUID childId, UUID personId) {
        Member member = map(childId).memberFor(personId);
        if (member == null) {
            throw new RecordNotFound("Network member", personId);
        }
        return member;
    }

    /** Who the person is to the child: checks the user may change both records, and that they are in the network. */
    private RelationshipType relationshipOf(UUID childId, UUID personId) {
        access.checkMayChangePerson(childId);
        access.checkMayChangePerson(personId);
        return relationships.around(childId).stream()
                .filter(t -> t.from().equals(childId) && t.to().equals(personId))
                .map(Tie::type)
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("Network member", personId));
    }

    private boolean inNetwork(UUID childId, UUID personId) {
        return versionOf(childId, personId) != null;
    }

    private Long versionOf(UUID childId, UUID personId) {
        return jdbc.sql("SELECT version FROM network_member WHERE child_id = :child AND person_id = :person FOR UPDATE")
                .param("child", childId).param("person", personId)
                .query(Long.class).optional().orElse(null);
    }

    private static Map<String, Object> values(MemberDetails details) {
        Map<String, Object> values = new HashMap<>();
        values.put("closeness", details.closeness().name());
        values.put("tie", details.tie().name());
        values.put("canHelp", details.canHelp().name());
        values.put("help", blankToNull(details.helpOffered()));
        values.put("contact", blankToNull(details.contact()));
        values.put("view", blankToNull(details.childView()));
        return values;
    }

    private static List<Problem> check(MemberDetails details) {
        List<Problem> problems = new ArrayList<>();
        if (details.relationship() == null) {
            problems.add(new Problem("relationship", "Select who they are to the child"));
        }
        if (details.closeness() == null) {
            problems.add(new Problem("closeness", "Select how close they are to the child"));
        }
        if (details.tie() == null) {
            problems.add(new Problem("tie", "Select the kind of tie they have with the child"));
        }
        if (details.canHelp() == null) {
            problems.add(new Problem("canHelp", "Select whether they can help"));
        } else if (details.canHelp() == CanHelp.YES && blank(details.helpOffered())) {
            problems.add(new Problem("helpOffered", "Write how they can help"));
        }
        if (TextLimits.exceeds(details.helpOffered(), TextLimits.NOTE)) {
            problems.add(new Problem("helpOffered", "How they can help must be " + TextLimits.shown(TextLimits.NOTE)
                    + " characters or fewer"));
        }
        if (TextLimits.exceeds(details.contact(), CONTACT_LIMIT)) {
            problems.add(new Problem("contact", "Contact details must be " + CONTACT_LIMIT + " characters or fewer"));
        }
        if (TextLimits.exceeds(details.childView(), TextLimits.NOTE)) {
            problems.add(new Problem("childView", "The child's view must be " + TextLimits.shown(TextLimits.NOTE)
                    + " characters or fewer"));
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
