package kith.networks.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.networks.NetworksMother;
import kith.networks.SupportPackagesMother;
import kith.people.RelationshipType;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Kinship care over the API: the network's options first, then a placement outside it; an arrangement with a carer
 * from the network and its allowance checklist; refusals for partners and analysts, and a carer from outside it.
 */
@KithTest
class KinshipApiTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired SupportPackagesMother packages;
    @Autowired NetworksMother networks;

    @Test
    void optionsComeBeforeAPlacementOutsideTheNetworkAndAnArrangementShowsItsAllowanceCheck() throws Exception {
        UUID child = packages.childOpenToFamilyHelp("Kira", "Kinshipapi");
        UUID aunt = networks.member(child, "Rosa", "Kinshipapi", RelationshipType.AUNT_OR_UNCLE);
        String kinship = "/api/v1/people/" + child + "/kinship";
        LocalDate yesterday = LocalDate.now().minusDays(1);

        mvc.perform(get(kinship).with(users.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get(kinship).with(users.as("health.visitor"))).andExpect(status().isForbidden());

        String placement = "{\"placedOn\": \"" + yesterday + "\", \"reason\": \"No one could care for Kira\"}";
        mvc.perform(json(post(kinship + "/placements-outside-the-network"), placement))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Record the network options considered before a placement outside the network"));

        mvc.perform(json(post(kinship + "/options"), "{\"personId\": \"" + aunt + "\", \"consideredOn\": \"" + yesterday
                        + "\", \"takenUp\": true, \"reason\": \"Rosa has cared for Kira before\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.options.length()").value(1));

        mvc.perform(json(post(kinship + "/arrangements"), arrangement(UUID.randomUUID(), yesterday)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("carerId")));
        mvc.perform(json(post(kinship + "/arrangements"), arrangement(aunt, yesterday)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.arrangements[0].type").value("SPECIAL_GUARDIANSHIP_ORDER"))
                .andExpect(jsonPath("$.arrangements[0].allowance.eligible").value(true));
        mvc.perform(get(kinship).with(users.as("social.worker"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.arrangements.length()").value(1));
    }

    private static String arrangement(UUID carer, LocalDate startedOn) {
        return "{\"type\": \"SPECIAL_GUARDIANSHIP_ORDER\", \"carerId\": \"" + carer + "\", \"startedOn\": \"" + startedOn
                + "\", \"offerIds\": [], \"evidence\": {\"lookedAfterBefore\": false, \"childProtectionPlan\": true, "
                + "\"courtSafeguarding\": false, \"fgdmDecidedCarer\": false, \"bothParentsDead\": false}}";
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(users.as("social.worker")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
