package kith.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kith.KithTest;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing on a page hints at what the user may not open: every demo user, starting from their home page and
 * following the links Kith shows them (breadth first, up to a limit), never reaches a page that answers 403, and
 * every home page has work on it. A link that would be refused is shown as plain text instead. (A 404 is not
 * counted: other tests deliver events about episodes they never create, and the chronology links to them.)
 */
@KithTest
class DeadEndTests {

    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"(/[^\"#]*)\"");
    private static final int PAGES = 60;

    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void noLinkShownToAnyRoleAnswers403() throws Exception {
        List<String> deadEnds = new ArrayList<>();
        for (String user : RestrictedRecordLeakTests.USERS) {
            Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
            Set<String> seen = new HashSet<>(toVisit);
            int visited = 0;
            while (!toVisit.isEmpty() && visited < PAGES) {
                String path = toVisit.removeFirst();
                MockHttpServletResponse response = mvc.perform(get(path).with(users.as(user))).andReturn().getResponse();
                visited++;
                if (response.getStatus() == 403) {
                    deadEnds.add(user + " followed a link to " + path + " and got " + response.getStatus());
                    continue;
                }
                if (!response.getContentType().startsWith("text/html")) {
                    continue;
                }
                Matcher link = LINK.matcher(response.getContentAsString());
                while (link.find()) {
                    String next = link.group(1).replace("&amp;", "&");
                    if (followable(next) && seen.add(next)) {
                        toVisit.addLast(next);
                    }
                }
            }
            assertThat(visited).as("%s's home page leads somewhere", user).isGreaterThan(3);
        }
        assertThat(deadEnds).isEmpty();
    }

    /** Pages of Kith's own, not files, the API's browser or signing out. */
    private static boolean followable(String path) {
        return !path.startsWith("/assets/") && !path.startsWith("/webjars/") && !path.startsWith("/css/")
                && !path.startsWith("/js/") && !path.startsWith("/api-docs") && !path.startsWith("/v3/")
                && !path.startsWith("/sign-out");
    }
}
