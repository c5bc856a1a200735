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
import kith.access.RestrictedRecords;
import kith.access.UserAccounts;
import kith.frontdoor.ReferralDecision;
import kith.people.PersonManagement;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.shared.Today;
import kith.support.PersonMother;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The practice-fit issue's point 8: an episode holds only the referred child; the manager confirms who of the child's
 * recorded family belong to it (never a restricted relative they are not named on); those people are then chosen on
 * visits and as owners of plan actions, not typed again; and whoever works with the family may open their records
 * until they leave the family on the episode or the work closes.
 */
@KithTest
class EpisodeFamilyTests {

    @Autowired FamilyHelpMother mother;
    @Autowired FamilyHelpOpening opening;
    @Autowired FamilyHelpAllocation allocation;
    @Autowired FamilyHelpEpisodes episodes;
    @Autowired FamilyPlans plans;
    @Autowired PersonManagement people;
    @Autowired Relationships relationships;
    @Autowired RestrictedRecords restricted;
    @Autowired UserAccounts accounts;
    @Autowired Users users;
    @Autowired Today today;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    /** Ivy, her mum and brother, and an aunt whose record is restricted (nobody is named on it). */
    record Family(UUID child, UUID mum, UUID brother, UUID aunt, String surname) {}

    private Family family() {
        String surname = "Famwell" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        UUID child = mother.child("Ivy", surname);
        UUID mum = users.call("social.worker", () -> people.create(PersonMother.adult().withGivenName("Rose")
                .withFamilyName(surname).details()).id());
        UUID brother = users.call("social.worker", () -> people.create(PersonMother.child().withGivenName("Arlo")
                .withFamilyName(surname).withDateOfBirth(LocalDate.of(2016, 5, 2)).details()).id());
        UUID aunt = users.call("social.worker", () -> people.create(PersonMother.adult().withGivenName("Hazel")
                .withFamilyName("Hiddenleigh").details()).id());
        users.run("social.worker", () -> {
            relationships.relate(child, mum, RelationshipType.PARENT);
            relationships.relate(child, brother, RelationshipType.SIBLING);
            relationships.relate(child, aunt, RelationshipType.AUNT_OR_UNCLE);
        });
        users.run("admin", () -> restricted.restrict(aunt, "Aunt at a refuge"));
        return new Family(child, mum, brother, aunt, surname);
    }

    private EpisodeView opened(Family family) {
        UUID referral = mother.decidedReferral(family.child(), "Ivy", family.surname(), ReferralDecision.TARGETED_EARLY_HELP);
        return users.call("team.manager", () -> opening.openFromReferral(referral));
    }

    private EpisodeView current(UUID episode) {
        return users.call("team.manager", () -> episodes.open(episode));
    }

    @Test
    void theManagerConfirmsTheFamilyFromTheChildsRelationshipsAndTheirWorkersMayThenOpenTheirRecords() throws Exception {
        Family family = family();
        EpisodeView episode = opened(family);
        assertThat(episode.people()).extracting(EpisodeView.Person::id).as("only the referred child").containsExactly(family.child());

        UUID healthVisitor = accounts.loadUserByUsername("health.visitor").practitionerId();
        users.run("team.manager", () -> allocation.allocateLead(episode.id(), episode.version(), healthVisitor));
        mvc.perform(get("/people/" + family.mum()).with(users.as("health.visitor"))).andExpect(status().isForbidden());

        String page = mvc.perform(get("/family-help/" + episode.id() + "/family").with(users.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rose " + family.surname(), "value=\"" + family.mum() + "\"", "Arlo " + family.surname(),
                "Restricted record", "only the people named on it can add them");
        assertThat(page).as("a restricted relative the manager is not named on: no name, no id, nothing to tick")
                .doesNotContain("Hazel", "Hiddenleigh", family.aunt().toString());

        mvc.perform(post("/family-help/" + episode.id() + "/family").with(users.as("team.manager")).with(csrf())
                        .param("version", String.valueOf(current(episode.id()).version()))
                        .param("family", family.mum().toString(), family.brother().toString()))
                .andExpect(status().is3xxRedirection());
        EpisodeView withFamily = current(episode.id());
        assertThat(withFamily.family()).extracting(EpisodeView.Person::id).containsExactly(family.mum(), family.brother());
        assertThat(withFamily.family()).extracting(EpisodeView.Person::role).containsExactly("Parent", "Sibling");
        mvc.perform(get("/people/" + family.mum()).with(users.as("health.visitor"))).andExpect(status().isOk());
        mvc.perform(get("/family-help/" + episode.id()).with(users.as("team.manager")))
                .andExpect(content().string(Matchers.containsString("Rose " + family.surname())))
                .andExpect(content().string(Matchers.containsString("(parent)")));

        // The restricted aunt cannot be added, even by a posted id.
        mvc.perform(post("/family-help/" + episode.id() + "/family").with(users.as("team.manager")).with(csrf())
                        .param("version", String.valueOf(withFamily.version()))
                        .param("family", family.mum().toString(), family.aunt().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Select people from the children’s recorded family and network")))
                .andExpect(content().string(Matchers.containsString("href=\"#family\"")));
        assertThat(current(episode.id()).family()).hasSize(2);

        // Arlo leaves the family on the episode: the lead practitioner's access to his record ends with it.
        mvc.perform(get("/people/" + family.brother()).with(users.as("health.visitor"))).andExpect(status().isOk());
        mvc.perform(post("/family-help/" + episode.id() + "/family").with(users.as("team.manager")).with(csrf())
                        .param("version", String.valueOf(withFamily.version())).param("family", family.mum().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + family.brother()).with(users.as("health.visitor"))).andExpect(status().isForbidden());

        // Closing ends the rest.
        EpisodeView latest = current(episode.id());
        mvc.perform(post("/family-help/" + episode.id() + "/close").with(users.as("team.manager")).with(csrf())
                        .param("version", String.valueOf(latest.version())).param("reason", "RC7")
                        .param("summary", "Ivy and her mum are doing well"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + family.mum()).with(users.as("health.visitor"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAManagerSeesOrChangesTheFamilyOnTheEpisode() throws Exception {
        Family family = family();
        EpisodeView episode = opened(family);
        for (String user : List.of("health.visitor", "social.worker", "front.door")) {
            mvc.perform(get("/family-help/" + episode.id() + "/family").with(users.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/family-help/" + episode.id() + "/family").with(users.as(user)).with(csrf())
                            .param("version", String.valueOf(episode.version())).param("family", family.mum().toString()))
                    .andExpect(status().isForbidden());
        }
        assertThat(current(episode.id()).family()).isEmpty();
    }

    @Test
    void whoWasSeenAndWhoDoesAnActionAreChosenFromTheFamilyAndThePractitioners() throws Exception {
        Family family = family();
        EpisodeView episode = opened(family);
        UUID healthVisitor = accounts.loadUserByUsername("health.visitor").practitionerId();
        users.run("team.manager", () -> allocation.allocateLead(episode.id(), episode.version(), healthVisitor));
        mvc.perform(post("/family-help/" + episode.id() + "/family").with(users.as("team.manager")).with(csrf())
                        .param("version", String.valueOf(current(episode.id()).version()))
                        .param("family", family.mum().toString()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/family-help/" + episode.id() + "/visits/new").with(users.as("health.visitor")))
                .andExpect(content().string(Matchers.containsString("value=\"" + family.mum() + "\"")))
                .andExpect(content().string(Matchers.containsString("Rose " + family.surname())));
        mvc.perform(post("/family-help/" + episode.id() + "/visits").with(users.as("health.visitor")).with(csrf())
                        .param("kind", "HOME_VISIT").param("seen", family.child().toString(), family.mum().toString())
                        .param("childSeenAlone", "no").param("whatWasSaid", "Ivy and her mum baked a cake"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT family_seen[1] FROM visit WHERE episode_id = :e").param("e", episode.id())
                .query(UUID.class).single()).isEqualTo(family.mum());
        mvc.perform(get("/family-help/" + episode.id()).with(users.as("health.visitor")))
                .andExpect(content().string(Matchers.containsString("Ivy " + family.surname() + ", Rose " + family.surname())));
        // Someone not on the episode cannot be ticked in by id.
        mvc.perform(post("/family-help/" + episode.id() + "/visits").with(users.as("health.visitor")).with(csrf())
                        .param("kind", "HOME_VISIT").param("seen", family.brother().toString())
                        .param("childSeenAlone", "no").param("whatWasSaid", "Arlo was there"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Select the family seen from the family on this episode")))
                .andExpect(content().string(Matchers.containsString("href=\"#seen\"")));

        mvc.perform(post("/family-help/" + episode.id() + "/plan").with(users.as("health.visitor")).with(csrf())
                        .param("worries", "Money is tight").param("goingWell", "Ivy loves school")
                        .param("goals[0]", "Food every day").param("actions[0].action", "Apply for free school meals")
                        .param("actions[0].ownerId", family.mum().toString()).param("actions[0].dueOnDay", "3")
                        .param("actions[0].dueOnMonth", "3").param("actions[0].dueOnYear", "2099")
                        .param("actions[1].action", "Food bank referral")
                        .param("actions[1].ownerId", healthVisitor.toString()).param("actions[1].dueOnDay", "3")
                        .param("actions[1].dueOnMonth", "3").param("actions[1].dueOnYear", "2099"))
                .andExpect(status().is3xxRedirection());
        PlanView plan = users.call("health.visitor", () -> plans.currentFor(episode.id())).orElseThrow();
        assertThat(plan.actions()).extracting(PlanView.Action::owner).containsExactly("Rose " + family.surname(), "Grace Adeyemi");
        assertThat(plan.actions()).extracting(PlanView.Action::ownerKind).containsExactly(ActionOwner.PARENT, ActionOwner.PRACTITIONER);
        assertThat(plan.actions()).extracting(PlanView.Action::ownerId).containsExactly(family.mum(), healthVisitor);

        // An owner from outside the episode is refused at the field, naming the action.
        mvc.perform(post("/family-help/plans/" + plan.id()).with(users.as("health.visitor")).with(csrf())
                        .param("version", String.valueOf(plan.version()))
                        .param("worries", "Money is tight").param("goingWell", "Ivy loves school")
                        .param("goals[0]", "Food every day").param("actions[0].action", "Apply for free school meals")
                        .param("actions[0].ownerId", family.aunt().toString()).param("actions[0].dueOnDay", "3")
                        .param("actions[0].dueOnMonth", "3").param("actions[0].dueOnYear", "2099"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Select who will do action 1 from the family and the practitioners working with them")))
                .andExpect(content().string(Matchers.containsString("href=\"#actions0.ownerId\"")));
    }
}
