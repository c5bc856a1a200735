package kith.people;

import java.util.UUID;
import kith.access.RecordAccess;
import kith.access.RestrictedRecords;
import kith.access.RunAs;
import kith.shared.ConditionalOnDemo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Restricts Juniper Ashdown's record in the demo, after the front door and Family Help have worked with her
 * family (so that her name is on a contact, a referral, a request for information and her half-brother's
 * network): the administrator restricts it and names only the social worker. From then on everyone else sees
 * "Restricted record", and her NHS number, 999 999 0002, finds nothing for them.
 */
@Component
@ConditionalOnDemo
@Order(60)
class DemoRestriction implements ApplicationRunner {

    private final RunAs runAs;
    private final RestrictedRecords restricted;
    private final RecordAccess access;
    private final JdbcClient jdbc;

    DemoRestriction(RunAs runAs, RestrictedRecords restricted, RecordAccess access, JdbcClient jdbc) {
        this.runAs = runAs;
        this.restricted = restricted;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID juniper = jdbc.sql("SELECT id FROM person WHERE nhs_number = :nhs")
                .param("nhs", DemoFamilies.JUNIPER_NHS_NUMBER)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (juniper == null || access.isRestricted(juniper)) {
            return;
        }
        runAs.call("admin", () -> {
            restricted.restrict(juniper, "A police investigation involves a member of council staff in her family");
            return restricted.grant(juniper, "social.worker", "Allocated social worker for the investigation");
        });
    }
}
