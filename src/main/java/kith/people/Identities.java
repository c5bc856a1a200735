package kith.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.access.RecordAccess.Disclosure;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one choke point for showing who a person is. Every list, page, API answer and export that names a
 * person, gives their date of birth or an identifier, gets it here: the access policy says, in one query, which
 * people are restricted records the user is not named on (their identity is withheld: "Restricted record") and
 * which the user may open (only those are linked); the names come in one more query; and the showing is audited,
 * naming the people shown. A module that holds its own copy of what a referrer typed about a linked child asks
 * {@link Identity#withheld()} before showing it.
 */
@Service
public class Identities {

    private final RecordAccess access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    Identities(RecordAccess access, AuditTrail audit, JdbcClient jdbc) {
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * How each of these people may be shown to the current user, audited as {@code PEOPLE_SHOWN} with
     * {@code where} (for example "front-door tray") as its detail. Ids of nobody are left out.
     */
    @Transactional
    public Map<UUID, Identity> show(Collection<UUID> personIds, String where) {
        return show(personIds, AuditRecord.allowed("PEOPLE_SHOWN", List.of()).withDetail(where));
    }

    /**
     * The same, audited by the caller's own entry (opening an episode, listing a team's families), to which the
     * people shown are added as subjects: one entry says what was done and whom it showed.
     */
    @Transactional
    public Map<UUID, Identity> show(Collection<UUID> personIds, AuditRecord entry) {
        Map<UUID, Identity> shown = read(personIds);
        List<UUID> subjects = new java.util.ArrayList<>(entry.subjects());
        shown.values().stream().filter(identity -> !identity.withheld()).map(Identity::id).sorted()
                .filter(id -> !subjects.contains(id)).forEach(subjects::add);
        if (!subjects.isEmpty()) {
            audit.record(new AuditRecord(entry.action(), entry.outcome(), subjects, entry.fields(), entry.reason(),
                    entry.detail()));
        }
        return shown;
    }

    /** One person, as {@link #show}; a person who does not exist is withheld like a restricted record. */
    @Transactional
    public Identity show(UUID personId, String where) {
        return show(List.of(personId), where).getOrDefault(personId, Identity.withheldFromCurrentUser());
    }

    /**
     * The same without its own audit entry, for callers whose own entry already names these people (opening a
     * record, a list audited as a whole). Package-private: other modules always go through {@link #show}.
     */
    Map<UUID, Identity> read(Collection<UUID> personIds) {
        Map<UUID, Disclosure> disclosures = access.disclosures(personIds);
        List<UUID> visible = disclosures.entrySet().stream()
                .filter(entry -> !entry.getValue().withheld())
                .map(Map.Entry::getKey)
                .toList();
        Map<UUID, Identity> identities = new HashMap<>();
        if (!visible.isEmpty()) {
            jdbc.sql("""
                            SELECT id, kind, given_name, family_name, date_of_birth, expected_date_of_birth, nhs_number,
                              la_child_id
                            FROM person WHERE id = ANY(:ids)""")
                    .param("ids", visible.toArray(UUID[]::new))
                    .query((rs, n) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        Disclosure disclosure = disclosures.get(id);
                        String nhs = rs.getString("nhs_number");
                        String laChildId = rs.getString("la_child_id");
                        return new Identity(id, disclosure.restricted(), false, disclosure.openable(),
                                PersonKind.valueOf(rs.getString("kind")), rs.getString("given_name"),
                                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                                rs.getObject("expected_date_of_birth", LocalDate.class),
                                nhs == null ? null : new NhsNumber(nhs),
                                laChildId == null ? null : new LaChildId(laChildId));
                    })
                    .list()
                    .forEach(identity -> identities.put(identity.id(), identity));
        }
        disclosures.forEach((id, disclosure) -> {
            if (disclosure.withheld()) {
                identities.put(id, Identity.withheldFromCurrentUser());
            }
        });
        return identities;
    }
}
