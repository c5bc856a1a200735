package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.access.RestrictedRecords;
import kith.access.UserAccounts;
import kith.familyhelp.ActionOwner;
import kith.familyhelp.ActionProgress;
import kith.familyhelp.AssessmentView;
import kith.familyhelp.Assessments;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.PlanContent;
import kith.familyhelp.PlanView;
import kith.frontdoor.Contacts;
import kith.frontdoor.InformationRequests;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.NewContact;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralSource;
import kith.people.PersonManagement;
import kith.support.PersonMother;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The practice-fit issue's point 6 through a real browser: every form of Kith, sent empty and (where it has a date)
 * with an impossible date, shows the GOV.UK error pattern. Browser.errorSummary() checks, on each page, that every
 * summary link goes to an element that exists (a date's day; not hidden in a closed details element), that the same
 * message is at that field with the error classes and aria-describedby, that every message at a field is in the
 * summary and that the title begins "Error: ". Each form here says which messages it expects, so that none is lost,
 * and what typed or chosen values it expects to be kept.
 */
@KithTest
class FormErrorsJourneyTests {

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired UserAccounts accounts;
    @Autowired PersonManagement people;
    @Autowired RestrictedRecords restricted;
    @Autowired Contacts contacts;
    @Autowired InformationRequests requests;
    @Autowired FamilyHelpMother mother;
    @Autowired Assessments assessments;
    @Autowired FamilyPlans plans;
    @Autowired JdbcClient jdbc;

    private static final String[] IMPOSSIBLE = {"31", "2", "2026"};

    @Test
    void everyFormShowsEveryErrorAtOnceAtItsFieldAndKeepsWhatWasTyped() throws Exception {
        String surname = "Formcheck" + (char) ('a' + (int) (Math.random() * 26)) + (char) ('a' + (int) (Math.random() * 26));
        UUID person = users.call("social.worker", () -> people.create(PersonMother.child().withGivenName("Tess")
                .withFamilyName(surname).details()).id());
        UUID hidden = users.call("social.worker", () -> people.create(PersonMother.child().withGivenName("Ida")
                .withFamilyName(surname).details()).id());
        users.run("admin", () -> restricted.restrict(hidden, "Checking the forms"));
        UUID known = users.call("social.worker", () -> people.create(PersonMother.child().withGivenName("Maisie")
                .withFamilyName(surname).withDateOfBirth(LocalDate.of(2016, 7, 31)).details()).id());
        UUID contact = users.call("front.door", () -> contacts.record(new NewContact(NewContact.ReferrerKind.AGENCY, null,
                "Kithbridge Primary School", "Ms Teacher", null, ReferralSource.SOURCE_2A,
                List.of(new NewContact.Child("Maisie", surname, LocalDate.of(2016, 8, 1), null, null, null, null)),
                "Worry " + UUID.randomUUID(), true, true, null), false).id());
        UUID referral = mother.undecidedReferral(known, "Maisie", surname);
        UUID school = jdbc.sql("SELECT id FROM agency WHERE name = 'Kithbridge Primary School'").query(UUID.class).single();
        UUID request = users.call("front.door", () -> requests.ask(referral, school, "Attendance?", 4, LawfulBasis.SAFEGUARDING));
        UUID toOpen = mother.decidedReferral(mother.child("Opal", surname), "Opal", surname, ReferralDecision.TARGETED_EARLY_HELP);
        EpisodeView episode = mother.episodeLedByHealthVisitor("Rue", surname, ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = episode.children().get(0).id();
        AssessmentView assessment = users.call("health.visitor", () -> assessments.start(episode.id(), child, null));
        PlanView plan = users.call("health.visitor", () -> plans.agree(episode.id(), new PlanContent("Money", "School",
                List.of("Food every day"), List.of(new PlanContent.Action(0, "Free school meals", "Mum", ActionOwner.PARENT,
                        LocalDate.of(2099, 1, 1), ActionProgress.NOT_STARTED)), null), false));
        EpisodeView withoutPlan = mother.episodeLedByHealthVisitor("Sol", surname, ReferralDecision.TARGETED_EARLY_HELP);
        UUID practitioner = jdbc.sql("SELECT practitioner_id FROM user_account WHERE username = 'child.protection'")
                .query(UUID.class).single();

        try (Browser browser = new Browser(port)) {
            browser.signIn("social.worker");
            browser.open("/people/new");
            browser.submit("Add person");
            assertThat(browser.errorSummary()).containsExactly("Enter a given name", "Enter a family name", "Enter a date of birth");
            browser.assertAccessible();
            browser.type("givenName", "Tess");
            date(browser, "dateOfBirth");
            browser.submit("Add person");
            assertThat(browser.errorSummary()).containsExactly("Enter a family name", "Date of birth must be a real date");
            assertThat(browser.value("givenName")).isEqualTo("Tess");
            assertKept(browser, "dateOfBirth");

            browser.open("/people/" + person + "/edit");
            browser.type("givenName", " ");
            browser.type("postcode", "not a postcode");
            date(browser, "dateOfBirth");
            browser.submit("Save changes");
            assertThat(browser.errorSummary()).containsExactly("Enter a given name", "Date of birth must be a real date",
                    "Enter a real postcode, like SW1A 2AA");
            assertThat(browser.value("postcode")).isEqualTo("not a postcode");
            assertKept(browser, "dateOfBirth");

            browser.open("/people/" + person + "/relationships/new?name=Maisie+" + surname);
            browser.select("type", "Grandparent");
            browser.submit("Add relationship");
            assertThat(browser.errorSummary()).containsExactly("Select the person they are related to");
            assertThat(browser.value("type")).isEqualTo("GRANDPARENT");

            browser.open("/people/" + person + "/corrections/new");
            browser.type("why", "Her mum told me");
            browser.submit("Send to the council");
            assertThat(browser.errorSummary()).containsExactly("Select which detail is wrong", "Enter what the detail should be");
            assertThat(browser.value("why")).isEqualTo("Her mum told me");
            browser.signOut();

            browser.signIn("admin");
            browser.open("/people/" + person + "/access");
            browser.submit("Restrict record");
            assertThat(browser.errorSummary()).containsExactly("Enter why the record is restricted");
            browser.open("/people/" + hidden + "/access");
            browser.type("grant-username", "nobody.here");
            browser.submit("Name user");
            assertThat(browser.errorSummary()).containsExactly("Enter the username of an existing user",
                    "Enter why they need access to this record");
            assertThat(browser.value("grant-username")).isEqualTo("nobody.here");
            browser.open("/admin/closure-days");
            browser.submit("Add closure day");
            assertThat(browser.errorSummary()).containsExactly("Enter the date of the closure day", "Enter why the council is closed");
            date(browser, "date");
            browser.submit("Add closure day");
            assertThat(browser.errorSummary()).containsExactly("The closure day must be a real date", "Enter why the council is closed");
            assertKept(browser, "date");
            browser.open("/admin/name-variants");
            browser.type("variant", "Jas");
            browser.submit("Add variant");
            assertThat(browser.errorSummary()).containsExactly("Enter the given name", "Enter why the council is adding this variant");
            assertThat(browser.value("variant")).isEqualTo("Jas");
            browser.open("/partnership/practitioners/" + practitioner);
            browser.submit("Add training");
            assertThat(browser.errorSummary()).containsExactly("Enter the name of the course",
                    "Enter the date the course was completed");
            date(browser, "completedOn");
            browser.submit("Add training");
            assertThat(browser.errorSummary()).containsExactly("Enter the name of the course",
                    "The date the course was completed must be a real date");
            assertKept(browser, "completedOn");
            browser.signOut();

            browser.signIn("front.door");
            browser.open("/front-door/contacts/new");
            browser.submit("Record contact");
            assertThat(browser.errorSummary()).containsExactly("Enter the name of the person or agency who got in touch",
                    "Select the referral source", "Enter the name of at least one child", "Enter what you are worried about",
                    "Select whether the family knows you are getting in touch",
                    "Select whether the family agrees to information being shared");
            browser.assertAccessible();
            browser.type("children0.givenName", "Wren");
            date(browser, "children0.dateOfBirth");
            browser.choose("familyKnows-no");
            browser.submit("Record contact");
            assertThat(browser.errorSummary()).containsExactly("Enter the name of the person or agency who got in touch",
                    "Select the referral source", "Enter the child's family name", "The child’s date of birth must be a real date",
                    "Enter what you are worried about", "Select whether the family agrees to information being shared");
            assertThat(browser.value("children0.givenName")).isEqualTo("Wren");
            assertThat(browser.isChecked("familyKnows-no")).isTrue();
            assertKept(browser, "children0.dateOfBirth");

            browser.open("/front-door/contacts/" + contact);
            browser.submit("None of these: create a new record for Maisie " + surname);
            assertThat(browser.errorSummary()).containsExactly(
                    "Confirm that you have checked the suggested people and none of them is this child");
            browser.submit("Save screening decision");
            assertThat(browser.errorSummary()).containsExactly("Select whether the threshold for a referral is met");
            browser.choose("outcome-NO_FURTHER_ACTION");
            browser.submit("Save screening decision");
            assertThat(browser.errorSummary()).containsExactly("Enter why the threshold for a referral is not met");
            assertThat(browser.isChecked("outcome-NO_FURTHER_ACTION")).as("the chosen option is kept").isTrue();

            browser.open("/front-door/referrals/" + referral);
            browser.submit("Record decision");
            assertThat(browser.errorSummary()).containsExactly("Select a decision", "Enter the reason for the decision");
            browser.expand("Ask a partner agency what it knows");
            browser.type("request-hours", "soon");
            browser.submit("Send request");
            assertThat(browser.errorSummary()).containsExactly("Select the partner agency to ask", "Enter what you want to know",
                    "Enter how many hours they have to answer, as a number from 1 to 240");
            assertThat(browser.value("request-hours")).isEqualTo("soon");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("school.dsl");
            browser.open("/referrals/new");
            browser.submit("Continue");
            assertThat(browser.errorSummary()).containsExactly("Enter the name of at least one child",
                    "Enter what you are worried about", "Select whether the family knows you are getting in touch",
                    "Select whether the family agrees to information being shared");
            browser.type("worry", "Hungry at school");
            date(browser, "children0.dateOfBirth");
            browser.submit("Continue");
            assertThat(browser.errorSummary()).containsExactly("Enter the name of at least one child",
                    "The child’s date of birth must be a real date",
                    "Select whether the family knows you are getting in touch",
                    "Select whether the family agrees to information being shared");
            assertThat(browser.value("worry")).isEqualTo("Hungry at school");
            browser.open("/information-requests/" + request);
            browser.submit("Send answer");
            assertThat(browser.errorSummary()).containsExactly(
                    "Enter what your agency knows, or that it knows nothing about the child");
            browser.signOut();

            browser.signIn("team.manager");
            browser.open("/front-door/referrals/" + toOpen);
            browser.submit("Open Family Help");
            browser.assertShows("Family Help has been opened");
            browser.open("/front-door/referrals/" + toOpen);
            browser.submit("Open Family Help");
            assertThat(browser.errorSummary()).containsExactly("Family Help has already been opened from this referral");

            browser.open("/family-help/" + episode.id());
            browser.select("lead-practitionerId", "Choose with the family");
            browser.submit("Allocate lead practitioner");
            assertThat(browser.errorSummary()).containsExactly("Select the lead practitioner");
            browser.expand("Add someone to the team");
            browser.submit("Add to team");
            assertThat(browser.errorSummary()).as("the team form opens again with its errors")
                    .containsExactly("Select a practitioner", "Enter what they will do with the family");
            browser.expand("Step up to child protection");
            browser.submit("Step up to child protection");
            assertThat(browser.errorSummary()).containsExactly("Enter why the family is stepping up to child protection");
            browser.expand("Close Family Help");
            browser.submit("Close Family Help");
            assertThat(browser.errorSummary()).containsExactly(
                    "The assessment of Rue " + surname + " is not completed: complete it before closing Family Help (DfE CIN rule 8867)",
                    "Select the reason for closure", "Write a closing summary for the family");
            browser.expand("Record a review of the plan");
            browser.type("review-attended", "Rue and her dad");
            date(browser, "review-heldOn");
            browser.submit("Record review");
            assertThat(browser.errorSummary()).containsExactly("The date of the review must be a real date", "Write what has changed");
            assertThat(browser.value("review-attended")).isEqualTo("Rue and her dad");
            assertKept(browser, "review-heldOn");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("health.visitor");
            browser.open("/family-help/assessments/" + assessment.id());
            browser.submit("Complete assessment");
            assertThat(browser.errorSummary()).containsExactly("Record the family's views",
                    "Record the child's views and wishes, or why they could not be given",
                    "Select the factors identified, or 21 if there are none", "Write your analysis", "Select what happens next");
            browser.type("analysis", "A loving home under strain");
            date(browser, "completedOn");
            browser.submit("Complete assessment");
            assertThat(browser.errorSummary()).containsExactly("Record the family's views",
                    "Record the child's views and wishes, or why they could not be given",
                    "Select the factors identified, or 21 if there are none", "Select what happens next",
                    "The date the assessment was completed must be a real date");
            assertThat(browser.value("analysis")).isEqualTo("A loving home under strain");
            assertKept(browser, "completedOn");

            browser.open("/family-help/" + withoutPlan.id() + "/plan/new");
            browser.submit("Save the plan");
            assertThat(browser.errorSummary()).containsExactly("Write what we are worried about", "Write what is going well",
                    "Write at least one goal, in the family's words");
            browser.type("actions1.action", "Food bank referral");
            date(browser, "actions1.dueOn");
            browser.submit("Save the plan");
            assertThat(browser.errorSummary()).containsExactly("Write what we are worried about", "Write what is going well",
                    "Write at least one goal, in the family's words",
                    "Select who will do action 2, or write their name if they are not recorded in Kith",
                    "The date action 2 will be done by must be a real date");
            assertThat(browser.value("actions1.action")).isEqualTo("Food bank referral");
            assertKept(browser, "actions1.dueOn");

            browser.open("/family-help/plans/" + plan.id() + "/edit");
            browser.type("worries", " ");
            date(browser, "actions0.dueOn");
            browser.submit("Save changes");
            assertThat(browser.errorSummary()).containsExactly("Write what we are worried about",
                    "The date action 1 will be done by must be a real date");
            assertKept(browser, "actions0.dueOn");

            browser.open("/family-help/" + episode.id() + "/visits/new");
            browser.submit("Record visit");
            assertThat(browser.errorSummary()).containsExactly("Select the kind of visit or contact",
                    "Select whether the child was seen alone", "Write what was said and seen");
            browser.type("whatNext", "Call on Friday");
            date(browser, "visitedOn");
            browser.submit("Record visit");
            assertThat(browser.errorSummary()).containsExactly("The date of the visit must be a real date",
                    "Select the kind of visit or contact", "Select whether the child was seen alone", "Write what was said and seen");
            assertThat(browser.value("whatNext")).isEqualTo("Call on Friday");
            assertKept(browser, "visitedOn");
            browser.assertAccessible();
        }
    }

    @Test
    void theCheckFindsEveryBreachOfThePattern() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.signIn("social.worker");
            browser.open("/test-only/broken-errors");
            assertThatThrownBy(browser::errorSummary).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("nothing on the page has the id of #nowhere")
                    .hasMessageContaining("#elsewhere: \"Enter the message shown somewhere else\" is not at the field")
                    .hasMessageContaining("#hidden is in a closed details element")
                    .hasMessageContaining("#plain is not described by its message plain-error")
                    .hasMessageContaining("#plain: its input has no error class")
                    .hasMessageContaining("\"A different message\" is at a field but not in the summary")
                    .hasMessageContaining("the title does not begin \"Error: \"");
        }
    }

    /** Types 31 2 2026, a date that does not exist, into a date input. */
    private static void date(Browser browser, String id) {
        browser.type(id + "Day", IMPOSSIBLE[0]);
        browser.type(id + "Month", IMPOSSIBLE[1]);
        browser.type(id + "Year", IMPOSSIBLE[2]);
    }

    private static void assertKept(Browser browser, String id) {
        assertThat(List.of(browser.value(id + "Day"), browser.value(id + "Month"), browser.value(id + "Year")))
                .as("the impossible date typed into " + id + " is kept").containsExactly(IMPOSSIBLE);
    }

    // ---- Child protection, part B: the forms of the plan's pages, core group meetings, visits and transfers in.
    @Autowired kith.protection.ProtectionMother protection;

    @Test
    void everyChildProtectionPlanFormShowsEveryErrorAtOnceAtItsFieldAndKeepsWhatWasTyped() throws Exception {
        String surname = "Formplan" + (char) ('a' + (int) (Math.random() * 26)) + (char) ('a' + (int) (Math.random() * 26));
        kith.protection.ProtectionMother.Case decided = protection.conferenceDecidedOnAPlan("Bea", surname, 12, 2);
        kith.protection.ProtectionMother.Case onAPlan = protection.onAPlan("Cai", surname, 12, 2);
        String plan = "/child-protection/plans/" + onAPlan.planId();
        EpisodeView moving = mother.episodeLedByHealthVisitor("Dot", surname, ReferralDecision.SECTION_17_ASSESSMENT);

        try (Browser browser = new Browser(port)) {
            browser.signIn("conference.chair");
            browser.open("/child-protection/plans/new?conference=" + decided.conferenceId());
            browser.type("steps1.what", "See the GP");
            date(browser, "startedOn");
            browser.submit("Save the plan");
            assertThat(browser.errorSummary()).containsExactly("The date the plan starts must be a real date",
                    "Write what we are worried about, in words the family can read",
                    "For each step, write what needs to happen, who does it and by when");
            assertThat(browser.value("steps1.what")).isEqualTo("See the GP");
            assertKept(browser, "startedOn");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("social.worker");
            browser.open(plan + "/edit");
            browser.type("worries", " ");
            browser.type("visitEvery", "often");
            browser.submit("Save changes");
            assertThat(browser.errorSummary()).containsExactly("Write what we are worried about, in words the family can read",
                    "Enter how often the child is visited as a number of working days, from 1 to 20");
            assertThat(browser.value("visitEvery")).isEqualTo("often");

            browser.open(plan);
            browser.expand("Add someone to the core group");
            browser.type("coreGroup-role", "Dentist");
            browser.submit("Add to the core group");
            assertThat(browser.errorSummary()).containsExactly("Select a practitioner who works with families");
            assertThat(browser.value("coreGroup-role")).isEqualTo("Dentist");
            browser.expand("Record information or support offered");
            browser.type("support-givenTo", "Mum");
            date(browser, "support-offeredOn");
            browser.submit("Record it");
            assertThat(browser.errorSummary()).containsExactly("The date it was offered must be a real date",
                    "Write what the parents were given or offered");
            assertThat(browser.value("support-givenTo")).isEqualTo("Mum");
            assertKept(browser, "support-offeredOn");
            browser.expand("Record when the plan was shared with the parents");
            date(browser, "shared-sharedOn");
            browser.submit("Record the date");
            assertThat(browser.errorSummary()).containsExactly("The date the plan was shared must be a real date");
            assertKept(browser, "shared-sharedOn");
            browser.assertAccessible();

            browser.open(plan + "/visits/new");
            browser.submit("Record visit");
            assertThat(browser.errorSummary()).containsExactly("Select whether the child was seen",
                    "Select whether the child's bedroom was seen", "Write what you saw and what the child said");
            browser.choose("childSeen-no");
            date(browser, "visitedOn");
            browser.submit("Record visit");
            assertThat(browser.errorSummary()).containsExactly("The date of the visit must be a real date",
                    "Write why the child was not seen", "Select whether the child's bedroom was seen",
                    "Write what you saw and what the child said");
            assertThat(browser.isChecked("childSeen-no")).isTrue();
            assertKept(browser, "visitedOn");

            browser.open(plan + "/core-group-meetings/new");
            browser.submit("Record meeting");
            assertThat(browser.errorSummary()).containsExactly("Write who came",
                    "Write what progress the plan has made and what happens next");
            browser.type("attended", "Mum and Ruth");
            date(browser, "heldOn");
            browser.submit("Record meeting");
            assertThat(browser.errorSummary()).containsExactly("The date of the meeting must be a real date",
                    "Write what progress the plan has made and what happens next");
            assertThat(browser.value("attended")).isEqualTo("Mum and Ruth");
            assertKept(browser, "heldOn");

            browser.open("/child-protection/transfers-in/new?episode=" + moving.id());
            browser.type("theirContact", "Duty desk");
            date(browser, "notifiedOn");
            browser.submit("Record the move");
            assertThat(browser.errorSummary()).containsExactly("Enter the council whose plan the child is on",
                    "The date we were told must be a real date",
                    "Enter the date their plan started, on or before the day we were told",
                    "Select the category of their plan", "Write what their plan says, or where it is kept");
            assertThat(browser.value("theirContact")).isEqualTo("Duty desk");
            assertKept(browser, "notifiedOn");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("team.manager");
            browser.open(plan);
            browser.expand("Change the lead child protection practitioner");
            browser.select("lead-leadPractitionerId", "Select a practitioner");
            browser.submit("Change the lead");
            assertThat(browser.errorSummary()).containsExactly("Select the lead child protection practitioner from the partnership");
            browser.expand("The child has moved to another council");
            browser.type("transferOut-toCouncil", "Northshire County Council");
            date(browser, "transferOut-notifiedOn");
            browser.submit("Record the move");
            assertThat(browser.errorSummary()).containsExactly("The date that council was told must be a real date");
            assertThat(browser.value("transferOut-toCouncil")).isEqualTo("Northshire County Council");
            assertKept(browser, "transferOut-notifiedOn");
            browser.open(plan + "/end");
            browser.choose("end-reason");
            date(browser, "end-endedOn");
            browser.submit("End the plan");
            assertThat(browser.errorSummary()).containsExactly("The date the plan ends must be a real date",
                    "Confirm that the plan ends and that the agencies will be told");
            assertThat(browser.isChecked("end-reason")).isTrue();
            assertKept(browser, "end-endedOn");
            browser.assertAccessible();
        }
    }
}
