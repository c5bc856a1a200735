package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.networks.Closeness;
import kith.networks.NetworksMother;
import kith.networks.TieKind;
import kith.people.RelationshipType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The family network map in a real browser, checked with axe: the social worker opens the child's network from the
 * child's page, sees the ecomap and the genogram with the table beside each (every person and tie drawn is in the
 * table), and adds the child's godmother through the form, after the form has shown its errors.
 */
@KithTest
class NetworkMapJourneyTests {

    @LocalServerPort int port;
    @Autowired NetworksMother mother;

    @Test
    void theMapItsGenogramAndAddingSomeoneThroughTheForm() throws Exception {
        UUID child = mother.child("Orla", "Journeyford");
        UUID gran = mother.member(child, "Peg", "Journeyford", RelationshipType.GRANDPARENT, Closeness.VERY_CLOSE,
                TieKind.STRONG);
        UUID aunt = mother.member(child, "Queenie", "Journeyford", RelationshipType.AUNT_OR_UNCLE, Closeness.CLOSE,
                TieKind.STRESSFUL);
        mother.member(child, "Ray", "Nextdoor", RelationshipType.NEIGHBOUR, Closeness.DISTANT, TieKind.WEAK);
        mother.tie(aunt, gran, RelationshipType.PARENT);
        try (Browser browser = new Browser(port)) {
            browser.signIn("social.worker");
            browser.open("/people/" + child);
            browser.clickLink("Family and network");
            browser.assertShows("Family and network", "Peg Journeyford", "Queenie Journeyford", "Ray Nextdoor",
                    "Key to the lines", "Ties between people in the network");
            browser.assertAccessible();
            assertTheTableSaysWhatThePictureShows(browser);
            assertThat(drawn(browser)).contains("m1|Peg Journeyford", "m2|Queenie Journeyford", "m3|Ray Nextdoor");

            browser.clickLink("Show the genogram (generations)");
            browser.assertShows("Show the ecomap", "Each row is a generation");
            browser.assertAccessible();
            assertTheTableSaysWhatThePictureShows(browser);
            assertThat(ties(browser, "#network-map path[data-tie]")).contains("m2-m1");

            browser.clickLink("Show the ecomap");
            browser.clickLink("Add someone to the network");
            browser.assertShows("Add someone to the family network");
            browser.assertAccessible();
            browser.submit("Add to the network");
            browser.assertShows("There is a problem", "Select whether this is a child or an adult",
                    "Select who they are to the child");
            browser.assertAccessible();
            browser.choose("kind");
            browser.type("givenName", "Sal");
            browser.type("familyName", "Godwin");
            browser.select("relationship", "Godparent");
            browser.choose("closeness");
            browser.choose("tie");
            browser.choose("canHelp");
            browser.type("helpOffered", "Has Orla to stay in the holidays");
            browser.type("childView", "Sal is fun");
            browser.submit("Add to the network");
            browser.assertShows("They have been added to the family network", "Sal Godwin", "Godparent", "Sal is fun");
            browser.assertAccessible();
            assertTheTableSaysWhatThePictureShows(browser);
        }
    }

    /** Every person and every tie in the SVG is a row of the tables beside it. */
    private static void assertTheTableSaysWhatThePictureShows(Browser browser) {
        List<String> people = drawn(browser);
        List<String> rows = list(browser, "return Array.from(document.querySelectorAll("
                + "'#network-people tr[data-key], #network-professionals tr[data-key]'))"
                + ".map(e => e.dataset.key + '|' + e.dataset.person).join(';')");
        assertThat(people).isNotEmpty();
        assertThat(rows).containsAll(people);
        List<String> lines = ties(browser, "#network-map path[data-tie]");
        List<String> tieRows = ties(browser, "#network-ties tr[data-tie]");
        for (String line : lines) {
            String[] ends = line.split("-");
            if (ends[0].equals("child")) {
                assertThat(rows).anyMatch(row -> row.startsWith(ends[1] + "|"));
            } else {
                assertThat(tieRows).contains(line);
            }
        }
    }

    private static List<String> drawn(Browser browser) {
        return list(browser, "return Array.from(document.querySelectorAll('#network-map g[data-key]'))"
                + ".map(e => e.dataset.key + '|' + e.dataset.person).join(';')");
    }

    private static List<String> ties(Browser browser, String selector) {
        return list(browser, "return Array.from(document.querySelectorAll('" + selector + "'))"
                + ".map(e => e.dataset.tie).join(';')");
    }

    private static List<String> list(Browser browser, String script) {
        String joined = (String) browser.script(script);
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
