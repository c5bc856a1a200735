package kith.networks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpMother;
import kith.networks.FgdmMother;
import kith.networks.FgdmStatus;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The family group decision-making pages: the child's list and the form that starts one, each step's form on the
 * decision's page with every problem at its field, a stale form answered 409, and who is refused.
 */
@KithTest
class FgdmPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired FgdmMother mother;
    @Autowired FamilyHelpMother familyHelp;

    private String body(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aMeetingIsConsideredOfferedAndAcceptedWithEveryProblemAtItsField() throws Exception {
        UUID child = familyHelp.child("Pia", "Pageford");
        String list = body(get("/people/" + child + "/fgdm").with(users.as("social.worker")), 200);
        assertThat(list).contains("Family group decision making", "Pia Pageford",
                "No family group decision-making meeting has been considered for this child.", "At what stage of the work?");

        String empty = body(post("/people/" + child + "/fgdm").with(csrf()).with(users.as("social.worker")), 200);
        assertThat(empty).contains("There is a problem", "Select the stage of the work", "href=\"#stage\"",
                "Enter the date the meeting was considered", "href=\"#consideredOnDay\"");
        assertThat(jdbc.sql("SELECT count(*) FROM family_group_decision WHERE child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();

        String created = mvc.perform(post("/people/" + child + "/fgdm").with(csrf()).with(users.as("social.worker"))
                        .param("stage", "CHILD_PROTECTION").param("consideredOnDay", String.valueOf(mother.daysAgo(3).getDayOfMonth()))
                        .param("consideredOnMonth", String.valueOf(mother.daysAgo(3).getMonthValue()))
                        .param("consideredOnYear", String.valueOf(mother.daysAgo(3).getYear())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/fgdm/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(created.substring("/fgdm/".length()));
        String page = body(get(created).with(users.as("social.worker")), 200);
        assertThat(page).contains("Record the offer", "Propose not offering a meeting", "Considered");

        String offerRefused = body(post(created + "/offer").with(csrf()).with(users.as("social.worker"))
                .param("version", "0").param("offeredOnDay", "31").param("offeredOnMonth", "2").param("offeredOnYear", "2026"), 200);
        assertThat(offerRefused).contains("Enter who the meeting was offered to", "href=\"#offer-offeredTo\"",
                "The date the meeting was offered must be a real date");

        mvc.perform(post(created + "/offer").with(csrf()).with(users.as("social.worker")).param("version", "0")
                        .param("offeredTo", "Mum and Nan").param("offeredOnDay", String.valueOf(mother.daysAgo(2).getDayOfMonth()))
                        .param("offeredOnMonth", String.valueOf(mother.daysAgo(2).getMonthValue()))
                        .param("offeredOnYear", String.valueOf(mother.daysAgo(2).getYear())))
                .andExpect(redirectedUrl(created));
        // The same form again, at the version it was loaded at: someone else (this user, a moment ago) saved first.
        String stale = body(post(created + "/offer").with(csrf()).with(users.as("social.worker")).param("version", "0")
                .param("offeredTo", "Dad"), 409);
        assertThat(stale).contains("Someone else saved a change to this record");
        assertThat(mother.open(id).status()).isEqualTo(FgdmStatus.OFFERED);
        assertThat(body(get(created).with(users.as("social.worker")), 200)).contains("Mum and Nan", "Record the family’s answer");
    }

    @Test
    void aManagerDecidesNotOfferingAndAPractitionerMayNot() throws Exception {
        UUID child = familyHelp.child("Nia", "Nopageoffer");
        UUID id = mother.considered(child);
        mvc.perform(post("/fgdm/" + id + "/not-offering").with(csrf()).with(users.as("social.worker")).param("version", "0")
                        .param("notInBestInterests", "true").param("reason", "Mum is in a refuge"))
                .andExpect(redirectedUrl("/fgdm/" + id));
        assertThat(body(get("/fgdm/" + id).with(users.as("social.worker")), 200))
                .contains("A manager will decide").doesNotContain("Do you approve not offering a meeting?");
        mvc.perform(post("/fgdm/" + id + "/not-offering/decision").with(csrf()).with(users.as("social.worker"))
                .param("version", "1").param("approved", "yes").param("managerReasons", "Mine")).andExpect(status().isForbidden());
        assertThat(body(get("/fgdm/" + id).with(users.as("team.manager")), 200)).contains("Do you approve not offering a meeting?");
        mvc.perform(post("/fgdm/" + id + "/not-offering/decision").with(csrf()).with(users.as("team.manager"))
                .param("version", "1").param("approved", "yes").param("managerReasons", "Agreed: her safety comes first"))
                .andExpect(redirectedUrl("/fgdm/" + id));
        assertThat(body(get("/fgdm/" + id).with(users.as("social.worker")), 200))
                .contains("Approved: a meeting is not in the child’s best interests", "Agreed: her safety comes first");
    }

    @Test
    void aHeldMeetingShowsThePrivateFamilyTimeAndTheFamilysPlan() throws Exception {
        UUID child = familyHelp.child("Rex", "Planshire");
        var held = mother.held(child, "With Nan");
        String page = body(get("/fgdm/" + held.id()).with(users.as("social.worker")), 200);
        assertThat(page).contains("The family had private family time", "School run every weekday", "Uncle Ray",
                "The children stay with Nan if Mum is unwell", "A bus pass for Nan", "With Nan", "Review the family’s plan");
        assertThat(body(get("/people/" + child + "/fgdm").with(users.as("social.worker")), 200))
                .contains("Family’s plan agreed", "/fgdm/" + held.id());
    }

    @Test
    void whoIsRefused() throws Exception {
        UUID child = familyHelp.child("Ray", "Refusewell");
        UUID id = mother.considered(child);
        mvc.perform(get("/people/" + child + "/fgdm")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/fgdm/" + id).with(users.as("school.dsl"))).andExpect(status().isForbidden());
        mvc.perform(get("/people/" + child + "/fgdm").with(users.as("school.dsl"))).andExpect(status().isForbidden());
        mvc.perform(post("/fgdm/" + id + "/offer").with(csrf()).with(users.as("health.visitor")).param("version", "0")
                .param("offeredTo", "Mum")).andExpect(status().isForbidden());
        mvc.perform(post("/people/" + child + "/fgdm").with(csrf()).with(users.as("analyst"))).andExpect(status().isForbidden());
        assertThat(mother.open(id).status()).isEqualTo(FgdmStatus.CONSIDERED);
    }
}
