package kith.networks;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.networks.SupportPackage.Basis;
import kith.networks.SupportPackage.Item;
import kith.networks.SupportPackage.Line;
import kith.networks.SupportPackage.Living;
import kith.networks.SupportPackage.NewItem;
import kith.networks.SupportPackage.NewPayment;
import kith.networks.SupportPackage.NewRequest;
import kith.networks.SupportPackage.Payment;
import kith.networks.SupportPackage.Purpose;
import kith.networks.SupportPackage.Review;
import kith.networks.SupportPackage.Status;
import kith.networks.SupportPackage.View;
import kith.networks.SupportPackageEvents.SupportPackageApproved;
import kith.networks.SupportPackageEvents.SupportPackagePaid;
import kith.networks.SupportPackageEvents.SupportPackageRefused;
import kith.networks.SupportPackageEvents.SupportPackageRequested;
import kith.networks.SupportPackageEvents.SupportPackageReviewed;
import kith.people.Identities;
import kith.people.Identity;
import kith.people.PersonManagement;
import kith.protection.ChildProtectionPlans;
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
 * Family network support packages: a practitioner asks for practical or financial help for a child open to Family
 * Help or on a child protection plan, where a family group meeting identified it or no network could be found; a
 * manager whose approval level covers the amount approves or refuses it, within the year's budget (only the top
 * level may take spending over it); payments never exceed what was approved; and each approved package is reviewed
 * 6 and 12 months on. Every read and write of a child's package is audited.
 */
@Service
public class SupportPackages {

    /** Enough for a package's needs without a form that never ends. */
    public static final int MOST_ITEMS = 10;

    static final String NOT_OPEN = "Support packages are for children open to Family Help or on a child protection plan";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final PersonManagement people;
    private final Identities identities;
    private final FamilyHelpEpisodes familyHelp;
    private final ChildProtectionPlans plans;
    private final SupportBudgets budgets;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    private final FamilyGroupDecisions meetings;

    SupportPackages(JdbcClient jdbc, RecordAccess access, PersonManagement people, Identities identities,
            FamilyHelpEpisodes familyHelp, ChildProtectionPlans plans, SupportBudgets budgets, AuditTrail audit,
            ApplicationEventPublisher events, Today today, FamilyGroupDecisions meetings) {
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.identities = identities;
        this.familyHelp = familyHelp;
        this.plans = plans;
        this.budgets = budgets;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /**
     * Why a package may not be asked for this child (empty when it may): they must be open to Family Help or on a
     * child protection plan. Opens (and audits) the child's record.
     */
    @Transactional
    public Optional<String> whyNot(UUID childId) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        PersonManagement.OpenedRecord opened = people.openRecord(childId);
        boolean open = familyHelp.summaryFor(opened).isPresent()
                || plans.summaryFor(opened).map(s -> s.onAPlan()).orElse(false);
        return open ? Optional.empty() : Optional.of(NOT_OPEN);
    }

    /**
     * A package named as drawn from a family group decision must name one of this child's, whose meeting was held on
     * the date given: the link is what lets the measures follow a meeting to the support it led to.
     */
    private void heldMeeting(UUID childId, NewRequest request, List<Problem> problems) {
        Optional<FamilyGroupDecision.Summary> meeting = meetings.forChild(childId).stream()
                .filter(m -> m.id().equals(request.meetingId())).findFirst();
        if (meeting.isEmpty() || meeting.get().heldOn() == null) {
            problems.add(new Problem("meetingId", "Select a family group meeting that was held for this child"));
        } else if (request.meetingHeldOn() != null && !meeting.get().heldOn().equals(request.meetingHeldOn())) {
            problems.add(new Problem("meetingHeldOn", "That family group meeting was held on "
                    + meeting.get().heldOn().format(Checks.DAY)));
        }
    }

    /** Asks for a package. Every problem is reported together and nothing is saved until there are none. */
    @Transactional
    public UUID request(UUID childId, NewRequest request) {
        Optional<String> refused = whyNot(childId);
        if (refused.isPresent()) {
            // A rule of the request, shown at the form like any other; the record was opened (and that audited).
            throw new InvalidInput("purpose", refused.get());
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate on = today.date();
        if (request.purpose() == null) {
            problems.add(new Problem("purpose", "Select what the support is for"));
        }
        if (request.basis() == null) {
            problems.add(new Problem("basis", "Select whether a family group meeting identified the support or no network could be found"));
        } else if (request.basis() == Basis.FAMILY_GROUP_MEETING) {
            if (request.meetingHeldOn() == null) {
                problems.add(new Problem("meetingHeldOn", "Enter the date of the family group meeting"));
            } else if (request.meetingHeldOn().isAfter(on)) {
                problems.add(new Problem("meetingHeldOn", "The date of the family group meeting must be today or in the past"));
            }
            if (request.meetingId() != null) {
                heldMeeting(childId, request, problems);
            }
        } else {
            text(problems, "noNetworkReason", request.noNetworkReason(), TextLimits.NOTE,
                    "Write why no network could be found");
        }
        // A reason that does not apply is not kept, but one too long to keep is refused all the same.
        if (request.basis() != Basis.NO_NETWORK) {
            text(problems, "noNetworkReason", request.noNetworkReason(), TextLimits.NOTE, null);
        }
        List<NewItem> items = request.items() == null ? List.of() : request.items();
        if (items.stream().allMatch(SupportPackages::blank)) {
            problems.add(new Problem("item1Category", "Add at least one thing the package pays for"));
        }
        if (items.size() > MOST_ITEMS) {
            problems.add(new Problem("item1Category", "A package has at most " + MOST_ITEMS + " items"));
        }
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            NewItem item = items.get(i);
            if (blank(item)) {
                continue;
            }
            String field = "item" + (i + 1);
            if (item.category() == null) {
                problems.add(new Problem(field + "Category", "Select what item " + (i + 1) + " is"));
            }
            text(problems, field + "Description", item.description(), 500, "Describe item " + (i + 1));
            if (item.amountPence() == null || item.amountPence() <= 0) {
                problems.add(new Problem(field + "Amount", "Enter the cost of item " + (i + 1) + " in pounds and pence, like 150.00"));
            } else {
                total += item.amountPence();
            }
            text(problems, field + "Helps", item.personName(), TextLimits.NAME,
                    item.personId() == null ? "Enter who item " + (i + 1) + " helps" : null);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        INSERT INTO support_package (id, child_id, financial_year, purpose, basis, meeting_held_on,
                          meeting_id, no_network_reason, total_pence, status, requested_on, requested_by,
                          requested_by_name, requested_by_practitioner, requested_at)
                        VALUES (:id, :child, :year, :purpose, :basis, :met, :meeting, :reason, :total, 'REQUESTED', :on,
                          :user, :by, :practitioner, :at)""")
                .param("id", id).param("child", childId).param("year", FinancialYear.of(on).startYear())
                .param("purpose", request.purpose().name()).param("basis", request.basis().name())
                .param("met", request.basis() == Basis.FAMILY_GROUP_MEETING ? request.meetingHeldOn() : null)
                .param("meeting", request.basis() == Basis.FAMILY_GROUP_MEETING ? request.meetingId() : null)
                .param("reason", request.basis() == Basis.NO_NETWORK ? request.noNetworkReason().strip() : null)
                .param("total", total).param("on", on).param("user", Actors.currentOrSystem().username())
                .param("by", by).param("practitioner", access.currentPractitioner())
                .param("at", Timestamp.from(today.now()))
                .update();
        int position = 0;
        for (NewItem item : items) {
            if (blank(item)) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO support_package_item (id, package_id, position, category, description,
                              amount_pence, person_id, person_name)
                            VALUES (:id, :package, :position, :category, :description, :amount, :person, :name)""")
                    .param("id", UUID.randomUUID()).param("package", id).param("position", ++position)
                    .param("category", item.category().name()).param("description", item.description().strip())
                    .param("amount", item.amountPence()).param("person", item.personId())
                    .param("name", blank(item.personName()) ? null : item.personName().strip())
                    .update();
        }
        events.publishEvent(new SupportPackageRequested(id, childId, on, total, request.purpose().name(), by));
        audit.record(AuditRecord.allowed("SUPPORT_PACKAGE_REQUESTED", List.of(id, childId)));
        return id;
    }

    /** A package, for anyone who may open the child's record and does family network work; audited as a view. */
    @Transactional
    public View open(UUID id) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        Stored stored = load(id);
        access.checkMayOpen(stored.childId());
        List<ItemRow> rows = jdbc.sql("""
                        SELECT category, description, amount_pence, person_id, person_name FROM support_package_item
                        WHERE package_id = :id ORDER BY position""")
                .param("id", id)
                .query((rs, n) -> new ItemRow(SupportPackage.Category.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getLong(3), rs.getObject(4, UUID.class), rs.getString(5)))
                .list();
        Set<UUID> shown = new HashSet<>();
        shown.add(stored.childId());
        rows.stream().map(ItemRow::personId).filter(p -> p != null).forEach(shown::add);
        Map<UUID, Identity> names = identities.show(shown,
                AuditRecord.allowed("SUPPORT_PACKAGE_VIEWED", List.of(id, stored.childId())));
        List<Item> items = rows.stream().map(r -> new Item(r.category(), r.description(), r.amountPence(),
                r.personName() != null ? r.personName() : nameOf(names, r.personId()))).toList();
        List<Payment> payments = jdbc.sql("""
                        SELECT id, paid_on, amount_pence, paid_to, reference, recorded_by_name FROM support_package_payment
                        WHERE package_id = :id ORDER BY paid_on, recorded_at""")
                .param("id", id)
                .query((rs, n) -> new Payment(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
        List<Review> reviews = jdbc.sql("""
                        SELECT months, due_on, reviewed_on, living, notes, recorded_by_name FROM support_package_review
                        WHERE package_id = :id ORDER BY months""")
                .param("id", id)
                .query((rs, n) -> new Review(rs.getInt(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4) == null ? null : Living.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6)))
                .list();
        return new View(id, stored.version(), stored.childId(), nameOf(names, stored.childId()),
                new FinancialYear(stored.year()), stored.purpose(), stored.basis(), stored.meetingHeldOn(),
                stored.meetingId(), stored.noNetworkReason(), stored.totalPence(), stored.status(),
                stored.requestedOn(), stored.requestedByName(), stored.decidedOn(), stored.decidedByName(),
                stored.refusalReason(), items, payments, reviews);
    }

    /** The child's packages, newest first; audited as a view of the child's record. */
    @Transactional
    public List<Line> forChild(UUID childId) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        access.checkMayOpen(childId);
        audit.record(AuditRecord.allowed("SUPPORT_PACKAGES_LISTED", List.of(childId)));
        return lines("p.child_id = :key", childId);
    }

    /**
     * The year's packages, for the budget page: children the user may not see named are shown as "Restricted
     * record". Two statements and the names' one.
     */
    @Transactional
    public List<Line> inYear(FinancialYear year) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        List<Line> unnamed = lines("p.financial_year = :key", year.startYear());
        Map<UUID, Identity> names = identities.show(unnamed.stream().map(Line::childId).distinct().toList(),
                AuditRecord.allowed("SUPPORT_PACKAGES_LISTED", List.of()).withDetail(year.label()));
        return unnamed.stream().map(l -> new Line(l.id(), l.childId(), nameOf(names, l.childId()), l.requestedOn(),
                l.purpose(), l.totalPence(), l.paidPence(), l.status())).toList();
    }

    private List<Line> lines(String where, Object key) {
        return jdbc.sql("""
                        SELECT p.id, p.child_id, p.requested_on, p.purpose, p.total_pence, p.status,
                          coalesce((SELECT sum(amount_pence) FROM support_package_payment m WHERE m.package_id = p.id), 0) AS paid
                        FROM support_package p""" + " WHERE " + where + " ORDER BY p.requested_on DESC, p.requested_at DESC")
                .param("key", key)
                .query((rs, n) -> new Line(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                        null, rs.getObject("requested_on", LocalDate.class), Purpose.valueOf(rs.getString("purpose")),
                        rs.getLong("total_pence"), rs.getLong("paid"), Status.valueOf(rs.getString("status"))))
                .list();
    }

    /**
     * A manager approves the package: their level must cover its amount, and only the top level may take the
     * year's spending over its budget. A refusal says by how much and who may approve it, and is audited.
     */
    @Transactional
    public View approve(UUID id, long expectedVersion) {
        access.check(Permission.MANAGE_FAMILY_NETWORKS);
        Stored stored = toDecide(id, expectedVersion);
        FinancialYear year = new FinancialYear(stored.year());
        // One approval at a time per year, so that two managers cannot both spend the last of the budget.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('support_budget'), :year)").param("year", stored.year())
                .query((rs, n) -> 1).list();
        SupportBudgets.YearBudget budget = budgets.year(year);
        String username = Actors.currentOrSystem().username();
        SupportBudgets.Level level = budgets.levelOf(username);
        long over = stored.totalPence() - budget.leftPence();
        if (over > 0 && !level.top()) {
            throw refused(stored, "This package is " + Money.pounds(over) + " over the budget left for " + year.label()
                    + ": it needs approval by " + budgets.top().name());
        }
        if (!level.covers(stored.totalPence())) {
            throw refused(stored, "This package is " + Money.pounds(stored.totalPence())
                    + ", above your approval level (" + level.name() + ", " + level.upTo() + "): it needs approval by "
                    + budgets.lowestCovering(stored.totalPence()).name());
        }
        LocalDate on = today.date();
        decide(stored, Status.APPROVED, null, on);
        LocalDate six = on.plusMonths(6);
        LocalDate twelve = on.plusMonths(12);
        for (int months : new int[] {6, 12}) {
            jdbc.sql("INSERT INTO support_package_review (package_id, months, due_on) VALUES (:id, :months, :due)")
                    .param("id", id).param("months", months).param("due", months == 6 ? six : twelve).update();
        }
        events.publishEvent(new SupportPackageApproved(id, stored.childId(), on, stored.totalPence(), six, twelve,
                stored.requestedByPractitioner(), Actors.currentOrSystem().displayName()));
        audit.record(AuditRecord.allowed("SUPPORT_PACKAGE_APPROVED", List.of(id, stored.childId())));
        return open(id);
    }

    /** A manager refuses the package, with the reason. */
    @Transactional
    public View refuse(UUID id, long expectedVersion, String reason) {
        access.check(Permission.MANAGE_FAMILY_NETWORKS);
        Stored stored = toDecide(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        text(problems, "reason", reason, TextLimits.NOTE, "Write why the package is refused");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LocalDate on = today.date();
        decide(stored, Status.REFUSED, reason.strip(), on);
        events.publishEvent(new SupportPackageRefused(id, stored.childId(), on, reason.strip(),
                Actors.currentOrSystem().displayName()));
        audit.record(AuditRecord.allowed("SUPPORT_PACKAGE_REFUSED", List.of(id, stored.childId())));
        return open(id);
    }

    /** Records a payment: only for an approved package, and never beyond what is left of its approved total. */
    @Transactional
    public UUID pay(UUID id, NewPayment payment) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        Stored stored = loadForUpdate(id);
        access.checkMayOpen(stored.childId());
        if (stored.status() != Status.APPROVED) {
            throw new InvalidInput("amount", "Payments are recorded only for an approved package");
        }
        long paid = jdbc.sql("SELECT coalesce(sum(amount_pence), 0) FROM support_package_payment WHERE package_id = :id")
                .param("id", id).query(Long.class).single();
        List<Problem> problems = new ArrayList<>();
        LocalDate on = payment.paidOn();
        if (on == null) {
            problems.add(new Problem("paidOn", "Enter the date of the payment"));
        } else if (on.isAfter(today.date())) {
            problems.add(new Problem("paidOn", "The date of the payment must be today or in the past"));
        } else if (on.isBefore(stored.decidedOn())) {
            problems.add(new Problem("paidOn", "The date of the payment must be on or after the approval"));
        }
        if (payment.amountPence() == null || payment.amountPence() <= 0) {
            problems.add(new Problem("amount", "Enter the amount paid in pounds and pence, like 150.00"));
        } else if (paid + payment.amountPence() > stored.totalPence()) {
            problems.add(new Problem("amount", "The payment is more than is left to pay: "
                    + Money.pounds(stored.totalPence() - paid) + " of the " + Money.pounds(stored.totalPence())
                    + " approved"));
        }
        text(problems, "paidTo", payment.paidTo(), 200, "Enter who was paid");
        text(problems, "reference", payment.reference(), 100, "Enter the payment reference");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID paymentId = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        INSERT INTO support_package_payment (id, package_id, paid_on, amount_pence, paid_to, reference,
                          recorded_by, recorded_by_name, recorded_at)
                        VALUES (:id, :package, :on, :amount, :to, :reference, :user, :by, :at)""")
                .param("id", paymentId).param("package", id).param("on", on).param("amount", payment.amountPence())
                .param("to", payment.paidTo().strip()).param("reference", payment.reference().strip())
                .param("user", Actors.currentOrSystem().username()).param("by", by)
                .param("at", Timestamp.from(today.now())).update();
        events.publishEvent(new SupportPackagePaid(paymentId, id, stored.childId(), on, payment.amountPence(), by));
        audit.record(AuditRecord.allowed("SUPPORT_PACKAGE_PAID", List.of(id, stored.childId())));
        return paymentId;
    }

    /** Records an outcome review, 6 or 12 months after approval: where the child lives now. */
    @Transactional
    public void review(UUID id, int months, LocalDate reviewedOn, Living living, String notes) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        Stored stored = loadForUpdate(id);
        access.checkMayOpen(stored.childId());
        List<Problem> problems = new ArrayList<>();
        if (reviewedOn == null) {
            problems.add(new Problem("reviewedOn", "Enter the date of the review"));
        } else if (reviewedOn.isAfter(today.date())) {
            problems.add(new Problem("reviewedOn", "The date of the review must be today or in the past"));
        }
        if (living == null) {
            problems.add(new Problem("living", "Select where the child is living"));
        }
        text(problems, "notes", notes, TextLimits.NOTE, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Optional<LocalDate> due = jdbc.sql("""
                        UPDATE support_package_review SET reviewed_on = :on, living = :living, notes = :notes,
                          recorded_by = :user, recorded_by_name = :by, recorded_at = :at
                        WHERE package_id = :id AND months = :months AND reviewed_on IS NULL RETURNING due_on""")
                .param("on", reviewedOn).param("living", living.name())
                .param("notes", notes == null || notes.isBlank() ? null : notes.strip())
                .param("user", Actors.currentOrSystem().username())
                .param("by", Actors.currentOrSystem().displayName()).param("at", Timestamp.from(today.now()))
                .param("id", id).param("months", months).query(LocalDate.class).optional();
        if (due.isEmpty()) {
            throw new InvalidInput("living", "There is no " + months + " month review waiting for this package");
        }
        events.publishEvent(new SupportPackageReviewed(id, stored.childId(), months, due.get(), reviewedOn, living.name(),
                Actors.currentOrSystem().displayName()));
        audit.record(AuditRecord.allowed("SUPPORT_PACKAGE_REVIEWED", List.of(id, stored.childId())));
    }

    private Stored toDecide(UUID id, long expectedVersion) {
        Stored stored = loadForUpdate(id);
        access.checkMayOpen(stored.childId());
        if (stored.version() != expectedVersion) {
            throw new StaleRecord("Support package", id);
        }
        if (stored.status() != Status.REQUESTED) {
            throw new InvalidInput("decision", "This package has already been decided");
        }
        return stored;
    }

    private RuntimeException refused(Stored stored, String why) {
        audit.recordRefusal(AuditRecord.refused("SUPPORT_PACKAGE_APPROVED", List.of(stored.id(), stored.childId()), why));
        return new InvalidInput("decision", why);
    }

    private void decide(Stored stored, Status status, String reason, LocalDate on) {
        jdbc.sql("""
                        UPDATE support_package SET status = :status, refusal_reason = :reason, decided_on = :on,
                          decided_by = :user, decided_by_name = :by, decided_at = :at, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("reason", reason).param("on", on)
                .param("user", Actors.currentOrSystem().username()).param("by", Actors.currentOrSystem().displayName())
                .param("at", Timestamp.from(today.now())).param("id", stored.id()).param("version", stored.version())
                .update();
    }

    private Stored load(UUID id) {
        return select(id, "");
    }

    private Stored loadForUpdate(UUID id) {
        return select(id, " FOR UPDATE");
    }

    private Stored select(UUID id, String lock) {
        return jdbc.sql("""
                        SELECT id, version, child_id, financial_year, purpose, basis, meeting_held_on, meeting_id,
                          no_network_reason, total_pence, status, requested_on, requested_by_name,
                          requested_by_practitioner, decided_on, decided_by_name, refusal_reason
                        FROM support_package WHERE id = :id""" + lock)
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getObject("child_id", UUID.class), rs.getInt("financial_year"),
                        Purpose.valueOf(rs.getString("purpose")), Basis.valueOf(rs.getString("basis")),
                        rs.getObject("meeting_held_on", LocalDate.class), rs.getObject("meeting_id", UUID.class),
                        rs.getString("no_network_reason"), rs.getLong("total_pence"),
                        Status.valueOf(rs.getString("status")), rs.getObject("requested_on", LocalDate.class),
                        rs.getString("requested_by_name"), rs.getObject("requested_by_practitioner", UUID.class),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by_name"),
                        rs.getString("refusal_reason")))
                .optional().orElseThrow(() -> new RecordNotFound("Support package", id));
    }

    private record Stored(UUID id, long version, UUID childId, int year, Purpose purpose, Basis basis,
            LocalDate meetingHeldOn, UUID meetingId, String noNetworkReason, long totalPence, Status status,
            LocalDate requestedOn, String requestedByName, UUID requestedByPractitioner, LocalDate decidedOn,
            String decidedByName, String refusalReason) {}

    private record ItemRow(SupportPackage.Category category, String description, long amountPence, UUID personId,
            String personName) {}

    private static String nameOf(Map<UUID, Identity> names, UUID personId) {
        Identity identity = personId == null ? null : names.get(personId);
        return identity == null ? Identity.RESTRICTED_RECORD : identity.name();
    }

    private static boolean blank(NewItem item) {
        return item == null || (item.category() == null && blank(item.description()) && item.amountPence() == null
                && item.personId() == null && blank(item.personName()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void text(List<Problem> problems, String field, String value, int limit, String whenBlank) {
        if (blank(value)) {
            if (whenBlank != null) {
                problems.add(new Problem(field, whenBlank));
            }
        } else if (TextLimits.exceeds(value, limit)) {
            problems.add(new Problem(field, "Write this in " + TextLimits.shown(limit) + " characters or fewer"));
        }
    }

}
