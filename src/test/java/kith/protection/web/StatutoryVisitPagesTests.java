package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A statutory visit recorded on one page that works without JavaScript: the child seen, seen alone and their bedroom
 * seen, the reason when not (at its field), and why it was late when it was; then on the plan for everyone working
 * with the child. Only the council's practitioners and managers record visits.
 */
@KithTest
class StatutoryVisitPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;

    private long visits(UUID plan) {
        return jdbc.sql("SELECT count(*) FROM statutory_visit WHERE plan_id = :p").param("p", plan).query(Long.class).single();
    }

    @Test
    void aVisitIsRecordedWithEveryProblemAtItsFieldAndTheReasonsTheAnswersNeed() throws Exception {
        Case c = mother.onAPlan("Moss", "Visitson", 12, 2);
        String path = "/child-protection/plans/" + c.planId() + "/visits";
        String form = mvc.perform(get(path + "/new").with(users.as("child.protection"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Record a statutory visit", "Moss Visitson", "every 10 working days",
                "Was the child seen?", "If the child was not seen, why not", "Was the child seen alone?",
                "If the child was not seen alone, why not", "Was the child’s bedroom seen?");

        String empty = mvc.perform(post(path).with(csrf()).with(users.as("child.protection")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Select whether the child was seen", "Select whether the child&#39;s bedroom was seen",
                "Write what you saw and what the child said", "href=\"#childSeen\"", "href=\"#bedroomSeen\"",
                "href=\"#observations\"");

        String notSeen = mvc.perform(post(path).with(csrf()).with(users.as("child.protection"))
                        .param("visitedOnDay", "31").param("visitedOnMonth", "2").param("visitedOnYear", "2027")
                        .param("childSeen", "no").param("bedroomSeen", "no").param("observations", "Nobody answered"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notSeen).contains("The date of the visit must be a real date", "Write why the child was not seen",
                        "href=\"#visitedOnDay\"", "href=\"#notSeenReason\"", "Nobody answered")
                .containsPattern("id=\"childSeen-no\"[^>]*value=\"no\"[^>]*checked");

        String notAlone = mvc.perform(post(path).with(csrf()).with(users.as("child.protection"))
                        .param("childSeen", "yes").param("seenAlone", "no").param("bedroomSeen", "yes")
                        .param("observations", "Moss showed me his room"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notAlone).contains("Write why the child was not seen alone", "href=\"#notAloneReason\"");
        assertThat(visits(c.planId())).as("nothing half-written").isZero();

        mvc.perform(post(path).with(csrf()).with(users.as("child.protection"))
                        .param("childSeen", "yes").param("seenAlone", "no").param("notAloneReason", "Moss wanted his mum there")
                        .param("bedroomSeen", "yes").param("observations", "Moss showed me his room; there is a bed now"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/child-protection/plans/" + c.planId()));
        assertThat(visits(c.planId())).isOne();
        String plan = mvc.perform(get("/child-protection/plans/" + c.planId()).with(users.as("police.officer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(plan).contains("Moss showed me his room; there is a bed now", "Not seen alone because: Moss wanted his mum there",
                "Bedroom seen", "Ruth Calloway");
    }

    @Test
    void aLateVisitNeedsItsReason() throws Exception {
        // Thirty working days into the plan: the first visit was due within ten.
        Case c = mother.onAPlan("Nettle", "Visitson", 40, 30);
        String path = "/child-protection/plans/" + c.planId() + "/visits";
        String late = mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("childSeen", "yes").param("seenAlone", "yes").param("bedroomSeen", "no")
                        .param("observations", "Nettle was happy to talk"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(late).contains("href=\"#lateReason\"", "id=\"lateReason-error\"", "Nettle was happy to talk");
        mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("childSeen", "yes").param("seenAlone", "yes").param("bedroomSeen", "no")
                        .param("observations", "Nettle was happy to talk").param("lateReason", "The family were away"))
                .andExpect(status().is3xxRedirection());
        assertThat(visits(c.planId())).isOne();
    }

    @Test
    void onlyTheCouncilsPractitionersAndManagersRecordVisits() throws Exception {
        Case c = mother.onAPlan("Olive", "Visitson", 12, 2);
        String path = "/child-protection/plans/" + c.planId() + "/visits";
        mvc.perform(get(path + "/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        for (String user : new String[] {"health.visitor", "police.officer", "school.dsl", "conference.chair", "analyst"}) {
            long before = AuditLog.refusals(jdbc, user);
            mvc.perform(get(path + "/new").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(post(path).with(csrf()).with(users.as(user)).param("childSeen", "yes")).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user).isEqualTo(before + 2);
        }
        assertThat(visits(c.planId())).isZero();
    }
}
