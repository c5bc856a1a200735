package kith.networks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kith.networks.FgdmEvents.FgdmConsidered;
import kith.networks.FgdmEvents.FgdmMeetingHeld;
import kith.networks.FgdmEvents.FgdmOffered;
import kith.networks.KinshipEvents.KinshipArrangementStarted;
import kith.networks.KinshipEvents.PlacedOutsideTheNetwork;
import kith.networks.PreProceedingsEvents.LetterBeforeProceedingsSent;
import kith.networks.SupportPackageEvents.SupportPackageApproved;
import kith.networks.SupportPackageEvents.SupportPackageReviewed;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family networks' records replayed as the events that made them, for a module installed late (the measures),
 * which builds its read models through the same listeners as live events: each family group decision as considered,
 * offered and held; each letter before proceedings; each approved support package and its outcome reviews; each
 * kinship arrangement and placement outside the network. Oldest first within each kind. Who did it and the carer's
 * name are not replayed (the listeners of a replay count, and name no one). The caller checks who may rebuild.
 */
@Service
public class FamilyNetworkHistory {

    private final JdbcClient jdbc;

    FamilyNetworkHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many records {@link #replay} goes through, for a progress bar. */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM family_group_decision) + (SELECT count(*) FROM pre_proceedings)
                          + (SELECT count(*) FROM support_package) + (SELECT count(*) FROM kinship_arrangement)
                          + (SELECT count(*) FROM kinship_placement_outside_network)""")
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public void replay(Consumer<Object> events) {
        jdbc.sql("SELECT * FROM family_group_decision ORDER BY considered_on, id").query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            List<UUID> children = new ArrayList<>();
            children.add(rs.getObject("child_id", UUID.class));
            children.addAll(uuids(rs.getArray("sibling_ids")));
            events.accept(new FgdmConsidered(id, children, FgdmStage.valueOf(rs.getString("stage")),
                    rs.getObject("considered_on", LocalDate.class), rs.getString("considered_by_name")));
            LocalDate offered = rs.getObject("offered_on", LocalDate.class);
            if (offered != null) {
                events.accept(new FgdmOffered(id, children, rs.getString("offered_to"), offered,
                        rs.getString("offered_by_name")));
            }
            LocalDate held = rs.getObject("held_on", LocalDate.class);
            if (held != null) {
                events.accept(new FgdmMeetingHeld(id, children, held, rs.getBoolean("private_family_time"), null));
            }
        });
        jdbc.sql("SELECT * FROM pre_proceedings WHERE letter_sent_on IS NOT NULL ORDER BY letter_sent_on, id")
                .query((RowCallbackHandler) rs -> events.accept(new LetterBeforeProceedingsSent(rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class), rs.getObject("letter_sent_on", LocalDate.class),
                        rs.getString("letter_includes"), null)));
        jdbc.sql("SELECT * FROM support_package WHERE status = 'APPROVED' ORDER BY decided_on, id").query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            UUID child = rs.getObject("child_id", UUID.class);
            events.accept(new SupportPackageApproved(id, child, rs.getObject("decided_on", LocalDate.class),
                    rs.getLong("total_pence"), null, null, null, rs.getString("decided_by_name")));
            jdbc.sql("SELECT * FROM support_package_review WHERE package_id = :id AND reviewed_on IS NOT NULL ORDER BY months")
                    .param("id", id)
                    .query((RowCallbackHandler) review -> events.accept(new SupportPackageReviewed(id, child, review.getInt("months"),
                            review.getObject("due_on", LocalDate.class), review.getObject("reviewed_on", LocalDate.class),
                            review.getString("living"), review.getString("recorded_by_name"))));
        });
        jdbc.sql("SELECT * FROM kinship_arrangement ORDER BY started_on, id").query(rs -> {
            Kinship.ArrangementType type = Kinship.ArrangementType.valueOf(rs.getString("arrangement_type"));
            events.accept(new KinshipArrangementStarted(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                    rs.getObject("started_on", LocalDate.class), type.name(), null,
                    Kinship.allowance(type, evidence(rs)).eligible(), rs.getString("recorded_by_name")));
        });
        jdbc.sql("SELECT * FROM kinship_placement_outside_network ORDER BY placed_on, id")
                .query((RowCallbackHandler) rs -> events.accept(new PlacedOutsideTheNetwork(rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class), rs.getObject("placed_on", LocalDate.class),
                        rs.getString("recorded_by_name"))));
    }

    private static Kinship.Evidence evidence(ResultSet rs) throws SQLException {
        return new Kinship.Evidence(rs.getBoolean("looked_after_before"), rs.getBoolean("child_protection_plan"),
                rs.getBoolean("court_safeguarding"), rs.getBoolean("fgdm_decided_carer"),
                rs.getBoolean("both_parents_dead"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
