package kith.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.KithTest;
import kith.partnership.PartnershipDirectory.NewPractitioner;
import kith.partnership.PartnershipDirectory.Training;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.Today;
import kith.support.AuditLog;
import kith.support.StatementCounter;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Practitioners' training: recorded by administrators on the practitioner's page (audited), read back one
 * practitioner at a time or many at once in one statement (for pickers), with every bad input answered at its field
 * and nothing saved; everyone else who may see the page is refused the form, and partners the page.
 */
@KithTest
class PractitionerTrainingTests {

    private static final String LEAD = "Lead child protection practitioner training";

    @Autowired PartnershipDirectory directory;
    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired StatementCounter statements;
    @Autowired Today today;

    private UUID practitioner(String given) {
        UUID council = directory.agencyNamed(DemoPartnership.COUNCIL).orElseThrow();
        UUID team = directory.teamNamed(council, "Multi-agency child protection team").orElseThrow();
        return directory.registerPractitioner(new NewPractitioner(council, team, given, "Trainee", "Social worker",
                Discipline.SOCIAL_WORKER, "SW700001", LocalDate.of(2015, 7, 1)));
    }

    private long trainingOfInDatabase(UUID practitioner) {
        return jdbc.sql("SELECT count(*) FROM practitioner_training WHERE practitioner_id = :p")
                .param("p", practitioner).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder add(UUID practitioner, String user, String course, String day, String month,
            String year) {
        return post("/admin/practitioners/" + practitioner + "/training").with(users.as(user)).with(csrf())
                .param("course", course).param("completedOnDay", day).param("completedOnMonth", month)
                .param("completedOnYear", year);
    }

    @Test
    void trainingRecordedByAnAdministratorIsReadBackMostRecentFirstAndAudited() {
        UUID ada = practitioner("Ada");
        long audited = AuditLog.count(jdbc, "admin", "PRACTITIONER_TRAINING_RECORDED", "ALLOWED");
        UUID core = users.call("admin", () -> directory.recordTraining(ada, "  Child protection: core skills ",
                LocalDate.of(2020, 5, 10)));
        UUID lead = users.call("admin", () -> directory.recordTraining(ada, LEAD, LocalDate.of(2024, 3, 14)));

        assertThat(directory.trainingOf(ada)).containsExactly(
                new Training(lead, LEAD, LocalDate.of(2024, 3, 14)),
                new Training(core, "Child protection: core skills", LocalDate.of(2020, 5, 10)));
        assertThat(AuditLog.count(jdbc, "admin", "PRACTITIONER_TRAINING_RECORDED", "ALLOWED")).isEqualTo(audited + 2);
        assertThat(jdbc.sql("SELECT recorded_by FROM practitioner_training WHERE id = :id").param("id", lead)
                .query(String.class).single()).isEqualTo("admin");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE action = 'PRACTITIONER_TRAINING_RECORDED'
                          AND CAST(:p AS uuid) = ANY(subject_ids) AND CAST(:t AS uuid) = ANY(subject_ids)""")
                .param("p", ada).param("t", lead).query(Long.class).single()).as("names the practitioner and the record")
                .isOne();
    }

    @Test
    void theTrainingOfManyPractitionersIsReadInOneStatement() {
        UUID bea = practitioner("Bea");
        UUID cal = practitioner("Cal");
        UUID dee = practitioner("Dee");
        directory.recordTraining(bea, LEAD, LocalDate.of(2023, 1, 9));
        directory.recordTraining(bea, "Child protection: core skills", LocalDate.of(2019, 6, 1));
        directory.recordTraining(cal, LEAD, LocalDate.of(2022, 11, 30));

        statements.start();
        Map<UUID, List<Training>> few = directory.trainingOf(List.of(bea, cal, dee));
        assertThat(statements.stop()).hasSize(1);
        assertThat(few.get(bea)).extracting(Training::course).containsExactly(LEAD, "Child protection: core skills");
        assertThat(few.get(cal)).extracting(Training::completedOn).containsExactly(LocalDate.of(2022, 11, 30));
        assertThat(few).as("one without training is there, with none").containsEntry(dee, List.of());

        List<UUID> everyone = jdbc.sql("SELECT id FROM practitioner").query(UUID.class).list();
        statements.start();
        Map<UUID, List<Training>> all = directory.trainingOf(everyone);
        assertThat(statements.stop()).as("however many practitioners").hasSize(1);
        assertThat(all).hasSize(everyone.size()).containsEntry(bea, few.get(bea));

        statements.start();
        assertThat(directory.trainingOf(List.<UUID>of())).isEmpty();
        assertThat(statements.stop()).as("nobody asked about, nothing to read").isEmpty();
    }

    @Test
    void aBlankOrOverlongCourseAndAMissingOrFutureDateAreRefusedAtTheirFieldsAndNothingIsSaved() {
        UUID eve = practitioner("Eve");
        assertThatThrownBy(() -> directory.recordTraining(eve, " ", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsExactly(
                        new InvalidInput.Problem("course", "Enter the name of the course"),
                        new InvalidInput.Problem("completedOn", "Enter the date the course was completed")));
        assertThatThrownBy(() -> directory.recordTraining(eve, "x".repeat(201), today.date().plusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsExactly(
                        new InvalidInput.Problem("course", "Enter a course name of 200 characters or fewer"),
                        new InvalidInput.Problem("completedOn", "The date the course was completed must be today or in the past")));
        assertThat(trainingOfInDatabase(eve)).isZero();
        // The limits themselves are allowed: 200 characters, completed today.
        directory.recordTraining(eve, "x".repeat(200), today.date());
        assertThat(trainingOfInDatabase(eve)).isOne();
        assertThatThrownBy(() -> directory.recordTraining(UUID.randomUUID(), LEAD, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(RecordNotFound.class);
    }

    @Test
    void theDatabaseRefusesACourseThatIsBlankOrOver200Characters() {
        UUID fay = practitioner("Fay");
        for (String course : List.of("  ", "y".repeat(201))) {
            assertThatThrownBy(() -> jdbc.sql("""
                            INSERT INTO practitioner_training (id, practitioner_id, course, completed_on, recorded_by, recorded_at)
                            VALUES (:id, :p, :course, DATE '2020-01-01', 'test', now())""")
                    .param("id", UUID.randomUUID()).param("p", fay).param("course", course).update())
                    .hasMessageContaining("practitioner_training_course_check");
        }
        List<String> uncommented = jdbc.sql("""
                        SELECT a.attname FROM pg_attribute a
                        WHERE a.attrelid = 'practitioner_training'::regclass AND a.attnum > 0 AND NOT a.attisdropped
                          AND coalesce(col_description(a.attrelid, a.attnum), '') = ''""")
                .query(String.class).list();
        assertThat(uncommented).as("every column says what it is").isEmpty();
        assertThat(jdbc.sql("SELECT obj_description('practitioner_training'::regclass)").query(String.class).single())
                .contains("Sensitivity: personal (staff)");
    }

    @Test
    void anAdministratorAddsTrainingOnThePractitionersPageAndSeesItThere() throws Exception {
        UUID gus = practitioner("Gus");
        mvc.perform(get("/partnership/practitioners/" + gus).with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Gus Trainee")))
                .andExpect(content().string(Matchers.containsString("SW700001")))
                .andExpect(content().string(Matchers.containsString("Multi-agency child protection team")))
                .andExpect(content().string(Matchers.containsString("1 July 2015")))
                .andExpect(content().string(Matchers.containsString("No training has been recorded.")))
                .andExpect(content().string(Matchers.containsString("action=\"/admin/practitioners/" + gus + "/training\"")));

        mvc.perform(add(gus, "admin", LEAD, "14", "3", "2025"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/partnership/practitioners/" + gus))
                .andExpect(flash().attribute("saved", LEAD + " has been added to Gus Trainee’s training"));
        assertThat(directory.trainingOf(gus)).extracting(Training::course, Training::completedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LEAD, LocalDate.of(2025, 3, 14)));
        mvc.perform(get("/partnership/practitioners/" + gus).with(users.as("team.manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(LEAD)))
                .andExpect(content().string(Matchers.containsString("14 March 2025")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("No training has been recorded."))));
    }

    @Test
    void badInputShowsEveryErrorAtItsFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        UUID hal = practitioner("Hal");
        mvc.perform(add(hal, "admin", "", "31", "2", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("<title>Error: ")))
                .andExpect(content().string(Matchers.containsString("href=\"#course\">Enter the name of the course")))
                .andExpect(content().string(Matchers.containsString(
                        "href=\"#completedOnDay\">The date the course was completed must be a real date")))
                .andExpect(content().string(Matchers.containsString("id=\"course-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"completedOn-error\"")))
                .andExpect(content().string(Matchers.containsString("govuk-form-group--error")))
                .andExpect(content().string(Matchers.containsString("name=\"completedOnDay\" value=\"31\"")))
                .andExpect(content().string(Matchers.containsString("name=\"completedOnMonth\" value=\"2\"")));
        String tomorrow = today.date().plusDays(1).toString();
        mvc.perform(add(hal, "admin", "z".repeat(201), tomorrow.substring(8), tomorrow.substring(5, 7), tomorrow.substring(0, 4)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter a course name of 200 characters or fewer")))
                .andExpect(content().string(Matchers.containsString(
                        "The date the course was completed must be today or in the past")))
                .andExpect(content().string(Matchers.containsString("value=\"" + "z".repeat(201) + "\"")));
        // An impossible date with a good course: the course alone would be accepted, and is still not saved.
        mvc.perform(add(hal, "admin", LEAD, "31", "2", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The date the course was completed must be a real date")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Enter the name of the course"))));
        mvc.perform(add(hal, "admin", LEAD, "", "3", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The date the course was completed must include a day")));
        assertThat(trainingOfInDatabase(hal)).isZero();
    }

    @Test
    void nobodySignedInIsSentToSignInAndPartnersMayNotSeeThePage() throws Exception {
        UUID ian = practitioner("Ian");
        mvc.perform(get("/partnership/practitioners/" + ian))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/admin/practitioners/" + ian + "/training").with(csrf()).param("course", LEAD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        for (String partner : List.of("health.visitor", "police.officer")) {
            long refused = AuditLog.count(jdbc, partner, "ROUTE_REFUSED", "REFUSED");
            mvc.perform(get("/partnership/practitioners/" + ian).with(users.as(partner)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Ian Trainee"))));
            assertThat(AuditLog.count(jdbc, partner, "ROUTE_REFUSED", "REFUSED")).isEqualTo(refused + 1);
        }
        mvc.perform(get("/partnership/practitioners/" + UUID.randomUUID()).with(users.as("social.worker")))
                .andExpect(status().isNotFound());
        assertThat(trainingOfInDatabase(ian)).isZero();
    }

    @Test
    void councilStaffSeeThePageButOnlyAdministratorsMayAddTraining() throws Exception {
        UUID jo = practitioner("Jo");
        for (String user : List.of("social.worker", "team.manager", "analyst")) {
            mvc.perform(get("/partnership/practitioners/" + jo).with(users.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Jo Trainee")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Add training"))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("/training\""))));
            long refused = AuditLog.count(jdbc, user, "ROUTE_REFUSED", "REFUSED");
            mvc.perform(add(jo, user, LEAD, "14", "3", "2025")).andExpect(status().isForbidden());
            assertThat(AuditLog.count(jdbc, user, "ROUTE_REFUSED", "REFUSED")).as(user).isEqualTo(refused + 1);
        }
        // Any other way in (a module calling the directory for a signed-in user) is refused and audited too.
        long refused = AuditLog.count(jdbc, "social.worker", "PRACTITIONER_TRAINING_REFUSED", "REFUSED");
        assertThatThrownBy(() -> users.call("social.worker", () -> directory.recordTraining(jo, LEAD, LocalDate.of(2025, 3, 14))))
                .isInstanceOf(AccessRefused.class);
        assertThat(AuditLog.count(jdbc, "social.worker", "PRACTITIONER_TRAINING_REFUSED", "REFUSED")).isEqualTo(refused + 1);
        assertThat(users.call("social.worker", directory::mayRecordTraining)).isFalse();
        assertThat(users.call("admin", directory::mayRecordTraining)).isTrue();
        assertThat(trainingOfInDatabase(jo)).isZero();
    }

    @Test
    void theAgencyPageLinksEachPractitionerToTheirPage() throws Exception {
        UUID kit = practitioner("Kit");
        UUID council = directory.agencyNamed(DemoPartnership.COUNCIL).orElseThrow();
        mvc.perform(get("/partnership/agencies/" + council).with(users.as("front.door")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "href=\"/partnership/practitioners/" + kit + "\">Kit Trainee</a>")));
    }
}
