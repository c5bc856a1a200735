package kith.networks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.networks.SupportPackagesMother;
import kith.people.PersonManagement;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.support.PersonMother;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The kinship care page: options first, then a placement outside the network; an arrangement with its checklist. */
@KithTest
class KinshipPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired SupportPackagesMother mother;
    @Autowired PersonManagement people;
    @Autowired Relationships relationships;

    @Test
    void theOptionsComeFirstThenAnArrangementShowsItsAllowanceChecklist() throws Exception {
        UUID child = mother.childOpenToFamilyHelp("Nia", "Kinpage");
        String path = "/people/" + child + "/kinship";
        LocalDate day = LocalDate.now().minusDays(1);
        String refused = mvc.perform(post(path + "/placements-outside-the-network").with(csrf())
                        .with(users.as("social.worker")).param("placedOnDay", "" + day.getDayOfMonth())
                        .param("placedOnMonth", "" + day.getMonthValue()).param("placedOnYear", "" + day.getYear())
                        .param("reason", "No one could"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Record the network options considered before a placement outside the network",
                "href=\"#placement-placedOnDay\"");

        mvc.perform(post(path + "/options").with(csrf()).with(users.as("social.worker"))
                        .param("personName", "Grandad Ike").param("consideredOnDay", "" + day.getDayOfMonth())
                        .param("consideredOnMonth", "" + day.getMonthValue()).param("consideredOnYear", "" + day.getYear())
                        .param("takenUp", "yes").param("reason", "Ike has a spare room and wants Nia to live with him"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path));

        UUID grandad = users.call("social.worker", () -> people.create(PersonMother.adult().withGivenName("Ike")
                .withFamilyName("Kinpage").details()).id());
        users.run("social.worker", () -> relationships.relate(child, grandad, RelationshipType.GRANDPARENT));
        mvc.perform(post(path + "/arrangements").with(csrf()).with(users.as("social.worker"))
                        .param("type", "SPECIAL_GUARDIANSHIP_ORDER").param("carerId", grandad.toString())
                        .param("startedOnDay", "" + day.getDayOfMonth()).param("startedOnMonth", "" + day.getMonthValue())
                        .param("startedOnYear", "" + day.getYear()).param("offerIds", "1")
                        .param("evidence", "fgdmDecidedCarer"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(path).with(users.as("social.worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Grandad Ike", "Special guardianship order with Ike Kinpage",
                "Support offered: Kinship carer peer support group", "Kinship allowance pilot: what it needs is met",
                "Missing", "Both parents have died");
        mvc.perform(get(path).with(users.as("health.visitor"))).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
    }
}
