package kith.familyhelp;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.frontdoor.ReferralDecision;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@KithTest
class FamilyHelpApiTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired FamilyHelpMother mother;

    static final String PLAN = """
            {"worries": "Food at home", "goingWell": "School every day", "goals": ["Food every day", "Mum less alone"],
             "actions": [{"goal": 0, "action": "Apply for free school meals", "owner": "Mum", "ownerKind": "PARENT",
                          "dueOn": "%s", "progress": "NOT_STARTED"}]}""".formatted(LocalDate.now().plusWeeks(2));

    @Test
    void anEpisodeIsOpenedFromAReferralOnceWithAnIdempotencyKeyAndReadBack() throws Exception {
        UUID child = mother.child("Zoe", "Apiworth");
        UUID referral = mother.decidedReferral(child, "Zoe", "Apiworth", ReferralDecision.TARGETED_EARLY_HELP);
        String key = UUID.randomUUID().toString();
        String location = mvc.perform(post("/api/v1/family-help").with(users.as("team.manager")).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"referralId\": \"" + referral + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("TARGETED_EARLY_HELP"))
                .andExpect(jsonPath("$.people[0].id").value(child.toString()))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/family-help").with(users.as("team.manager")).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"referralId\": \"" + referral + "\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("Location", location));
        mvc.perform(get(location).with(users.as("social.worker"))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
        mvc.perform(get(location)).andExpect(status().isUnauthorized());
        mvc.perform(get(location).with(users.as("police.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void aPlanIsAgreedThenChangedOnlyWithTheLatestVersion() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Ivy", "Apiplan", ReferralDecision.TARGETED_EARLY_HELP);
        String location = mvc.perform(post("/api/v1/family-help/" + episode.id() + "/plan").with(users.as("health.visitor"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"plan\": " + PLAN + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.goals.length()").value(2))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(put(location).with(users.as("health.visitor")).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN.replace("Food at home", "Money worries")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put(location).with(users.as("team.manager")).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(location).with(users.as("team.manager")).with(csrf()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN.replace("\"goals\": [\"Food every day\", \"Mum less alone\"]", "\"goals\": []")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("goals[0]"));
    }

    @Test
    void aVisitWithMissingAnswersIsAProblemNamingEachField() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Max", "Apivisit", ReferralDecision.TARGETED_EARLY_HELP);
        mvc.perform(post("/api/v1/family-help/" + episode.id() + "/visits").with(users.as("health.visitor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"visitedOn\": \"2099-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("visitedOn", "kind", "childSeenAlone",
                        "whoWasSeen", "whatWasSaid")));
        mvc.perform(post("/api/v1/family-help/" + episode.id() + "/visits").with(users.as("health.visitor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"visitedOn": "%s", "kind": "HOME_VISIT", "childSeenAlone": true,
                                 "whoWasSeen": "Max", "whatWasSaid": "Max is happier"}""".formatted(LocalDate.now())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.childSeenAlone").value(true));
    }
}
