package kith.insights.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.Closure;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpAllocation;
import kith.familyhelp.FamilyHelpDecisions;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyHelpMother;
import kith.familyhelp.ReasonForClosure;
import kith.frontdoor.ReferralDecision;
import kith.protection.ProtectionEvents.ChildProtectionPlanReviewed;
import kith.protection.ProtectionEvents.ChildProtectionPlanStarted;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A family's feedback: invited by the events of a review or a closure, given a single-use link by the practitioner
 * who leads their work, answered once without an account and refused after that; unknown and expired links are not
 * found, and nothing is saved on any refusal.
 */
@KithTest
class FamilyFeedbackTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired VoiceMother voice;
    @Autowired FamilyHelpMother families;
    @Autowired FamilyHelpAllocation allocation;
    @Autowired FamilyHelpDecisions decisions;
    @Autowired FamilyHelpEpisodes episodes;
    @Autowired kith.support.StatementCounter statements;

    @Test
    void closingFamilyHelpInvitesTheFamilyThroughTheLeadPractitioner() throws Exception {
        EpisodeView opened = families.episode("Wren", "Feedbackford", ReferralDecision.TARGETED_EARLY_HELP);
        UUID child = opened.children().get(0).id();
        users.run("team.manager", () -> allocation.allocateLead(opened.id(), opened.version(),
                voice.practitioner("social.worker")));
        EpisodeView current = users.call("team.manager", () -> episodes.open(opened.id()));
        users.run("team.manager", () -> decisions.close(opened.id(), current.version(),
                new Closure(ReasonForClosure.RC7, "Wren is doing well at home and school", false)));
        voice.events().awaitHandled(opened.id());

        List<UUID> invited = jdbc.sql("""
                        SELECT id FROM feedback_invitation WHERE occasion = 'EPISODE_CLOSED' AND episode_id = :episode
                          AND practitioner_id = :lead AND CAST(:child AS uuid) = ANY(child_ids)""")
                .param("episode", opened.id())
                .param("lead", voice.practitioner("social.worker"))
                .param("child", child)
                .query(UUID.class)
                .list();
        assertThat(invited).hasSize(1);
        String home = page(get("/").with(users.as("social.worker")));
        assertThat(home).contains("href=\"/feedback-links\"");
        String list = page(get("/feedback-links").with(users.as("social.worker")));
        assertThat(list).contains("Wren Feedbackford", "Family Help ended", "/feedback-links/" + invited.get(0));
        assertThat(page(get("/feedback-links").with(users.as("front.door")))).doesNotContain("Feedbackford");

        // The link is shown once, on the page the practitioner is sent to after making it.
        MockHttpServletResponse made = mvc.perform(post("/feedback-links/" + invited.get(0) + "/link")
                        .with(users.as("social.worker")).with(csrf()))
                .andExpect(redirectedUrl("/feedback-links/" + invited.get(0)))
                .andReturn().getResponse();
        String link = (String) mvc.perform(post("/feedback-links/" + invited.get(0) + "/link")
                        .with(users.as("social.worker")).with(csrf()))
                .andReturn().getFlashMap().get("link");
        assertThat(made.getStatus()).isEqualTo(302);
        assertThat(link).matches("https?://[^/]+/feedback/[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_invitation WHERE token_hash IS NOT NULL AND id = :id")
                .param("id", invited.get(0)).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'FEEDBACK_LINK_MADE' AND CAST(:child AS uuid) = ANY(subject_ids)")
                .param("child", child).query(Long.class).single()).isEqualTo(2);
        assertThat(mvc.perform(get(VoiceMother.path(link))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aFamilysLinkWorksOnceWithoutAnAccountAndIsRefusedTheSecondTime() throws Exception {
        UUID child = voice.child("Hazel", "Oncely");
        String path = VoiceMother.path(voice.link("social.worker", voice.invited("social.worker", List.of(child))));

        String form = page(get(path));
        assertThat(form).contains("I felt listened to", "Things were explained in a way I understood",
                "The help has made things better for my family", "name=\"_csrf\"");
        assertThat(form).as("whoever holds the link may not be the family").doesNotContain("Hazel", "Oncely",
                child.toString());
        long before = voice.familyAnswers();
        mvc.perform(answers(post(path).with(csrf()), "STRONGLY_AGREE", "AGREE", "NOT_SURE").param("comments",
                        "The social worker listened to us"))
                .andExpect(redirectedUrl("/feedback/thank-you"));
        assertThat(voice.familyAnswers()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM family_feedback WHERE listened = 5 AND explained = 4 AND better = 3"
                + " AND free_text = 'The social worker listened to us'").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM information_schema.columns WHERE table_name = 'family_feedback'
                          AND column_name NOT IN ('id', 'month', 'listened', 'explained', 'better', 'free_text')""")
                .query(Long.class).single()).as("the answer holds nothing that leads back to the family").isZero();
        assertThat(page(get("/feedback/thank-you"))).contains("Thank you");

        MockHttpServletResponse again = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("This link has already been used").doesNotContain("I felt listened to");
        MockHttpServletResponse answeredAgain = mvc.perform(answers(post(path).with(csrf()), "DISAGREE", "DISAGREE",
                "DISAGREE")).andReturn().getResponse();
        assertThat(answeredAgain.getStatus()).isEqualTo(410);
        assertThat(answeredAgain.getContentAsString()).contains("This link has already been used");
        assertThat(voice.familyAnswers()).isEqualTo(before + 1);
        // Without its CSRF token a post is refused (sent back where it came from) before the link is looked at.
        MockHttpServletResponse forged = mvc.perform(answers(post(path), "AGREE", "AGREE", "AGREE")).andReturn().getResponse();
        assertThat(forged.getStatus()).isIn(302, 403);
        assertThat(forged.getRedirectedUrl()).isNotEqualTo("/feedback/thank-you");
        assertThat(voice.familyAnswers()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownOrAnExpiredLinkIsNotFoundAndSavesNothing() throws Exception {
        UUID child = voice.child("Rowan", "Lapsed");
        UUID invitation = voice.invited("social.worker", List.of(child));
        String path = VoiceMother.path(voice.link("social.worker", invitation));
        jdbc.sql("UPDATE feedback_invitation SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .param("id", invitation).update();
        long before = voice.familyAnswers();
        String unknown = "/feedback/" + "A".repeat(43);
        for (String refused : List.of(path, unknown, "/feedback/not-a-token", "/feedback/" + UUID.randomUUID())) {
            MockHttpServletResponse shown = mvc.perform(get(refused)).andReturn().getResponse();
            assertThat(shown.getStatus()).as(refused).isEqualTo(404);
            assertThat(shown.getContentAsString()).contains("This link does not work").doesNotContain("already been used");
            assertThat(mvc.perform(answers(post(refused).with(csrf()), "AGREE", "AGREE", "AGREE")).andReturn()
                    .getResponse().getStatus()).as("POST " + refused).isEqualTo(404);
        }
        assertThat(voice.familyAnswers()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT used_at IS NULL FROM feedback_invitation WHERE id = :id").param("id", invitation)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aNewLinkReplacesTheOldOne() throws Exception {
        UUID invitation = voice.invited("social.worker", List.of(voice.child("Alder", "Twice")));
        String first = VoiceMother.path(voice.link("social.worker", invitation));
        String second = VoiceMother.path(voice.link("social.worker", invitation));
        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anUnansweredQuestionGetsItsErrorBesideItAndNothingIsSaved() throws Exception {
        String path = VoiceMother.path(voice.link("social.worker",
                voice.invited("social.worker", List.of(voice.child("Birch", "Missing")))));
        long before = voice.familyAnswers();
        String page = page(post(path).with(csrf()).param("listened", "AGREE").param("comments", "x".repeat(1001)));
        assertThat(page).contains("govuk-error-summary", "href=\"#explained\"", "href=\"#better\"",
                "href=\"#comments\"", "id=\"explained-error\"", "id=\"better-error\"",
                "Select how much you agree that things were explained in a way you understood",
                "Your comments must be 1,000 characters or fewer");
        assertThat(page).doesNotContain("href=\"#listened\"").contains("value=\"AGREE\" checked");
        assertThat(voice.familyAnswers()).isEqualTo(before);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("the link still works").isEqualTo(200);
    }

    @Test
    void aFamilyPlanReviewDeliveredTwiceInvitesOnceAndBrothersAndSistersReviewedTogetherOnce() throws Exception {
        UUID sister = voice.child("Elm", "Together");
        UUID brother = voice.child("Oak", "Together");
        UUID episode = UUID.randomUUID();
        UUID lead = voice.practitioner("child.protection");
        UUID sistersPlan = UUID.randomUUID();
        UUID brothersPlan = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        voice.events().deliver(episode,
                new ChildProtectionPlanStarted(sistersPlan, episode, sister, today.minusMonths(3), "NEGLECT", 0, lead,
                        "A lead", null, today, today, today),
                new ChildProtectionPlanStarted(brothersPlan, episode, brother, today.minusMonths(3), "NEGLECT", 0, lead,
                        "A lead", null, today, today, today));
        voice.events().deliver(sistersPlan, new ChildProtectionPlanReviewed(sistersPlan, sister, today, "NEGLECT",
                today.plusMonths(6), lead));
        voice.events().deliver(brothersPlan, new ChildProtectionPlanReviewed(brothersPlan, brother, today, "NEGLECT",
                today.plusMonths(6), lead));
        voice.events().deliver(brothersPlan, new ChildProtectionPlanReviewed(brothersPlan, brother, today, "NEGLECT",
                today.plusMonths(6), lead));
        List<List<UUID>> invited = jdbc.sql("""
                        SELECT child_ids FROM feedback_invitation WHERE episode_id = :episode
                          AND occasion = 'CHILD_PROTECTION_PLAN_REVIEWED' AND practitioner_id = :lead""")
                .param("episode", episode)
                .param("lead", lead)
                .query((rs, n) -> List.of((UUID[]) rs.getArray(1).getArray()))
                .list();
        assertThat(invited).hasSize(1);
        assertThat(invited.get(0)).containsExactlyInAnyOrder(sister, brother);

        UUID child = voice.child("Ash", "Redelivered");
        UUID planEpisode = UUID.randomUUID();
        var reviewed = new kith.familyhelp.FamilyHelpEvents.FamilyPlanReviewed(UUID.randomUUID(), planEpisode,
                List.of(child), today, today.plusMonths(3), voice.practitioner("social.worker"), "A practitioner");
        voice.events().deliver(planEpisode, reviewed);
        voice.events().deliver(planEpisode, reviewed);
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_invitation WHERE episode_id = :e").param("e", planEpisode)
                .query(Long.class).single()).isOne();
    }

    @Test
    void onlyThoseWhoMayOpenTheChildrenSeeAnInvitationOrMakeItsLink() throws Exception {
        UUID invitation = voice.invited("social.worker", List.of(voice.child("Yew", "Guarded")));
        mvc.perform(get("/feedback-links/" + invitation).with(users.as("social.worker"))).andExpect(status().isOk());
        // A partner with no working relationship to the child, and roles that open no records.
        for (String user : List.of("school.dsl", "analyst", "admin")) {
            mvc.perform(get("/feedback-links/" + invitation).with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/feedback-links/" + invitation + "/link").with(users.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("SELECT token_hash IS NULL FROM feedback_invitation WHERE id = :id").param("id", invitation)
                .query(Boolean.class).single()).isTrue();
        for (String path : List.of("/feedback-links", "/feedback-links/" + invitation)) {
            mvc.perform(get(path)).andExpect(redirectedUrl("/sign-in"));
        }
        mvc.perform(get("/feedback-links/" + UUID.randomUUID()).with(users.as("social.worker"))).andExpect(status().isNotFound());
    }

    @Test
    void theListOfFeedbackLinksAndTheResultsRunAFixedNumberOfStatements() throws Exception {
        voice.invited("social.worker", List.of(voice.child("Budget", "Linksby")));
        int one = statementsFor("/feedback-links", "social.worker");
        for (int i = 0; i < 3; i++) {
            voice.invited("social.worker", List.of(voice.child("Budget" + (char) ('a' + i), "Linksby"),
                    voice.child("Sibling" + (char) ('a' + i), "Linksby")));
        }
        List<String> four = statementsOf("/feedback-links", "social.worker");
        assertThat(four).as("with more families").hasSize(one);
        assertThat(four).as(String.join("\n", four)).hasSizeLessThanOrEqualTo(7);
        List<String> results = statementsOf("/insights/voice", "team.manager");
        assertThat(results).as(String.join("\n", results)).hasSizeLessThanOrEqualTo(6);
    }

    private int statementsFor(String path, String user) throws Exception {
        return statementsOf(path, user).size();
    }

    private List<String> statementsOf(String path, String user) throws Exception {
        statements.start();
        mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk());
        return statements.stop();
    }

    private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, String listened,
            String explained, String better) {
        return request.param("listened", listened).param("explained", explained).param("better", better);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
