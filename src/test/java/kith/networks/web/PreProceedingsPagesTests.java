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
import kith.familyhelp.FamilyHelpMother;
import kith.networks.FgdmDuty;
import kith.networks.FgdmMother;
import kith.networks.PreProceeding;
import kith.networks.PreProceedings;
import kith.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pre-proceedings pages: the letter before proceedings refused at its field, naming section 31ZA, once the duty
 * has commenced, and recorded with a warning before; the court application's manager-only reason; the
 * administrators' commencement page; and who is refused.
 */
@KithTest
class PreProceedingsPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired FgdmMother fgdm;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired PreProceedings preProceedings;
    @Autowired FgdmDuty duty;

    @AfterEach
    void notCommenced() {
        users.run("admin", () -> duty.change(duty.setting().version(), null));
    }

    private UUID entered(UUID child) {
        UUID id = users.call("social.worker", () -> preProceedings.start(new PreProceeding.PpStart(child, fgdm.daysAgo(30))));
        users.run("social.worker", () -> preProceedings.legalPlanningMeeting(id, 0, new PreProceeding.PpLegalPlanningMeeting(
                fgdm.daysAgo(28), PreProceeding.LpmDecision.ENTER_PRE_PROCEEDINGS)));
        return id;
    }

    private String letter(UUID id, LocalDate on, int status) throws Exception {
        return mvc.perform(post("/pre-proceedings/" + id + "/letter").with(csrf()).with(users.as("social.worker"))
                        .param("version", "1").param("sentOnDay", String.valueOf(on.getDayOfMonth()))
                        .param("sentOnMonth", String.valueOf(on.getMonthValue())).param("sentOnYear", String.valueOf(on.getYear())))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theLetterWithoutTheOfferIsRefusedAtItsFieldOnceTheDutyHasCommenced() throws Exception {
        users.run("admin", () -> duty.change(duty.setting().version(), fgdm.daysAgo(365)));
        UUID child = familyHelp.child("Lena", "Letterpage");
        UUID id = entered(child);
        assertThat(mvc.perform(get("/pre-proceedings/" + id).with(users.as("social.worker"))).andReturn().getResponse()
                .getContentAsString()).contains("Record the letter before proceedings");
        String refused = letter(id, fgdm.daysAgo(5), 200);
        assertThat(refused).contains("There is a problem", "href=\"#letter-sentOnDay\"",
                "The letter before proceedings must include the offer of a family group decision-making meeting "
                        + "(section 31ZA of the Children Act 1989), or a manager&#39;s approved exemption");
        assertThat(users.call("social.worker", () -> preProceedings.open(id)).letterSentOn()).isNull();
    }

    @Test
    void beforeCommencementTheLetterIsRecordedAndTheWarningShown() throws Exception {
        UUID child = familyHelp.child("Wade", "Warnpage");
        UUID id = entered(child);
        letter(id, fgdm.daysAgo(5), 302);
        String page = mvc.perform(get("/pre-proceedings/" + id).with(users.as("social.worker"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("It does not include the offer of a family group decision-making meeting.",
                "Section 31ZA of the Children Act 1989 is not yet in force here");
    }

    @Test
    void theUrgentReasonIsAManagersAndTheFormSaysWhyTheApplicationMustWait() throws Exception {
        UUID child = familyHelp.child("Cody", "Courtpage");
        UUID id = entered(child);
        fgdm.acceptedNotHeld(child);
        letter(id, fgdm.daysAgo(5), 302);
        LocalDate on = fgdm.daysAgo(1);
        String waiting = mvc.perform(post("/pre-proceedings/" + id + "/court-application").with(csrf())
                        .with(users.as("social.worker")).param("version", "2")
                        .param("appliedOnDay", String.valueOf(on.getDayOfMonth())).param("appliedOnMonth", String.valueOf(on.getMonthValue()))
                        .param("appliedOnYear", String.valueOf(on.getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(waiting).contains("has not been held. Hold it before applying to court (section 31ZA(2)",
                "href=\"#court-appliedOnDay\"");
        assertThat(waiting).doesNotContain("Why the application cannot wait");
        mvc.perform(post("/pre-proceedings/" + id + "/court-application").with(csrf()).with(users.as("social.worker"))
                .param("version", "2").param("urgentReason", "Urgent").param("appliedOnDay", String.valueOf(on.getDayOfMonth()))
                .param("appliedOnMonth", String.valueOf(on.getMonthValue())).param("appliedOnYear", String.valueOf(on.getYear())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pre-proceedings/" + id + "/court-application").with(csrf()).with(users.as("team.manager"))
                        .param("version", "2").param("urgentReason", "The baby is not safe tonight")
                        .param("appliedOnDay", String.valueOf(on.getDayOfMonth())).param("appliedOnMonth", String.valueOf(on.getMonthValue()))
                        .param("appliedOnYear", String.valueOf(on.getYear())))
                .andExpect(redirectedUrl("/pre-proceedings/" + id));
        assertThat(mvc.perform(get("/pre-proceedings/" + id).with(users.as("social.worker"))).andReturn().getResponse()
                .getContentAsString()).contains("The baby is not safe tonight", "Ended");
    }

    @Test
    void aStaleFormIsAConflictThatKeepsWhatWasTyped() throws Exception {
        UUID child = familyHelp.child("Stan", "Stalepage");
        UUID id = entered(child);
        fgdm.offered(child);
        String stale = mvc.perform(post("/pre-proceedings/" + id + "/letter").with(csrf()).with(users.as("social.worker"))
                        .param("version", "0").param("sentOnDay", "3").param("sentOnMonth", "4").param("sentOnYear", "2026"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else saved a change to this record", "name=\"version\" value=\"1\"")
                .containsPattern("name=\"sentOnDay\" value=\"3\"");
    }

    @Test
    void theCommencementDateIsSetByAnAdministrator() throws Exception {
        assertThat(mvc.perform(get("/admin/pre-proceedings").with(users.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("When section 31ZA commences",
                "Not commenced: Kith warns.");
        mvc.perform(get("/admin/pre-proceedings").with(users.as("team.manager"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/pre-proceedings").with(csrf()).with(users.as("admin"))
                        .param("version", String.valueOf(duty.setting().version()))
                        .param("commencesOnDay", "1").param("commencesOnMonth", "4").param("commencesOnYear", "2027"))
                .andExpect(redirectedUrl("/admin/pre-proceedings"));
        assertThat(duty.setting().commencesOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        mvc.perform(post("/admin/pre-proceedings").with(csrf()).with(users.as("admin")).param("version", "0")
                .param("commencesOnDay", "2")).andExpect(status().isConflict());
    }

    @Test
    void whoIsRefused() throws Exception {
        UUID child = familyHelp.child("Rue", "Ppref");
        UUID id = entered(child);
        mvc.perform(get("/pre-proceedings/" + id).with(users.as("school.dsl"))).andExpect(status().isForbidden());
        mvc.perform(get("/people/" + child + "/pre-proceedings").with(users.as("school.dsl"))).andExpect(status().isForbidden());
        mvc.perform(post("/people/" + child + "/pre-proceedings").with(csrf()).with(users.as("police.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pre-proceedings/" + id)).andExpect(status().is3xxRedirection());
    }
}
