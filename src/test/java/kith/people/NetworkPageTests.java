package kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import kith.KithTest;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Family and network" says what each person is to the one whose page it is (Milo's mother is his parent; on her
 * page he is her child), with their date of birth, so that two people of the same name are told apart.
 */
@KithTest
class NetworkPageTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private UUID byNhs(String nhs) {
        return jdbc.sql("SELECT id FROM person WHERE nhs_number = :n").param("n", nhs).query(UUID.class).single();
    }

    private String network(UUID person) throws Exception {
        return mvc.perform(get("/people/" + person + "/network").with(users.as("social.worker"))).andReturn()
                .getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    @Test
    void eachLineSaysWhatTheOtherPersonIsToThisOne() throws Exception {
        String milo = network(byNhs("9999990029"));
        // The family network map's table (networks): the person, then what they are to the one whose page it is.
        assertThat(milo).containsPattern("<a[^>]*>Dana Carrow \\(born 14 June 1991\\)</a> </th> <td[^>]*>Parent</td>");
        assertThat(milo).containsPattern("<a[^>]*>Juniper Ashdown \\(born 29 May 2017\\)</a> </th> <td[^>]*>Half-sibling</td>");
        String dana = network(byNhs("9999990010"));
        assertThat(dana).containsPattern("<a[^>]*>Milo Carrow \\(born [0-9]+ [A-Z][a-z]+ [0-9]{4}\\)</a> </th> <td[^>]*>Child</td>");
        assertThat(dana).doesNotContainPattern("<td[^>]*>Parent</td>");
    }
}
