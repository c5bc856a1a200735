package kith.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.partnership.Discipline;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PartnershipDirectory.Training;
import kith.partnership.PractitionerView;
import kith.shared.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's people for child protection: a lead child protection practitioner and a conference chair who sign in,
 * the partners who sit at conferences without signing in, and a newly qualified social worker who may not yet lead;
 * with the training each has. The demo runs at every start against a kept database, so running it again adds nothing.
 */
@KithTest
class DemoUsersTests {

    private static final String LEAD = "Lead child protection practitioner training";

    @Autowired UserAccounts accounts;
    @Autowired PartnershipDirectory partnership;
    @Autowired Today today;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    private PractitionerView practitionerOf(String username) {
        return partnership.practitioner(accounts.loadUserByUsername(username).practitionerId()).orElseThrow();
    }

    private List<String> coursesOf(UUID practitioner) {
        return partnership.trainingOf(practitioner).stream().map(Training::course).toList();
    }

    private PractitionerView named(String given, String family) {
        return partnership.practitioners().stream()
                .filter(p -> p.givenName().equals(given) && p.familyName().equals(family))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), found -> {
                    assertThat(found).as(given + " " + family).hasSize(1);
                    return found.get(0);
                }));
    }

    @Test
    void theLeadChildProtectionPractitionerIsATrainedRegisteredSocialWorkerInTheChildProtectionTeam() {
        assertThat(accounts.loadUserByUsername("child.protection").role()).isEqualTo(Role.PRACTITIONER);
        PractitionerView ruth = practitionerOf("child.protection");
        assertThat(ruth.fullName()).isEqualTo("Ruth Calloway");
        assertThat(ruth.jobTitle()).isEqualTo("Lead child protection practitioner");
        assertThat(ruth.councilAgency()).isTrue();
        assertThat(ruth.teamName()).isEqualTo("Multi-agency child protection team");
        assertThat(ruth.teamFunction()).isEqualTo("CHILD_PROTECTION");
        assertThat(ruth.registeredSocialWorker()).isTrue();
        assertThat(ruth.yearsQualifiedOn(LocalDate.of(2026, 12, 2))).isEqualTo(13);
        assertThat(partnership.trainingOf(ruth.id())).extracting(Training::course, Training::completedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LEAD, LocalDate.of(2025, 3, 14)));
    }

    @Test
    void theConferenceChairChairsFromTheirOwnTeam() {
        assertThat(accounts.loadUserByUsername("conference.chair").role()).isEqualTo(Role.CONFERENCE_CHAIR);
        PractitionerView nadia = practitionerOf("conference.chair");
        assertThat(nadia.fullName()).isEqualTo("Nadia Osei");
        assertThat(nadia.teamName()).isEqualTo("Child protection conferences");
        assertThat(nadia.teamFunction()).isEqualTo("CHILD_PROTECTION");
        assertThat(nadia.registeredSocialWorker()).isTrue();
        assertThat(nadia.dateQualified()).isEqualTo(LocalDate.of(2008, 7, 1));
        assertThat(coursesOf(nadia.id())).containsExactly(LEAD);
    }

    @Test
    void theSocialWorkerHasCoreChildProtectionTrainingButNotTheLeadTraining() {
        assertThat(partnership.trainingOf(practitionerOf("social.worker").id()))
                .extracting(Training::course, Training::completedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Child protection: core skills", LocalDate.of(2021, 5, 10)));
    }

    @Test
    void theNewlyQualifiedSocialWorkerAndTheChildProtectionPartnersHaveNoAccounts() {
        PractitionerView owen = named("Owen", "Pritchard");
        assertThat(owen.jobTitle()).isEqualTo("Newly qualified social worker");
        assertThat(owen.teamName()).isEqualTo("Family Help North");
        assertThat(owen.registeredSocialWorker()).isTrue();
        assertThat(owen.dateQualified()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(owen.yearsQualifiedOn(today.date())).as("qualified this year").isZero();
        assertThat(coursesOf(owen.id())).doesNotContain(LEAD);

        PractitionerView officer = named("Imogen", "Hale");
        assertThat(officer.discipline()).isEqualTo(Discipline.EDUCATION_SAFEGUARDING_OFFICER);
        assertThat(officer.teamName()).isEqualTo("Multi-agency child protection team");
        assertThat(officer.councilAgency()).isTrue();
        PractitionerView nurse = named("Bethan", "Price");
        assertThat(nurse.discipline()).isEqualTo(Discipline.SAFEGUARDING_NURSE);
        assertThat(nurse.agencyName()).isEqualTo("Demo Community Health NHS Trust");
        assertThat(nurse.worksWithFamilies()).isTrue();
        assertThat(nurse.registeredSocialWorker()).isFalse();

        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE practitioner_id IN (:ids)")
                .param("ids", List.of(owen.id(), officer.id(), nurse.id())).query(Long.class).single()).isZero();
    }

    @Test
    void runningTheDemoAgainAddsNothing() throws Exception {
        String counts = """
                SELECT (SELECT count(*) FROM agency) || '/' || (SELECT count(*) FROM team) || '/'
                    || (SELECT count(*) FROM practitioner) || '/' || (SELECT count(*) FROM user_account) || '/'
                    || (SELECT count(*) FROM practitioner_training)""";
        String before = jdbc.sql(counts).query(String.class).single();
        context.getBean("demoPartnership", ApplicationRunner.class).run(null);
        context.getBean("demoUsers", ApplicationRunner.class).run(null);
        assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);
    }
}
