package kith.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.ConditionalOnDemo;
import kith.shared.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invented families for the demo configuration, written once into an empty database: forty from
 * {@link SyntheticPeople}, and the Carrow family, written by hand so that the seals on restricted records can be
 * seen (and checked from outside): Dana Carrow, at a confidential address, with her son Milo Carrow (the health
 * visitor's Family Help family) and her daughter Juniper Ashdown, NHS number 999 999 0002, whose record is
 * restricted and named only to the social worker ({@link DemoRestriction}).
 */
@Component
@ConditionalOnDemo
@Order(30)
class DemoFamilies implements ApplicationRunner {

    static final int FAMILIES = 40;
    private static final Logger log = LoggerFactory.getLogger(DemoFamilies.class);

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Today today;

    DemoFamilies(PersonRepository people, JdbcClient jdbc, AuditTrail audit, TransactionTemplate transaction, Clock clock,
            Today today) {
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.today = today;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            SyntheticPeople synthetic = new SyntheticPeople(20261123L, today.date());
            List<java.util.UUID> created = new ArrayList<>();
            List<SyntheticPeople.Family> families = new ArrayList<>();
            for (int f = 0; f < FAMILIES; f++) {
                families.add(withoutJunipersBirthday(synthetic.family()));
            }
            families.add(carrowFamily(today.date()));
            for (SyntheticPeople.Family family : families) {
                List<Person> members = new ArrayList<>();
                for (PersonDetails details : family.members()) {
                    PersonRules.check(details, today.date());
                    LaChildId id = details.kind() == PersonKind.CHILD
                            ? LaChildId.fromSequence(jdbc.sql("SELECT nextval('la_child_id_seq')").query(Long.class).single())
                            : null;
                    members.add(people.save(Person.create(details, id, clock.instant())));
                }
                for (SyntheticPeople.Link link : family.links()) {
                    // A link says "from is type to to"; a stored relationship says "related is type to person".
                    Relationships.store(jdbc, clock, members.get(link.to()).id(), members.get(link.from()).id(), link.type());
                }
                members.forEach(member -> created.add(member.id()));
            }
            audit.record(new AuditRecord("DEMO_DATA_CREATED", AuditRecord.Outcome.ALLOWED, List.of(), List.of(), null,
                    created.size() + " invented people"));
            log.info("Created {} invented people in {} families for the demo", created.size(), families.size());
        });
    }

    /** Juniper Ashdown's NHS number and date of birth: nobody else in the demo has either. */
    static final String JUNIPER_NHS_NUMBER = "9999990002";
    static final LocalDate JUNIPER_BORN = LocalDate.of(2017, 5, 29);

    /**
     * The Carrow family: Dana (a confidential address: she has moved away from someone she fears), Milo, 2, and
     * Milo's half-sister Juniper Ashdown, 9, whose record will be restricted.
     */
    static SyntheticPeople.Family carrowFamily(LocalDate today) {
        Address refuge = new Address("Flat 2, 14 Mill Lane", null, "Brookfield", "BF7 2QD", today.minusMonths(4), null,
                true);
        PersonDetails dana = new PersonDetails(PersonKind.ADULT, false, "Dana", "Carrow", null, List.of(),
                LocalDate.of(1991, 6, 14), null, "F", "WBRI", List.of(), List.of("English"), List.of(refuge),
                "9999990010", "GP record", null);
        PersonDetails milo = new PersonDetails(PersonKind.CHILD, false, "Milo", "Carrow", null, List.of(),
                today.minusYears(2).minusDays(41), null, "M", "WBRI", List.of(), List.of("English"), List.of(refuge),
                "9999990029", "Health visitor", null);
        PersonDetails juniper = new PersonDetails(PersonKind.CHILD, false, "Juniper", "Ashdown", null, List.of(),
                JUNIPER_BORN, null, "F", "WBRI", List.of(), List.of("English"), List.of(refuge), JUNIPER_NHS_NUMBER,
                "GP record", null);
        return new SyntheticPeople.Family(List.of(dana, milo, juniper), List.of(
                new SyntheticPeople.Link(0, 1, RelationshipType.PARENT),
                new SyntheticPeople.Link(0, 2, RelationshipType.PARENT),
                new SyntheticPeople.Link(1, 2, RelationshipType.HALF_SIBLING)));
    }

    /** An invented person born on Juniper's birthday is born a day later, so that her date of birth names only her. */
    private static SyntheticPeople.Family withoutJunipersBirthday(SyntheticPeople.Family family) {
        return new SyntheticPeople.Family(family.members().stream()
                .map(p -> JUNIPER_BORN.equals(p.dateOfBirth())
                        ? new PersonDetails(p.kind(), p.unborn(), p.givenName(), p.familyName(), p.preferredName(),
                                p.aliases(), p.dateOfBirth().plusDays(1), p.expectedDateOfBirth(), p.sex(), p.ethnicity(),
                                p.disabilities(), p.languages(), p.addresses(), p.nhsNumber(), p.nhsNumberSource(), p.upn())
                        : p)
                .toList(), family.links());
    }
}
