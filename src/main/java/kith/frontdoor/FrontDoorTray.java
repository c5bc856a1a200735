package kith.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.Today;
import kith.timescales.StatutoryClocks;
import kith.timescales.WorkingCalendar;
import kith.timescales.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's work tray: contacts awaiting screening, decisions due today, overdue decisions and open
 * requests for information, filterable by kind and due window, sortable; what is overdue comes first.
 */
@Service
public class FrontDoorTray {

    /**
     * One row of the tray. {@code overdueBy} is in working days for decisions and contacts, hours for
     * requests; {@code referralId} is the referral a decision or request belongs to.
     */
    public record Item(Kind kind, UUID id, UUID referralId, String children, String from, Instant receivedAt, LocalDate dueOn,
            Instant dueAt, int overdueBy, boolean dueToday, boolean reReferral) {

        public boolean overdue() {
            return overdueBy > 0;
        }
    }

    public enum Kind {
        CONTACT("Contact to screen"),
        DECISION("Referral decision"),
        REQUEST("Information request");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What to show: a kind or all; due today, overdue or any time; and the order. */
    public record Filter(Kind kind, String due, String sort) {
        public Filter {
            due = due == null || due.isBlank() ? "any" : due;
            sort = sort == null || sort.isBlank() ? "due" : sort;
        }
    }

    private final Referrals referrals;
    private final InformationRequests requests;
    private final WorkingDays workingDays;
    private final StatutoryClocks clocks;
    private final RecordAccess access;
    private final Identities identities;
    private final JdbcClient jdbc;
    private final Clock clock;

    FrontDoorTray(Referrals referrals, InformationRequests requests, WorkingDays workingDays, StatutoryClocks clocks,
            RecordAccess access, Identities identities, JdbcClient jdbc, Clock clock) {
        this.referrals = referrals;
        this.requests = requests;
        this.workingDays = workingDays;
        this.clocks = clocks;
        this.access = access;
        this.identities = identities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public List<Item> items(Filter filter) {
        access.checkMayWorkTheFrontDoor();
        Instant now = clock.instant();
        LocalDate today = Today.dateOf(now);
        List<Item> items = new ArrayList<>();
        // One read of the closure days for every row, not one for each overdue row.
        WorkingCalendar calendar = workingDays.calendar();
        if (filter.kind() == null || filter.kind() == Kind.CONTACT) {
            items.addAll(contactsAwaitingScreening(today, calendar));
        }
        if (filter.kind() == null || filter.kind() == Kind.DECISION) {
            for (ReferralView r : referrals.awaitingDecision()) {
                int overdue = r.overdueOn(today) ? calendar.workingDaysBetween(r.decisionDueOn(), today) : 0;
                items.add(new Item(Kind.DECISION, r.id(), r.id(), r.childName(), r.referralSource().label(), null,
                        r.decisionDueOn(), null, Math.max(overdue, r.overdueOn(today) ? 1 : 0),
                        today.equals(r.decisionDueOn()), r.reReferral()));
            }
        }
        if (filter.kind() == null || filter.kind() == Kind.REQUEST) {
            for (InformationRequestView r : requests.open()) {
                int hoursOverdue = r.overdueAt(now) ? (int) Math.max(1, java.time.Duration.between(r.dueAt(), now).toHours()) : 0;
                items.add(new Item(Kind.REQUEST, r.id(), r.referralId(), r.childName(), r.agencyName(), r.requestedAt(),
                        Today.dateOf(r.dueAt()), r.dueAt(), hoursOverdue,
                        Today.dateOf(r.dueAt()).equals(today), false));
            }
        }
        return items.stream()
                .filter(item -> switch (filter.due()) {
                    case "today" -> item.dueToday() && !item.overdue();
                    case "overdue" -> item.overdue();
                    default -> true;
                })
                .sorted(order(filter.sort()))
                .toList();
    }

    private static Comparator<Item> order(String sort) {
        Comparator<Item> overdueFirst = Comparator.comparing(Item::overdue).reversed();
        return switch (sort) {
            case "received" -> overdueFirst.thenComparing(Item::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case "name" -> Comparator.comparing(Item::children, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
            default -> overdueFirst.thenComparing(Item::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Item::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()));
        };
    }

    private List<Item> contactsAwaitingScreening(LocalDate today, WorkingCalendar calendar) {
        record Row(UUID id, Instant receivedAt, LocalDate receivedOn, String referrer, List<String> described,
                List<UUID> linked) {}
        List<Row> rows = jdbc.sql("""
                        SELECT c.id, c.received_at, c.received_on,
                          coalesce(c.referrer_agency_name, c.referrer_name, 'Anonymous') AS referrer,
                          array(SELECT ch.given_name || ' ' || ch.family_name FROM contact_child ch
                                WHERE ch.contact_id = c.id ORDER BY ch.position) AS described,
                          array(SELECT ch.person_id FROM contact_child ch
                                WHERE ch.contact_id = c.id ORDER BY ch.position) AS linked
                        FROM contact c WHERE c.status = 'AWAITING_SCREENING' ORDER BY c.received_at LIMIT 500""")
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getTimestamp("received_at").toInstant(),
                        rs.getObject("received_on", LocalDate.class), rs.getString("referrer"),
                        Arrays.asList((String[]) rs.getArray("described").getArray()),
                        Arrays.asList((UUID[]) rs.getArray("linked").getArray())))
                .list();
        // A child already linked is named as their record shows them: "Restricted record" when withheld.
        Map<UUID, Identity> linked = identities.show(rows.stream().flatMap(row -> row.linked().stream())
                .filter(Objects::nonNull).distinct().toList(), "front-door tray");
        // A contact needs a response by the day a referral received with it would need its decision.
        var decisionDue = clocks.timescale(Referrals.DECISION_CLOCK);
        return rows.stream()
                .map(row -> {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < row.described().size(); i++) {
                        UUID person = row.linked().get(i);
                        names.add(person == null ? row.described().get(i) : linked.get(person).name());
                    }
                    LocalDate due = decisionDue.apply(row.receivedOn());
                    int overdue = today.isAfter(due) ? Math.max(1, calendar.workingDaysBetween(due, today)) : 0;
                    return new Item(Kind.CONTACT, row.id(), null, String.join(", ", names), row.referrer(),
                            row.receivedAt(), due, null, overdue, today.equals(due), false);
                })
                .toList();
    }
}
