package kith.familyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.frontdoor.ReferralDecision;
import kith.shared.Today;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The practice-fit issue's point 9: the checks that were missing. A closure reason unusual for the work needs the
 * manager's confirmation; closure refuses an assessment left open; an assessment completed in the future is refused at
 * its field; the visit date is not pre-filled to be typed over; "Start assessment" is offered only when none is open.
 */
@KithTest
class ClosureAndAssessmentChecksTests {

    @Autowired FamilyHelpMother mother;
    @Autowired FamilyHelpEpisodes episodes;
    @Autowired FamilyHelpOpening opening;
    @Autowired Assessments assessments;
    @Autowired Users users;
    @Autowired Today today;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void theReasonsUsualForEachKindOfWorkAreKeptInOnePlace() {
        assertThat(ReasonForClosure.usualFor(EpisodeKind.TARGETED_EARLY_HELP, true))
                .containsExactly(ReasonForClosure.RC5, ReasonForClosure.RC6, ReasonForClosure.RC7, ReasonForClosure.RC8);
        assertThat(ReasonForClosure.usualFor(EpisodeKind.CHILD_IN_NEED, true)).containsExactly(ReasonForClosure.RC3,
                ReasonForClosure.RC4, ReasonForClosure.RC5, ReasonForClosure.RC6, ReasonForClosure.RC7, ReasonForClosure.RC8,
                ReasonForClosure.RC9);
        assertThat(ReasonForClosure.RC2.usualFor(EpisodeKind.CHILD_IN_NEED)).as("a child's death is always confirmed").isFalse();
    }

    @Test
    void adoptionForTargetedEarlyHelpIsClosedOnlyWhenTheManagerConfirmsIt() throws Exception {
        EpisodeView episode = mother.episode("Otto", "Adoptwell", ReferralDecision.TARGETED_EARLY_HELP);
        mvc.perform(close(episode, "RC1", "Otto has been adopted", null))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "RC1 Adopted is not a usual reason for closing targeted early help: confirm it is right, or select another reason")))
                .andExpect(content().string(Matchers.containsString("href=\"#close-confirmUnusualReason\"")))
                .andExpect(content().string(Matchers.containsString("id=\"close-confirmUnusualReason-error\"")))
                .andExpect(content().string(Matchers.containsString("<details class=\"govuk-details\" open")))
                .andExpect(content().string(Matchers.containsString("<option value=\"RC1\" selected")))
                .andExpect(content().string(Matchers.containsString("Otto has been adopted")))
                .andExpect(content().string(Matchers.containsString("Usual reasons for closing targeted early help: RC5, RC6, RC7, RC8")));
        assertThat(open(episode).open()).as("not closed without the confirmation").isTrue();
        mvc.perform(close(episode, "RC1", "Otto has been adopted", "true")).andExpect(status().is3xxRedirection());
        assertThat(open(episode).closureReason()).isEqualTo(ReasonForClosure.RC1);
    }

    @Test
    void aUsualReasonNeedsNoConfirmation() throws Exception {
        EpisodeView episode = mother.episode("Otto", "Usualton", ReferralDecision.SECTION_17_ASSESSMENT);
        mvc.perform(close(episode, "RC4", "A special guardianship order was made", null)).andExpect(status().is3xxRedirection());
        assertThat(open(episode).closureReason()).isEqualTo(ReasonForClosure.RC4);
    }

    @Test
    void closureIsRefusedWhileAnAssessmentIsOpenNamingItAndEveryOtherProblemAtOnce() throws Exception {
        EpisodeView episode = mother.episode("Nell", "Openassess", ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = episode.children().get(0).id();
        users.call("team.manager", () -> assessments.start(episode.id(), child, null));
        mvc.perform(close(episode, "RC7", "", null))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "The assessment of Nell Openassess is not completed: complete it before closing Family Help (DfE CIN rule 8867)")))
                .andExpect(content().string(Matchers.containsString("Write a closing summary for the family")));
        assertThat(open(episode).open()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM assessment WHERE episode_id = :e AND completed_on IS NULL")
                .param("e", episode.id()).query(Long.class).single()).as("the assessment is left as it was").isEqualTo(1);
    }

    @Test
    void closedAfterAssessmentNeedsACompletedAssessment() throws Exception {
        EpisodeView episode = mother.episode("Nell", "Noassess", ReferralDecision.SECTION_17_ASSESSMENT);
        mvc.perform(close(episode, "RC8", "No further action needed", null))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("DfE CIN rule 8825Q")));
        assertThat(open(episode).open()).isTrue();
    }

    @Test
    void anAssessmentCompletedInTheFutureIsRefusedAtItsFieldWithEverythingTypedKept() throws Exception {
        EpisodeView episode = mother.episode("Remy", "Futuredate", ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = episode.children().get(0).id();
        AssessmentView started = users.call("team.manager", () -> assessments.start(episode.id(), child, null));
        LocalDate tomorrow = today.date().plusDays(1);
        mvc.perform(post("/family-help/assessments/" + started.id()).with(users.as("team.manager")).with(csrf())
                        .param("version", String.valueOf(started.version())).param("action", "complete")
                        .param("familyViews", "Dad wants help with the bills").param("childViews", "Remy likes football")
                        .param("factors", "4B").param("analysis", "Money worries, a loving home")
                        .param("outcome", "FAMILY_HELP_PLAN").param("primaryNeed", "N4")
                        .param("completedOnDay", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("completedOnMonth", String.valueOf(tomorrow.getMonthValue()))
                        .param("completedOnYear", String.valueOf(tomorrow.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#completedOnDay\"")))
                .andExpect(content().string(Matchers.containsString("id=\"completedOn-error\"")))
                .andExpect(content().string(Matchers.containsString("The date completed must be today or in the past")))
                .andExpect(content().string(Matchers.containsString("value=\"" + tomorrow.getYear() + "\"")))
                .andExpect(content().string(Matchers.containsString("Dad wants help with the bills")))
                .andExpect(content().string(Matchers.containsString("value=\"4B\" checked")));
        assertThat(jdbc.sql("SELECT completed_on FROM assessment WHERE id = :id").param("id", started.id())
                .query(LocalDate.class).optional()).isEmpty();
    }

    @Test
    void completingAnAssessmentThatLeadsToFurtherHelpAsksForThePrimaryNeedWhichTheEpisodeKeeps() throws Exception {
        EpisodeView episode = mother.episode("Prue", "Needham", ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = episode.children().get(0).id();
        AssessmentView started = users.call("team.manager", () -> assessments.start(episode.id(), child, null));
        mvc.perform(post("/family-help/assessments/" + started.id()).with(users.as("team.manager")).with(csrf())
                        .param("version", String.valueOf(started.version())).param("action", "complete")
                        .param("familyViews", "Mum is unwell").param("childViews", "Prue cares for Mum")
                        .param("factors", "4B").param("analysis", "A young carer").param("outcome", "FAMILY_HELP_PLAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#primaryNeed\"")))
                .andExpect(content().string(Matchers.containsString("id=\"primaryNeed-error\"")))
                .andExpect(content().string(Matchers.containsString("Select the child&#39;s primary need")))
                .andExpect(content().string(Matchers.containsString("N3 Parental disability or illness")));
        String body = """
                {"familyViews": "Mum is unwell", "childViews": "Prue cares for Mum", "factors": ["4B"],
                 "analysis": "A young carer", "outcome": "STEP_UP", "completedOn": "%s"%s}""";
        mvc.perform(post("/api/v1/assessments/" + started.id() + "/completion").with(users.as("team.manager"))
                        .with(csrf()).header("If-Match", "\"" + started.version() + "\"")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body.formatted(today.date(), ", \"primaryNeed\": \"N12\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("primaryNeed")));
        assertThat(jdbc.sql("SELECT completed_on FROM assessment WHERE id = :id").param("id", started.id())
                .query(LocalDate.class).optional()).as("nothing half-written").isEmpty();
        mvc.perform(post("/api/v1/assessments/" + started.id() + "/completion").with(users.as("team.manager"))
                        .with(csrf()).header("If-Match", "\"" + started.version() + "\"")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body.formatted(today.date(), ", \"primaryNeed\": \"N3\"")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"primaryNeedLabel\":\"Parental disability or illness\"")));
        assertThat(jdbc.sql("SELECT primary_need FROM family_help_episode WHERE id = :id").param("id", episode.id())
                .query(String.class).single()).isEqualTo("N3");
        assertThat(open(episode).version()).as("the episode's version is the manager's, not the assessment's")
                .isEqualTo(episode.version());

        // Closing after the assessment needs no primary need (the child goes no further).
        EpisodeView other = mother.episode("Cal", "Noneed", ReferralDecision.SECTION_17_ASSESSMENT);
        AssessmentView second = users.call("team.manager", () -> assessments.start(other.id(),
                other.children().get(0).id(), null));
        AssessmentView closed = users.call("team.manager", () -> assessments.complete(second.id(), second.version(),
                new AssessmentContent("Fine", "Fine", List.of("21"), "No worries found", "CLOSE_NO_FURTHER_ACTION"),
                null, null));
        assertThat(closed.primaryNeed()).isNull();
    }

    @Test
    void theVisitDateIsLeftBlankForTodayNotPreFilledToBeTypedOver() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Wyn", "Blankdate", ReferralDecision.TARGETED_EARLY_HELP);
        mvc.perform(get("/family-help/" + episode.id() + "/visits/new").with(users.as("health.visitor")))
                .andExpect(content().string(Matchers.containsString("name=\"visitedOnDay\" value=\"\"")))
                .andExpect(content().string(Matchers.containsString("Leave it blank if it was today")));
        mvc.perform(post("/family-help/" + episode.id() + "/visits").with(users.as("health.visitor")).with(csrf())
                        .param("kind", "PHONE").param("seen", episode.children().get(0).id().toString())
                        .param("childSeenAlone", "no").param("whatWasSaid", "Wyn told me about his week"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT visited_on FROM visit WHERE episode_id = :e").param("e", episode.id())
                .query(LocalDate.class).single()).isEqualTo(today.date());
    }

    @Test
    void startAssessmentIsOfferedOnlyForAChildWithoutAnOpenOne() throws Exception {
        UUID first = mother.child("Bea", "Twoassess");
        UUID second = mother.child("Cal", "Twoassess");
        EpisodeView episode = users.call("team.manager", () -> opening.openDirectly(List.of(first, second),
                EpisodeKind.CHILD_IN_NEED, today.date().minusDays(3)));
        String before = page(episode);
        assertThat(before).contains("Start assessment", "value=\"" + first + "\"", "value=\"" + second + "\"");
        users.call("team.manager", () -> assessments.start(episode.id(), first, null));
        String after = page(episode);
        assertThat(after).contains("Start assessment", "value=\"" + second + "\"")
                .doesNotContain("<option value=\"" + first + "\"");
        users.call("team.manager", () -> assessments.start(episode.id(), second, null));
        assertThat(page(episode)).as("both open: nothing to start").doesNotContain("Start assessment");
    }

    private String page(EpisodeView episode) throws Exception {
        return mvc.perform(get("/family-help/" + episode.id()).with(users.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private EpisodeView open(EpisodeView episode) {
        return users.call("team.manager", () -> episodes.open(episode.id()));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder close(EpisodeView episode,
            String reason, String summary, String confirm) {
        var request = post("/family-help/" + episode.id() + "/close").with(users.as("team.manager")).with(csrf())
                .param("version", String.valueOf(open(episode).version())).param("reason", reason)
                .param("summary", summary);
        return confirm == null ? request : request.param("confirmUnusualReason", confirm);
    }
}
