package kith.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.access.RestrictedRecords;
import kith.networks.NetworkMap.Member;
import kith.people.PersonKind;
import kith.people.PersonManagement;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The child's network is people's relationships (one graph) with what each person means to the child: someone new
 * becomes a person with their relationship in one transaction; a restricted record is "Restricted record" and nothing
 * more; a stale change is refused; every problem is reported together and nothing is half-written.
 */
@KithTest
class FamilyNetworksTests {

    @Autowired FamilyNetworks networks;
    @Autowired NetworksMother mother;
    @Autowired Relationships relationships;
    @Autowired PersonManagement people;
    @Autowired RestrictedRecords restricted;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private List<String> titles(UUID child) {
        return jdbc.sql("SELECT title FROM chronology_entry WHERE child_id = :c AND kind = 'FAMILY_NETWORK'")
                .param("c", child).query(String.class).list();
    }

    private NetworkMap map(UUID child) {
        return users.call("social.worker", () -> networks.map(child));
    }

    @Test
    void theNetworkIsBuiltFromPeoplesRelationshipsWithTheTiesBetweenMembers() {
        UUID child = mother.child("Ava", "Netherby");
        UUID gran = mother.member(child, "Rose", "Netherby", RelationshipType.GRANDPARENT, Closeness.VERY_CLOSE,
                TieKind.STRONG);
        UUID aunt = mother.member(child, "Iris", "Netherby", RelationshipType.AUNT_OR_UNCLE, Closeness.CLOSE,
                TieKind.STRESSFUL);
        mother.tie(aunt, gran, RelationshipType.PARENT);

        NetworkMap map = map(child);

        assertThat(map.members()).extracting(m -> m.person().name(), Member::relationship)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rose Netherby", RelationshipType.GRANDPARENT),
                        org.assertj.core.groups.Tuple.tuple("Iris Netherby", RelationshipType.AUNT_OR_UNCLE));
        assertThat(map.member("m2").details().tie()).isEqualTo(TieKind.STRESSFUL);
        // The grandmother is the aunt's parent: one line, read that way round.
        assertThat(map.ties()).containsExactly(new NetworkMap.MemberTie("m2", "m1", RelationshipType.PARENT));
        // The relationship is people's, both ways: on the grandmother's record the child is her grandchild.
        assertThat(users.call("social.worker", () -> relationships.of(gran)))
                .anyMatch(r -> child.equals(r.person().id()) && r.type() == RelationshipType.GRANDCHILD);
        // Someone related on their person page is in the network too, with nothing more recorded yet.
        UUID neighbour = mother.child("Ned", "Netherby-Next");
        users.run("social.worker", () -> relationships.relate(child, neighbour, RelationshipType.NEIGHBOUR));
        Member ned = map(child).memberFor(neighbour);
        assertThat(ned.details()).isNull();
        assertThat(ned.sector()).isEqualTo(NetworkMap.Sector.FRIENDS_AND_COMMUNITY);
        assertThat(AuditLog.count(jdbc, "social.worker", "FAMILY_NETWORK_VIEWED", "ALLOWED")).isPositive();
    }

    @Test
    void someoneNewBecomesAPersonWithTheRelationshipOrNothingIsWritten() {
        UUID child = mother.child("Bea", "Oakridge");
        UUID uncle = mother.member(child, "Tom", "Oakridge", RelationshipType.AUNT_OR_UNCLE);
        assertThat(users.call("social.worker", () -> people.open(uncle)).kind()).isEqualTo(PersonKind.ADULT);
        long peopleBefore = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();

        assertThatThrownBy(() -> users.run("social.worker", () -> networks.addNewPerson(child,
                new NewPerson(PersonKind.ADULT, "", "Oakridge", null),
                new MemberDetails(null, Closeness.CLOSE, TieKind.WEAK, CanHelp.YES, " ", null, null))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.Problem::field)
                        .contains("givenName", "relationship", "helpOffered"));
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(peopleBefore);
        assertThat(map(child).members()).hasSize(1);
    }

    @Test
    void anExistingPersonFoundBySearchIsAddedOnceOnly() {
        UUID child = mother.child("Cal", "Penrose");
        UUID friend = mother.child("Dee", "Penrose-Friend");
        MemberDetails details = NetworksMother.details(RelationshipType.FRIEND, Closeness.VERY_CLOSE, TieKind.MODERATE);
        users.run("social.worker", () -> networks.add(child, friend, details));
        assertThat(map(child).memberFor(friend).relationship()).isEqualTo(RelationshipType.FRIEND);
        assertThatThrownBy(() -> users.run("social.worker", () -> networks.add(child, friend, details)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("personId"));
    }

    @Test
    void aRestrictedPersonIsShownOnlyAsRestrictedRecordToUsersNotNamed() {
        UUID child = mother.child("Eli", "Quarry");
        UUID father = mother.member(child, "Zed", "Quarry", RelationshipType.PARENT, Closeness.DISTANT, TieKind.STRESSFUL);
        UUID gran = mother.member(child, "Una", "Quarry", RelationshipType.GRANDPARENT);
        mother.tie(father, gran, RelationshipType.PARENT);
        users.run("admin", () -> restricted.restrict(father, "Risk to the child's mother"));

        NetworkMap seen = users.call("team.manager", () -> networks.map(child));
        Member hidden = seen.members().stream().filter(Member::withheld).findFirst().orElseThrow();
        assertThat(hidden.person().name()).isEqualTo("Restricted record");
        assertThat(hidden.person().id()).isNull();
        assertThat(hidden.relationship()).isNull();
        assertThat(hidden.details()).isNull();
        assertThat(seen.ties()).isEmpty();
        assertThat(seen.toString()).doesNotContain("Zed").doesNotContain(father.toString());
        assertThatThrownBy(() -> users.run("team.manager", () -> networks.member(child, father)))
                .isInstanceOf(kith.shared.RecordNotFound.class);
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndTheOtherChangeKept() {
        UUID child = mother.child("Fay", "Rowan");
        UUID aunt = mother.member(child, "Gwen", "Rowan", RelationshipType.AUNT_OR_UNCLE);
        MemberDetails closer = NetworksMother.details(RelationshipType.AUNT_OR_UNCLE, Closeness.VERY_CLOSE, TieKind.STRONG);
        long version = users.call("social.worker", () -> networks.change(child, aunt, 0, closer));
        assertThat(version).isEqualTo(1);
        MemberDetails weaker = NetworksMother.details(RelationshipType.AUNT_OR_UNCLE, Closeness.DISTANT, TieKind.WEAK);
        assertThatThrownBy(() -> users.run("team.manager", () -> networks.change(child, aunt, 0, weaker)))
                .isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> users.run("team.manager", () -> networks.remove(child, aunt, 0)))
                .isInstanceOf(StaleRecord.class);
        assertThat(map(child).memberFor(aunt).details().closeness()).isEqualTo(Closeness.VERY_CLOSE);

        users.run("social.worker", () -> networks.remove(child, aunt, 1));
        assertThat(map(child).members()).isEmpty();
        assertThat(users.call("social.worker", () -> relationships.of(child))).isEmpty();
        // The chronology says who joined, changed and left the network by relationship, never by name.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> titles(child).size() == 3);
        assertThat(titles(child)).containsExactlyInAnyOrder("Aunt or uncle added to the family network",
                "Family network: details of the aunt or uncle changed",
                "Aunt or uncle removed from the family network");
    }

    @Test
    void onlyTheCouncilsPractitionersChangeANetworkAndOnlyThoseWorkingWithTheChildReadIt() {
        UUID child = mother.child("Gus", "Sallow");
        MemberDetails details = NetworksMother.details(RelationshipType.COUSIN, Closeness.CLOSE, TieKind.WEAK);
        for (String user : List.of("health.visitor", "analyst", "admin")) {
            assertThatThrownBy(() -> users.run(user, () -> networks.addNewPerson(child,
                    new NewPerson(PersonKind.CHILD, "Hal", "Sallow", LocalDate.of(2018, 1, 1)), details)))
                    .isInstanceOf(AccessRefused.class);
        }
        for (String user : List.of("health.visitor", "analyst", "admin")) {
            assertThatThrownBy(() -> users.run(user, () -> networks.map(child))).isInstanceOf(AccessRefused.class);
        }
    }
}
