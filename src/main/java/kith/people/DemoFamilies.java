package kith.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.ConditionalOnDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Invented families for the demo configuration, written once into an empty database. */
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

    DemoFamilies(PersonRepository people, JdbcClient jdbc, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            SyntheticPeople synthetic = new SyntheticPeople(20261123L, LocalDate.now(clock));
            List<java.util.UUID> created = new ArrayList<>();
            for (int f = 0; f < FAMILIES; f++) {
                SyntheticPeople.Family family = synthetic.family();
                List<Person> members = new ArrayList<>();
                for (PersonDetails details : family.members()) {
                    PersonRules.check(details, LocalDate.now(clock));
                    LaChildId id = details.kind() == PersonKind.CHILD
                            ? LaChildId.fromSequence(jdbc.sql("SELECT nextval('la_child_id_seq')").query(Long.class).single())
                            : null;
                    members.add(people.save(Person.create(details, id, clock.instant())));
                }
                for (SyntheticPeople.Link link : family.links()) {
                    Relationships.store(jdbc, clock, members.get(link.from()).id(), members.get(link.to()).id(), link.type());
                }
                members.forEach(member -> created.add(member.id()));
            }
            audit.record(new AuditRecord("DEMO_DATA_CREATED", AuditRecord.Outcome.ALLOWED, List.of(), List.of(), null,
                    created.size() + " invented people"));
            log.info("Created {} invented people in {} families for the demo", created.size(), FAMILIES);
        });
    }
}
