package kith.networks;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.networks.Kinship.Arrangement;
import kith.networks.Kinship.Evidence;
import kith.networks.Kinship.LocalOffer;
import kith.networks.Kinship.NewArrangement;
import kith.networks.Kinship.NewOption;
import kith.networks.Kinship.Option;
import kith.networks.KinshipEvents.KinshipArrangementStarted;
import kith.networks.KinshipEvents.KinshipOptionConsidered;
import kith.networks.KinshipEvents.PlacedOutsideTheNetwork;
import kith.people.Identities;
import kith.people.Identity;
import kith.people.PersonManagement;
import kith.people.Relationships;
import kith.shared.RecordNotFound;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kinship care: the family network is the first port of call, so the options considered in it are recorded before
 * a placement outside it can be; a kinship arrangement names a carer from the child's network (a relationship in
 * people), the support offered from the kinship local offer, and the evidence the kinship allowance pilot needs.
 */
@Service
public class KinshipCare {

    static final String OPTIONS_FIRST = "Record the network options considered before a placement outside the network";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final Relationships relationships;
    private final Identities identities;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    private final PersonManagement people;

    KinshipCare(JdbcClient jdbc, RecordAccess access, Relationships relationships, Identities identities,
            AuditTrail audit, ApplicationEventPublisher events, Today today, PersonManagement people) {
        this.people = people;
        this.jdbc = jdbc;
        this.access = access;
        this.relationships = relationships;
        this.identities = identities;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    @Transactional
    public UUID considerOption(UUID childId, NewOption option) {
        checkMayWork(childId);
        checkExists(childId);
        List<Problem> problems = new ArrayList<>();
        if (option.personId() == null && blank(option.personName())) {
            problems.add(new Problem("personName", "Enter who was considered"));
        } else if (!blank(option.personName()) && TextLimits.exceeds(option.personName(), TextLimits.NAME)) {
            problems.add(new Problem("personName", "Write this in " + TextLimits.shown(TextLimits.NAME) + " characters or fewer"));
        }
        pastDate(problems, "consideredOn", option.consideredOn(), "the date they were considered");
        if (option.takenUp() == null) {
            problems.add(new Problem("takenUp", "Select whether the option was taken up"));
        }
        if (blank(option.reason())) {
            problems.add(new Problem("reason", "Write why the option was or was not taken up"));
        } else if (TextLimits.exceeds(option.reason(), TextLimits.NOTE)) {
            problems.add(new Problem("reason", "Write this in " + TextLimits.shown(TextLimits.NOTE) + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        INSERT INTO kinship_option (id, child_id, person_id, person_name, considered_on, taken_up, reason,
                          recorded_by, recorded_by_name, recorded_at)
                        VALUES (:id, :child, :person, :name, :on, :taken, :reason, :user, :by, :at)""")
                .param("id", id).param("child", childId).param("person", option.personId())
                .param("name", blank(option.personName()) ? null : option.personName().strip())
                .param("on", option.consideredOn()).param("taken", option.takenUp())
                .param("reason", option.reason().strip()).param("user", Actors.currentOrSystem().username())
                .param("by", by).param("at", Timestamp.from(today.now())).update();
        String who = !blank(option.personName()) ? option.personName().strip()
                : identities.show(option.personId(), "kinship option").name();
        events.publishEvent(new KinshipOptionConsidered(id, childId, option.consideredOn(), who, option.takenUp(), by));
        audit.record(AuditRecord.allowed("KINSHIP_OPTION_RECORDED", List.of(id, childId)));
        return id;
    }

    @Transactional
    public List<Option> options(UUID childId) {
        checkMayWork(childId);
        record Row(UUID id, UUID personId, String name, LocalDate on, boolean taken, String reason, String by) {}
        List<Row> rows = jdbc.sql("""
                        SELECT id, person_id, person_name, considered_on, taken_up, reason, recorded_by_name
                        FROM kinship_option WHERE child_id = :child ORDER BY considered_on, recorded_at""")
                .param("child", childId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getString(6), rs.getString(7)))
                .list();
        Map<UUID, Identity> shown = identities.show(rows.stream().map(Row::personId).filter(p -> p != null).distinct().toList(),
                AuditRecord.allowed("KINSHIP_OPTIONS_VIEWED", List.of(childId)));
        return rows.stream().map(r -> new Option(r.id(), r.name() != null ? r.name() : nameOf(shown, r.personId()),
                r.on(), r.taken(), r.reason(), r.by())).toList();
    }

    /** A placement outside the network: refused until the network options considered are recorded. */
    @Transactional
    public UUID placeOutsideTheNetwork(UUID childId, LocalDate placedOn, String reason) {
        checkMayWork(childId);
        checkExists(childId);
        long options = jdbc.sql("SELECT count(*) FROM kinship_option WHERE child_id = :child").param("child", childId)
                .query(Long.class).single();
        if (options == 0) {
            audit.recordRefusal(AuditRecord.refused("KINSHIP_PLACEMENT_OUTSIDE_NETWORK", List.of(childId), OPTIONS_FIRST));
            throw new InvalidInput("placedOn", OPTIONS_FIRST);
        }
        List<Problem> problems = new ArrayList<>();
        pastDate(problems, "placedOn", placedOn, "the date of the placement");
        if (blank(reason)) {
            problems.add(new Problem("reason", "Write why no one in the network could care for the child"));
        } else if (TextLimits.exceeds(reason, TextLimits.NOTE)) {
            problems.add(new Problem("reason", "Write this in " + TextLimits.shown(TextLimits.NOTE) + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        INSERT INTO kinship_placement_outside_network (id, child_id, placed_on, reason, recorded_by,
                          recorded_by_name, recorded_at)
                        VALUES (:id, :child, :on, :reason, :user, :by, :at)""")
                .param("id", id).param("child", childId).param("on", placedOn).param("reason", reason.strip())
                .param("user", Actors.currentOrSystem().username()).param("by", by)
                .param("at", Timestamp.from(today.now())).update();
        events.publishEvent(new PlacedOutsideTheNetwork(id, childId, placedOn, by));
        audit.record(AuditRecord.allowed("KINSHIP_PLACEMENT_OUTSIDE_NETWORK", List.of(id, childId)));
        return id;
    }

    /** Records a kinship arrangement: the carer must be in the child's network (related to them in people). */
    @Transactional
    public Arrangement arrange(UUID childId, NewArrangement arrangement) {
        checkMayWork(childId);
        checkExists(childId);
        List<Problem> problems = new ArrayList<>();
        if (arrangement.type() == null) {
            problems.add(new Problem("type", "Select the type of arrangement"));
        }
        Identity carer = null;
        if (arrangement.carerId() == null) {
            problems.add(new Problem("carerId", "Select the carer from the child’s network"));
        } else {
            carer = relationships.of(childId).stream().map(r -> r.person())
                    .filter(p -> arrangement.carerId().equals(p.id())).findFirst().orElse(null);
            if (carer == null) {
                problems.add(new Problem("carerId", "The carer must be someone in the child’s network: record how they are related to the child first"));
            }
        }
        pastDate(problems, "startedOn", arrangement.startedOn(), "the date the arrangement started");
        if (arrangement.endedOn() != null && arrangement.startedOn() != null
                && arrangement.endedOn().isBefore(arrangement.startedOn())) {
            problems.add(new Problem("endedOn", "The date it ended must be on or after the date it started"));
        }
        List<Integer> offerIds = arrangement.offerIds() == null ? List.of() : arrangement.offerIds().stream().distinct().toList();
        List<LocalOffer> offers = localOffer().stream().filter(o -> offerIds.contains(o.id())).toList();
        if (offers.size() != offerIds.size()) {
            problems.add(new Problem("offerIds", "Select support from the kinship local offer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Evidence evidence = arrangement.evidence() == null ? new Evidence(false, false, false, false, false)
                : arrangement.evidence();
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        INSERT INTO kinship_arrangement (id, child_id, arrangement_type, carer_id, started_on, ended_on,
                          offer_ids, looked_after_before, child_protection_plan, court_safeguarding, fgdm_decided_carer,
                          both_parents_dead, recorded_by, recorded_by_name, recorded_at)
                        VALUES (:id, :child, :type, :carer, :start, :end, :offers, :la, :cp, :court, :fgdm, :dead, :user,
                          :by, :at)""")
                .param("id", id).param("child", childId).param("type", arrangement.type().name())
                .param("carer", arrangement.carerId()).param("start", arrangement.startedOn())
                .param("end", arrangement.endedOn()).param("offers", offerIds.toArray(Integer[]::new))
                .param("la", evidence.lookedAfterBefore()).param("cp", evidence.childProtectionPlan())
                .param("court", evidence.courtSafeguarding()).param("fgdm", evidence.fgdmDecidedCarer())
                .param("dead", evidence.bothParentsDead()).param("user", Actors.currentOrSystem().username())
                .param("by", by).param("at", Timestamp.from(today.now())).update();
        Kinship.AllowanceCheck allowance = Kinship.allowance(arrangement.type(), evidence);
        events.publishEvent(new KinshipArrangementStarted(id, childId, arrangement.startedOn(),
                arrangement.type().name(), carer.name(), allowance.eligible(), by));
        audit.record(AuditRecord.allowed("KINSHIP_ARRANGEMENT_RECORDED", List.of(id, childId, arrangement.carerId())));
        return new Arrangement(id, 0, childId, arrangement.type(), arrangement.carerId(), carer.name(),
                arrangement.startedOn(), arrangement.endedOn(), offers, evidence, allowance);
    }

    /** The child's kinship arrangements, each with its allowance checklist; the carers shown as the user may see them. */
    @Transactional
    public List<Arrangement> arrangements(UUID childId) {
        checkMayWork(childId);
        List<LocalOffer> offer = localOffer();
        record Row(UUID id, long version, Kinship.ArrangementType type, UUID carer, LocalDate start, LocalDate end,
                List<Integer> offers, Evidence evidence) {}
        List<Row> rows = jdbc.sql("""
                        SELECT id, version, arrangement_type, carer_id, started_on, ended_on, offer_ids,
                          looked_after_before, child_protection_plan, court_safeguarding, fgdm_decided_carer,
                          both_parents_dead
                        FROM kinship_arrangement WHERE child_id = :child ORDER BY started_on DESC, recorded_at DESC""")
                .param("child", childId)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getLong("version"),
                        Kinship.ArrangementType.valueOf(rs.getString("arrangement_type")),
                        rs.getObject("carer_id", UUID.class), rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        List.of((Integer[]) rs.getArray("offer_ids").getArray()),
                        new Evidence(rs.getBoolean("looked_after_before"), rs.getBoolean("child_protection_plan"),
                                rs.getBoolean("court_safeguarding"), rs.getBoolean("fgdm_decided_carer"),
                                rs.getBoolean("both_parents_dead"))))
                .list();
        Map<UUID, Identity> shown = identities.show(rows.stream().map(Row::carer).distinct().toList(),
                AuditRecord.allowed("KINSHIP_ARRANGEMENTS_VIEWED", List.of(childId)));
        return rows.stream().map(r -> new Arrangement(r.id(), r.version(), childId, r.type(), r.carer(),
                nameOf(shown, r.carer()), r.start(), r.end(),
                offer.stream().filter(o -> r.offers().contains(o.id())).toList(), r.evidence(),
                Kinship.allowance(r.type(), r.evidence()))).toList();
    }

    /** The people in the child's network who may be named as a carer (their relationships in people). */
    @Transactional
    public List<kith.people.Relationship> network(UUID childId) {
        checkMayWork(childId);
        return relationships.of(childId).stream().filter(r -> r.person().id() != null).toList();
    }

    @Transactional(readOnly = true)
    public List<LocalOffer> localOffer() {
        return jdbc.sql("SELECT id, name, description FROM kinship_local_offer WHERE active ORDER BY id")
                .query((rs, n) -> new LocalOffer(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    private void checkMayWork(UUID childId) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        access.checkMayOpen(childId);
    }

    /**
     * A write, or a read that found nothing, names a child who must exist: after the access check, so that a 404 tells
     * nobody who may not open the record whether it exists. (A read that found rows needs no statement more.)
     */
    private void checkExists(UUID childId) {
        if (!people.exists(childId)) {
            throw new RecordNotFound("Person", childId);
        }
    }

    private void pastDate(List<Problem> problems, String field, LocalDate day, String what) {
        if (day == null) {
            problems.add(new Problem(field, "Enter " + what));
        } else if (day.isAfter(today.date())) {
            problems.add(new Problem(field, "The " + what.replaceFirst("^the ", "") + " must be today or in the past"));
        }
    }

    private static String nameOf(Map<UUID, Identity> shown, UUID personId) {
        Identity identity = personId == null ? null : shown.get(personId);
        return identity == null ? Identity.RESTRICTED_RECORD : identity.name();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
