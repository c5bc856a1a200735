package kith.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.people.RelationshipType;
import kith.support.StatementCounter;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The network map is read in a fixed number of SQL statements whatever its size (counted through the application's
 * data source, as {@code ListPageBudgetTests} counts the list pages): the same for a child with 6 people in their
 * network as for one with 60 people and 150 ties (60 with the child, 90 between the people themselves).
 */
@KithTest
class NetworkMapBudgetTests {

    static final int BUDGET = 16;

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired StatementCounter statements;
    @Autowired NetworksMother mother;

    /** A child with {@code people} in their network and {@code ties} ties between those people. */
    UUID network(String family, int people, int ties) {
        UUID child = mother.child("Budget", family);
        RelationshipType[] kinds = {RelationshipType.GRANDPARENT, RelationshipType.AUNT_OR_UNCLE, RelationshipType.COUSIN,
                RelationshipType.FRIEND, RelationshipType.NEIGHBOUR, RelationshipType.SIBLING};
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            members.add(mother.member(child, "Person" + i, family, kinds[i % kinds.length]));
        }
        int made = 0;
        for (int step = 1; made < ties; step++) {
            for (int i = 0; i + step < members.size() && made < ties; i++) {
                mother.tie(members.get(i), members.get(i + step), RelationshipType.OTHER_CONNECTED_PERSON);
                made++;
            }
        }
        return child;
    }

    private int statementsFor(String path) throws Exception {
        var request = get(path).with(users.as("social.worker"));
        statements.start();
        mvc.perform(request).andExpect(status().isOk());
        return statements.stop().size();
    }

    @Test
    void theMapAndItsApiReadAFixedNumberOfStatementsWhateverTheNetworksSize() throws Exception {
        UUID small = network("Smallnet", 6, 3);
        UUID large = network("Largenet", 60, 90);
        assertThat(users.call("social.worker", () -> mother.map(large)).members()).hasSize(60);
        assertThat(users.call("social.worker", () -> mother.map(large)).ties()).hasSize(90);
        for (String suffix : List.of("/network", "/network?view=genogram")) {
            int few = statementsFor("/people/" + small + suffix);
            int many = statementsFor("/people/" + large + suffix);
            assertThat(many).as(suffix).isEqualTo(few).isLessThanOrEqualTo(BUDGET);
        }
        int few = statementsFor("/api/v1/people/" + small + "/network");
        assertThat(statementsFor("/api/v1/people/" + large + "/network")).isEqualTo(few).isLessThanOrEqualTo(BUDGET);
    }
}
