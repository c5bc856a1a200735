package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kith.KithTest;
import kith.access.RestrictedRecords;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpDecisions;
import kith.familyhelp.FamilyHelpMother;
import kith.familyhelp.FamilyHelpOpening;
import kith.familyhelp.FamilyMembers;
import kith.frontdoor.ReferralDecision;
import kith.people.PersonManagement;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.protection.Conference;
import kith.protection.Conferences;
import kith.protection.ProtectionMother;
import kith.protection.Section47Enquiries;
import kith.protection.StrategyDiscussions;
import kith.shared.Today;
import kith.support.AuditLog;
import kith.support.PersonMother;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Arranging a conference (on a working day, the family and agencies invited, the advocate offered), then its page:
 * another date, the chair's record of who came and what was decided, the report shared, and the chair sent on to
 * write the plan; every problem at its field with nothing saved, a stale form a conflict, a restricted invitee
 * "Restricted record", and who is refused.
 */
@KithTest
class ConferencePagesTests {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired FamilyHelpOpening opening;
    @Autowired FamilyMembers members;
    @Autowired FamilyHelpDecisions decisions;
    @Autowired PersonManagement people;
    @Autowired Relationships relationships;
    @Autowired RestrictedRecords restricted;
    @Autowired StrategyDiscussions discussions;
    @Autowired Section47Enquiries enquiries;
    @Autowired Conferences conferences;
    @Autowired Today today;

    /** A child and their mum on the episode, stepped up; a discussion 4 working days ago; the enquiry completed. */
    record Family(EpisodeView episode, UUID child, UUID mum, UUID enquiry, String surname) {}

    private Family family(String given) {
        String surname = "Confer" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        UUID child = familyHelp.child(given, surname);
        UUID mum = users.call("social.worker", () -> people.create(PersonMother.adult().withGivenName("Mara")
                .withFamilyName(surname).details()).id());
        users.run("social.worker", () -> relationships.relate(child, mum, RelationshipType.PARENT));
        UUID referral = familyHelp.decidedReferral(child, given, surname, ReferralDecision.SECTION_17_ASSESSMENT);
        EpisodeView stepped = users.call("team.manager", () -> {
            EpisodeView opened = opening.openFromReferral(referral);
            EpisodeView withMum = members.confirm(opened.id(), opened.version(), List.of(mum));
            return decisions.stepUp(withMum.id(), withMum.version(), "Bruising seen at nursery");
        });
        users.run("social.worker", () -> discussions.record(mother.discussion(stepped, mother.workingDaysAgo(4),
                mother.requiredAgencies(), null, true)));
        UUID enquiry = jdbc.sql("SELECT id FROM section_47_enquiry WHERE child_id = :c").param("c", child)
                .query(UUID.class).single();
        long version = users.call("team.manager", () -> enquiries.assignLead(enquiry,
                enquiries.open(enquiry).version(), mother.practitioner("child.protection"))).version();
        users.run("child.protection", () -> enquiries.complete(enquiry, version, new Section47Enquiries.Findings(
                "Bruising consistent with rough handling", true, Section47Enquiries.Outcome.INITIAL_CONFERENCE,
                mother.workingDaysAgo(2))));
        return new Family(stepped, child, mum, enquiry, surname);
    }

    private MockHttpServletRequestBuilder arrange(UUID enquiry, String user) {
        return post("/child-protection/conferences").param("enquiry", enquiry.toString()).with(users.as(user)).with(csrf());
    }

    private static MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request, String field, LocalDate day) {
        return request.param(field + "Day", String.valueOf(day.getDayOfMonth()))
                .param(field + "Month", String.valueOf(day.getMonthValue())).param(field + "Year", String.valueOf(day.getYear()));
    }

    private UUID arranged(Family family) throws Exception {
        String location = mvc.perform(on(arrange(family.enquiry(), "social.worker"), "scheduledOn", mother.workingDaysAgo(1))
                        .param("people", family.mum().toString(), family.child().toString())
                        .param("practitioners[0]", mother.practitioner("police.officer").toString())
                        .param("others[0].name", "Ms Tutor").param("others[0].kind", "AGENCY")
                        .param("others[0].agencyName", "Kithbridge College")
                        .param("advocateOffered", "yes").param("advocateAccepted", "yes")
                        .param("advocateName", "Jo Bloggs, Family Rights Group"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/child-protection/conferences/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private String page(String user, UUID conference) throws Exception {
        return mvc.perform(get("/child-protection/conferences/" + conference).with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long version(UUID conference) {
        return users.call("social.worker", () -> conferences.open(conference)).version();
    }

    private long conferencesFor(UUID enquiry) {
        return jdbc.sql("SELECT count(*) FROM child_protection_conference WHERE enquiry_id = :e").param("e", enquiry)
                .query(Long.class).single();
    }

    @Test
    void theFormOffersTheFamilyTheChildAndTheAgenciesAndSaysWhenItIsDue() throws Exception {
        Family family = family("Tam");
        LocalDate due = users.call("social.worker", () -> enquiries.open(family.enquiry())).conferenceDueOn();
        String form = mvc.perform(get("/child-protection/conferences/new").param("enquiry", family.enquiry().toString())
                        .with(users.as("social.worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Arrange: Initial child protection conference", "Mara " + family.surname(),
                "value=\"" + family.mum() + "\"", "Tam " + family.surname() + " (the child)",
                "It must be held by " + due.format(LONG), "Dan Mercer, Detective constable, Demoshire Police");
        mvc.perform(get("/child-protection/conferences/new").with(users.as("social.worker"))).andExpect(status().isNotFound());
    }

    @Test
    void anEmptyOrWeekendArrangementShowsEveryProblemAtItsFieldAndSavesNothing() throws Exception {
        Family family = family("Uma");
        assertThat(ErrorSummary.of(mvc.perform(arrange(family.enquiry(), "social.worker")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())).containsExactly(
                "#scheduledOnDay Enter the date the conference is set for",
                "#people Add who is invited: the parents, the child where appropriate, and the agencies",
                "#advocateOffered Select whether the parents were offered an independent advocate");

        LocalDate saturday = today.date().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        String weekend = mvc.perform(on(arrange(family.enquiry(), "social.worker"), "scheduledOn", saturday)
                        .param("people", family.mum().toString()).param("advocateOffered", "no"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(weekend)).containsExactly("#scheduledOnDay " + saturday.format(LONG)
                + " is not a working day: a conference is set for a working day, never a weekend or bank holiday (DfE rule 8875)");
        assertThat(weekend).contains("value=\"" + family.mum() + "\" checked=\"checked\"");

        String impossible = mvc.perform(arrange(family.enquiry(), "social.worker").param("scheduledOnDay", "31")
                        .param("scheduledOnMonth", "2").param("scheduledOnYear", "2026")
                        .param("others[1].agencyName", "Kithbridge College"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(impossible)).containsExactly(
                "#scheduledOnDay The date of the conference must be a real date",
                "#people Add who is invited: the parents, the child where appropriate, and the agencies",
                "#others1.name Enter the name of person 2 invited",
                "#advocateOffered Select whether the parents were offered an independent advocate");
        assertThat(impossible).contains("value=\"31\"", "value=\"Kithbridge College\"");
        assertThat(conferencesFor(family.enquiry())).isZero();
    }

    @Test
    void theChairRecordsTheConferenceAndIsSentOnToWriteThePlan() throws Exception {
        Family family = family("Vic");
        UUID conference = arranged(family);
        long views = AuditLog.count(jdbc, "conference.chair", "CONFERENCE_VIEWED", "ALLOWED");
        String before = page("conference.chair", conference);
        assertThat(before).contains("Initial child protection conference", "Mara " + family.surname(),
                "Vic " + family.surname(), "Dan Mercer", "Ms Tutor", "Kithbridge College",
                "Accepted: Jo Bloggs, Family Rights Group", "Record the conference", "Neglect", "Sexual abuse",
                "href=\"/child-protection/enquiries/" + family.enquiry() + "\"")
                .doesNotContain("The plan continues", "Write the child protection plan");
        assertThat(AuditLog.count(jdbc, "conference.chair", "CONFERENCE_VIEWED", "ALLOWED")).isEqualTo(views + 1);

        String empty = mvc.perform(post("/child-protection/conferences/" + conference + "/held").with(users.as("conference.chair"))
                        .with(csrf()).param("version", String.valueOf(version(conference))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(empty)).containsExactly("#held-heldOnDay Enter the date the conference is held on",
                "#held-decision Select what the conference decided", "#held-reasons Write the reasons for the decision",
                "#held-familyHadAdvocate Select whether the family had an independent advocate");

        mvc.perform(on(post("/child-protection/conferences/" + conference + "/held").with(users.as("conference.chair"))
                                .with(csrf()).param("version", String.valueOf(version(conference))), "heldOn", mother.workingDaysAgo(1))
                        .param("attendance[0].what", "came").param("attendance[2].what", "came", "report")
                        .param("decision", "PLAN").param("category", "NEG")
                        .param("reasons", "Likely to suffer significant harm from neglect").param("familyHadAdvocate", "yes"))
                .andExpect(status().is3xxRedirection());
        String held = page("conference.chair", conference);
        assertThat(held).contains("The child needs a child protection plan", "chaired by Nadia Osei",
                "href=\"/child-protection/plans/new?conference=" + conference + "\"")
                .doesNotContain("Record the conference</button>");
        assertThat(page("social.worker", conference)).doesNotContain("/child-protection/plans/new")
                .contains("Record when the report was shared with the parents");
        Conference.View saved = users.call("social.worker", () -> conferences.open(conference));
        assertThat(saved.invitees()).extracting(Conference.InviteeView::attended)
                .containsExactly(true, false, true, false);
        assertThat(saved.invitees()).extracting(Conference.InviteeView::reportReceived)
                .containsExactly(false, false, true, false);

        LocalDate shared = mother.workingDaysAgo(0);
        mvc.perform(on(post("/child-protection/conferences/" + conference + "/report-shared").with(users.as("social.worker"))
                        .with(csrf()).param("version", String.valueOf(version(conference))), "sharedOn", shared))
                .andExpect(status().is3xxRedirection());
        assertThat(page("social.worker", conference)).contains(shared.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    }

    @Test
    void aStaleDateChangeIsAConflictKeepingTheDateTyped() throws Exception {
        Family family = family("Wyn");
        UUID conference = arranged(family);
        long seen = version(conference);
        LocalDate first = mother.workingDaysAgo(0);
        mvc.perform(on(post("/child-protection/conferences/" + conference + "/date").with(users.as("social.worker"))
                        .with(csrf()).param("version", String.valueOf(seen)), "scheduledOn", first))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/child-protection/conferences/" + conference + "/date").with(users.as("team.manager"))
                        .with(csrf()).param("version", String.valueOf(seen)).param("scheduledOnDay", "7")
                        .param("scheduledOnMonth", "1").param("scheduledOnYear", "2099"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else saved a change", first.format(LONG), "value=\"2099\"",
                "name=\"version\" value=\"" + version(conference) + "\"");
        assertThat(users.call("social.worker", () -> conferences.open(conference)).scheduledOn()).isEqualTo(first);
    }

    @Test
    void aRestrictedInviteeIsShownAsRestrictedRecordToAnyoneNotNamed() throws Exception {
        Family family = family("Xan");
        UUID conference = arranged(family);
        users.run("admin", () -> restricted.restrict(family.mum(), "Mum moved to a refuge"));
        String page = page("team.manager", conference);
        assertThat(page).contains("Restricted record").doesNotContain("Mara");
        String form = mvc.perform(get("/child-protection/conferences/new").param("enquiry", family.enquiry().toString())
                        .with(users.as("team.manager")))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).as("she is not offered either").doesNotContain("Mara", family.mum().toString());
    }

    @Test
    void whoIsRefused() throws Exception {
        Family family = family("Yas");
        UUID conference = arranged(family);
        String path = "/child-protection/conferences/" + conference;
        String form = "/child-protection/conferences/new?enquiry=" + family.enquiry();
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get(form)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));

        // The police officer is in the team: reads it, changes nothing. The school is invited but has no relationship.
        assertThat(page("police.officer", conference)).doesNotContain("Change the date", "Record the conference</button>");
        for (String user : List.of("school.dsl", "health.visitor", "analyst", "admin")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(get(path).with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get(form).with(users.as(user))).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user).isEqualTo(refusals + 2);
        }
        long version = version(conference);
        for (String user : List.of("social.worker", "team.manager", "police.officer")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(post(path + "/held").with(users.as(user)).with(csrf()).param("version", String.valueOf(version))
                    .param("decision", "NO_PLAN")).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user).isEqualTo(refusals + 1);
        }
        mvc.perform(post(path + "/date").with(users.as("police.officer")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(arrange(family.enquiry(), "police.officer")).andExpect(status().isForbidden());
        assertThat(version(conference)).as("nothing changed").isEqualTo(version);
    }
}
