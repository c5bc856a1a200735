package kith.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.AccessRefused;
import kith.shared.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record-access policy: the one place that decides whether the current user may find people, open a
 * person's record or administer access to it. Every refusal is audited before it is thrown.
 *
 * <p>Council caseworkers (practitioners, managers, front door, conference chairs) may find and open people;
 * partner practitioners may not until a later working relationship gives them a child; analysts work with
 * figures, not records. A restricted record opens only for the users named on it. Which role may do what is
 * stated once, in {@link Permission}; the checks here add what depends on the record.
 */
@Service
public class RecordAccess {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    RecordAccess(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Refuses (and audits) unless the current user's role holds the permission. */
    public void check(Permission permission) {
        check(permission, List.of());
    }

    /** As {@link #check(Permission)}, naming the records the refused request was about. */
    void check(Permission permission, List<UUID> subjects) {
        if (!permission.isHeldBy(currentRole())) {
            throw refuse(permission.refusal(), subjects, permission.reason());
        }
    }

    /** Whether the current user may search for people (administrators may, to manage access). */
    public void checkMayFindPeople() {
        check(Permission.FIND_PEOPLE);
    }

    /** Whether the current user may create people (council caseworkers). */
    public void checkMayRecordPeople() {
        check(Permission.RECORD_PEOPLE);
    }

    /**
     * Refuses (and audits) unless the current user may open this person's record: council caseworkers may,
     * partner practitioners only for the people they work with; a restricted record only for named users.
     * One query answers all three questions. Returns whether the record is restricted (for its header).
     */
    public boolean checkMayOpen(UUID personId) {
        Role role = currentRole();
        Standing standing = standing(personId);
        // Partners open only the records of the people they work with.
        boolean atWork = role != Role.PARTNER_PRACTITIONER || standing.worksWith();
        if (!Permission.OPEN_RECORDS.isHeldBy(role) || !atWork) {
            throw refuse("PERSON_ACCESS_REFUSED", List.of(personId), "No working relationship with the person");
        }
        if (standing.restricted() && !standing.named()) {
            throw refuse("PERSON_ACCESS_REFUSED", List.of(personId), "Restricted record; user not named");
        }
        return standing.restricted();
    }

    /**
     * Refuses (and audits) unless the current user may open this child's child protection records (strategy
     * discussions, enquiries, conferences, the plan): whoever may open the child's record, except that a partner
     * must be in the multi-agency child protection team working with the child, in the plan's core group, or its
     * lead practitioner. Working with the family in Family Help alone is not enough: proportionate access.
     */
    public void checkMayOpenChildProtection(UUID personId) {
        checkMayOpen(personId);
        if (currentRole() == Role.PARTNER_PRACTITIONER && !childProtectionOpenable(List.of(personId)).contains(personId)) {
            throw refuse("CHILD_PROTECTION_ACCESS_REFUSED", List.of(personId),
                    "Not in the child protection team or the core group");
        }
    }

    /**
     * Of these children, those whose child protection records the current user may open, in one query (for links
     * and lists): council caseworkers any they may open, partners through a child protection relationship only.
     * Restricted records only for users named on them.
     */
    @Transactional(readOnly = true)
    public Set<UUID> childProtectionOpenable(Collection<UUID> personIds) {
        Role role = currentRole();
        boolean council = role != null && role.councilCaseworker();
        boolean partner = role == Role.PARTNER_PRACTITIONER;
        if (personIds.isEmpty() || (!council && !partner)) {
            return Set.of();
        }
        String[] kinds = Arrays.stream(WorkingRelationships.Kind.values())
                .filter(WorkingRelationships.Kind::opensChildProtection).map(Enum::name).toArray(String[]::new);
        return new HashSet<>(jdbc.sql("""
                        SELECT p.id FROM unnest(CAST(:ids AS uuid[])) AS p(id)
                        WHERE (NOT EXISTS (SELECT 1 FROM restricted_record r WHERE r.person_id = p.id)
                               OR EXISTS (SELECT 1 FROM restricted_access_grant g WHERE g.person_id = p.id
                                          AND g.username = :username AND g.revoked_at IS NULL))
                          AND (:council OR EXISTS (SELECT 1 FROM working_relationship w WHERE w.person_id = p.id
                                  AND w.practitioner_id = CAST(:practitioner AS uuid) AND w.ended_at IS NULL
                                  AND w.kind = ANY(CAST(:kinds AS text[]))))""")
                .param("ids", personIds.stream().distinct().toArray(UUID[]::new))
                .param("username", currentUsername())
                .param("council", council)
                .param("practitioner", currentPractitioner())
                .param("kinds", kinds)
                .query(UUID.class)
                .list());
    }

    /**
     * Whether the current user may open the child protection records of everyone whose record they may open, so that
     * a page about records already opened need not ask {@link #childProtectionOpenable} again: council caseworkers
     * (the same rule as there). A partner's answer depends on their relationship with each child.
     */
    public boolean opensChildProtectionWithTheRecord() {
        Role role = currentRole();
        return role != null && role.councilCaseworker();
    }

    /** Whether the current user's role holds the permission (for showing a link or a button, not for deciding). */
    public boolean holds(Permission permission) {
        return permission.isHeldBy(currentRole());
    }

    /**
     * Refuses (and audits) unless the current user may change who this person is (identity, addresses, flags,
     * relationships): council caseworkers who may open the record. Partners read the details and propose
     * corrections; the council decides them.
     */
    public void checkMayChangePerson(UUID personId) {
        check(Permission.CHANGE_PEOPLE, List.of(personId));
        checkMayOpen(personId);
    }

    /**
     * What the current user may know of one person: whether the record is restricted, whether they are named on
     * it, and whether they may open it. A restricted record's identity is withheld from everyone not named.
     */
    public record Disclosure(boolean restricted, boolean named, boolean openable) {

        /** The person is restricted and the user is not named: show "Restricted record" and nothing that identifies them. */
        public boolean withheld() {
            return restricted && !named;
        }
    }

    /**
     * How the policy stands on each of these people for the current user, in one query: the same rule as
     * {@link #checkMayOpen} for opening, and restricted records withheld from users not named on them. The one
     * source for every list, page and document that shows who someone is (people's {@code Identities}).
     */
    @Transactional(readOnly = true)
    public Map<UUID, Disclosure> disclosures(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Role role = currentRole();
        boolean council = role != null && role.councilCaseworker();
        boolean partner = role == Role.PARTNER_PRACTITIONER;
        Map<UUID, Disclosure> disclosures = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT p.id,
                          EXISTS (SELECT 1 FROM restricted_record r WHERE r.person_id = p.id) AS restricted,
                          EXISTS (SELECT 1 FROM restricted_access_grant g WHERE g.person_id = p.id
                                  AND g.username = :username AND g.revoked_at IS NULL) AS named,
                          (:partner AND EXISTS (SELECT 1 FROM working_relationship w WHERE w.person_id = p.id
                                  AND w.practitioner_id = CAST(:practitioner AS uuid) AND w.ended_at IS NULL)) AS works_with
                        FROM unnest(CAST(:ids AS uuid[])) AS p(id)""")
                .param("ids", personIds.stream().distinct().toArray(UUID[]::new))
                .param("username", currentUsername())
                .param("partner", partner)
                .param("practitioner", currentPractitioner())
                .query((rs, n) -> {
                    boolean restricted = rs.getBoolean("restricted");
                    boolean named = rs.getBoolean("named");
                    boolean openable = (council || rs.getBoolean("works_with")) && (!restricted || named);
                    return Map.entry(rs.getObject("id", UUID.class), new Disclosure(restricted, named, openable));
                })
                .list()
                .forEach(entry -> disclosures.put(entry.getKey(), entry.getValue()));
        return disclosures;
    }

    /** What the policy needs to know about the current user and one person. */
    private record Standing(boolean restricted, boolean named, boolean worksWith) {}

    private Standing standing(UUID personId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM restricted_record WHERE person_id = :person) AS restricted,
                          EXISTS (SELECT 1 FROM restricted_access_grant WHERE person_id = :person
                                  AND username = :username AND revoked_at IS NULL) AS named,
                          EXISTS (SELECT 1 FROM working_relationship WHERE person_id = :person
                                  AND practitioner_id = CAST(:practitioner AS uuid) AND ended_at IS NULL) AS works_with""")
                .param("person", personId)
                .param("username", currentUsername())
                .param("practitioner", currentPractitioner())
                .query((rs, n) -> new Standing(rs.getBoolean("restricted"), rs.getBoolean("named"),
                        rs.getBoolean("works_with")))
                .single();
    }

    /** The signed-in user's practitioner id, or null. */
    public UUID currentPractitioner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof KithUser user
                ? user.practitionerId() : null;
    }

    /** Refuses (and audits) unless the current user administers access. */
    public void checkMayAdministerAccess(UUID personId) {
        check(Permission.ADMINISTER_ACCESS, personId == null ? List.of() : List.of(personId));
    }

    /** Whether the current user does front-door work (for showing links to its pages, not for deciding). */
    public boolean mayWorkTheFrontDoor() {
        return Permission.WORK_THE_FRONT_DOOR.isHeldBy(currentRole());
    }

    /**
     * Whether the current user does the council's family network work (for showing links to its support package and
     * kinship pages, which partners working with the child do not open), not for deciding.
     */
    public boolean mayDoFamilyNetworkWork() {
        return Permission.WORK_FAMILY_NETWORKS.isHeldBy(currentRole());
    }

    /** Front-door work (screening contacts, deciding referrals, asking partners): screeners and managers. */
    public void checkMayWorkTheFrontDoor() {
        check(Permission.WORK_THE_FRONT_DOOR);
    }

    /**
     * Managing Family Help (opening an episode, allocating the lead practitioner, authorising an assessment,
     * stepping up, closing): social-work-qualified managers, who hold the team manager role.
     */
    public void checkMayManageFamilyHelp() {
        check(Permission.MANAGE_FAMILY_HELP);
    }

    public boolean mayManageFamilyHelp() {
        return Permission.MANAGE_FAMILY_HELP.isHeldBy(currentRole());
    }

    /** Whether the current user sees the measures (for showing them on the home page, not for deciding). */
    public boolean maySeeMeasures() {
        return Permission.SEE_MEASURES.isHeldBy(currentRole());
    }

    /** Partner pages (submitting referrals, answering requests): partner practitioners. */
    public void checkIsPartner() {
        check(Permission.USE_PARTNER_PAGES);
    }

    /**
     * A contact is open to the front door, and to the partner who submitted it (their own submissions and
     * the outcome, nothing else).
     */
    public void checkMayReadContact(UUID contactId, String submittedBy) {
        Role role = currentRole();
        boolean frontDoor = Permission.WORK_THE_FRONT_DOOR.isHeldBy(role);
        boolean ownSubmission = role == Role.PARTNER_PRACTITIONER && currentUsername().equals(submittedBy);
        if (!frontDoor && !ownSubmission) {
            throw refuse("CONTACT_ACCESS_REFUSED", List.of(contactId), "Not the front door, nor the submitter");
        }
    }

    /** A request for information is answered by the agency it was sent to. */
    public void checkMayAnswerFor(UUID requestId, UUID agencyId) {
        boolean ofThatAgency = Permission.USE_PARTNER_PAGES.isHeldBy(currentRole())
                && Actors.current().map(actor -> agencyId.equals(actor.agencyId())).orElse(false);
        if (!ofThatAgency) {
            throw refuse("INFORMATION_REQUEST_REFUSED", List.of(requestId), "Request is for another agency");
        }
    }

    public boolean isPartner() {
        return currentRole() == Role.PARTNER_PRACTITIONER;
    }

    public boolean isAdministrator() {
        return currentRole() == Role.ADMINISTRATOR;
    }

    @Transactional(readOnly = true)
    public boolean isRestricted(UUID personId) {
        return jdbc.sql("SELECT count(*) FROM restricted_record WHERE person_id = :id")
                        .param("id", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }


    AccessRefused refuse(String action, List<UUID> subjects, String why) {
        audit.recordRefusal(AuditRecord.refused(action, subjects, why));
        return new AccessRefused(why);
    }

    private static Role currentRole() {
        return Actors.current().map(actor -> {
            try {
                return Role.valueOf(actor.role());
            } catch (IllegalArgumentException notARole) {
                return null;
            }
        }).orElse(null);
    }

    private static String currentUsername() {
        return Actors.current().map(actor -> actor.username()).orElse("");
    }
}
