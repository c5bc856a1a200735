package kith.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.access.RestrictedRecords;
import kith.access.UserAccounts;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpAllocation;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.people.PersonManagement;
import kith.support.AuditLog;
import kith.support.PersonMother;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one way a form is written (Forms): what cannot be read and what the rules refuse are reported together; a form
 * that cannot be read saves nothing even when the rules would accept the rest; the access policy still refuses (and
 * audits) first; a record someone else saved first is a conflict, never overwritten.
 */
@KithTest
class FormsTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired PersonManagement people;
    @Autowired RestrictedRecords restricted;
    @Autowired FamilyHelpMother mother;
    @Autowired FamilyHelpEpisodes episodes;
    @Autowired FamilyHelpAllocation allocation;
    @Autowired UserAccounts accounts;

    @Test
    void aFormThatCannotBeReadSavesNothingEvenWhenTheRulesWouldAcceptTheRest() throws Exception {
        String worry = "Worry " + UUID.randomUUID();
        long contacts = jdbc.sql("SELECT count(*) FROM contact").query(Long.class).single();
        long recorded = AuditLog.count(jdbc, "front.door", "CONTACT_RECORDED", "ALLOWED");
        mvc.perform(post("/front-door/contacts/new").with(users.as("front.door")).with(csrf())
                        .param("referrerKind", "INDIVIDUAL").param("referrerName", "A neighbour").param("referralSource", "1B")
                        .param("children[0].givenName", "Ada").param("children[0].familyName", "Readless")
                        .param("children[0].dateOfBirthDay", "31").param("children[0].dateOfBirthMonth", "2")
                        .param("children[0].dateOfBirthYear", "2026")
                        .param("worry", worry).param("familyKnows", "yes").param("familyAgrees", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#children0.dateOfBirthDay\"")))
                .andExpect(content().string(Matchers.containsString("The child’s date of birth must be a real date")))
                .andExpect(content().string(Matchers.containsString(worry)));
        assertThat(jdbc.sql("SELECT count(*) FROM contact").query(Long.class).single()).as("nothing saved").isEqualTo(contacts);
        assertThat(AuditLog.count(jdbc, "front.door", "CONTACT_RECORDED", "ALLOWED")).as("nor audited as done")
                .isEqualTo(recorded);
    }

    @Test
    void whatCannotBeReadAndWhatTheRulesRefuseAreSaidTogetherInPageOrder() throws Exception {
        String page = mvc.perform(post("/people/new").with(users.as("social.worker")).with(csrf())
                        .param("kind", "CHILD").param("givenName", "Bo").param("nhsNumber", "123")
                        .param("dateOfBirthDay", "31").param("dateOfBirthMonth", "2").param("dateOfBirthYear", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String summary = page.substring(page.indexOf("govuk-error-summary__list"), page.indexOf("</ul>", page.indexOf("govuk-error-summary__list")));
        assertThat(summary).containsSubsequence("#familyName", "Enter a family name", "#dateOfBirthDay",
                "Date of birth must be a real date", "#nhsNumber", "Enter a valid NHS number");
        assertThat(summary).as("the rule's own message for the date is not shown twice").doesNotContain("Enter a date of birth");
        assertThat(page).contains("<title>Error: Add a person", "value=\"Bo\"", "value=\"31\"", "value=\"123\"");
    }

    @Test
    void theAccessPolicyRefusesAndAuditsBeforeAnythingIsValidated() throws Exception {
        UUID child = users.call("social.worker", () -> people.create(PersonMother.child().details()).id());
        users.run("admin", () -> restricted.restrict(child, "Testing refusals"));
        long refusals = AuditLog.count(jdbc, "social.worker", "PERSON_CHANGE_REFUSED", "REFUSED")
                + AuditLog.count(jdbc, "social.worker", "PERSON_ACCESS_REFUSED", "REFUSED");
        mvc.perform(post("/people/" + child + "/edit").with(users.as("social.worker")).with(csrf())
                        .param("version", "0").param("kind", "CHILD").param("givenName", "")
                        .param("dateOfBirthDay", "31").param("dateOfBirthMonth", "2").param("dateOfBirthYear", "2026"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.not(Matchers.containsString("govuk-error-summary"))));
        assertThat(AuditLog.count(jdbc, "social.worker", "PERSON_CHANGE_REFUSED", "REFUSED")
                + AuditLog.count(jdbc, "social.worker", "PERSON_ACCESS_REFUSED", "REFUSED"))
                .as("the refusal survives the rollback").isGreaterThan(refusals);
    }

    @Test
    void aFormSentAfterSomeoneElseSavedIsAConflictThatShowsTheirChangeAndKeepsWhatWasTyped() throws Exception {
        EpisodeView episode = mother.episode("Kit", "Staleform", ReferralDecision.TARGETED_EARLY_HELP);
        UUID healthVisitor = accounts.loadUserByUsername("health.visitor").practitionerId();
        users.run("team.manager", () -> allocation.allocateLead(episode.id(), episode.version(), healthVisitor));
        mvc.perform(post("/family-help/" + episode.id() + "/close").with(users.as("team.manager")).with(csrf())
                        .param("version", String.valueOf(episode.version())).param("reason", "RC7")
                        .param("summary", "Kit is doing well at home"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Someone else saved a change to this record")))
                .andExpect(content().string(Matchers.containsString("Grace Adeyemi, Demo Community Health NHS Trust")))
                .andExpect(content().string(Matchers.containsString("Kit is doing well at home")))
                .andExpect(content().string(Matchers.containsString(
                        "name=\"version\" value=\"" + (episode.version() + 1) + "\"")));
        assertThat(users.call("team.manager", () -> episodes.open(episode.id())).open()).as("not closed over their change")
                .isTrue();
    }
}
