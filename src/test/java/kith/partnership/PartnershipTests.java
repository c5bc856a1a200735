package kith.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.partnership.PartnershipDirectory.NewPractitioner;
import kith.shared.InvalidInput;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KithTest
class PartnershipTests {

    @Autowired PartnershipDirectory directory;
    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void theDemoPartnershipHasEveryKindOfAgency() {
        assertThat(directory.agencies()).extracting(AgencyView::kind).contains(AgencyKind.values());
        assertThat(directory.agencies()).filteredOn(AgencyView::council).hasSize(1);
    }

    @Test
    void aSocialWorkerMustGiveAValidSocialWorkEnglandNumber() {
        UUID council = directory.agencies().stream().filter(AgencyView::council).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> directory.registerPractitioner(new NewPractitioner(council, null, "Ada", "Lane",
                        "Social worker", Discipline.SOCIAL_WORKER, null, LocalDate.of(2020, 1, 1))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Social Work England");
        assertThatThrownBy(() -> directory.registerPractitioner(new NewPractitioner(council, null, "Ada", "Lane",
                        "Social worker", Discipline.SOCIAL_WORKER, "12345", LocalDate.of(2020, 1, 1))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> directory.registerPractitioner(new NewPractitioner(council, null, "Ada", "Lane",
                        "Social worker", Discipline.SOCIAL_WORKER, "SW1", LocalDate.now().plusDays(2))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("qualified");
        UUID id = directory.registerPractitioner(new NewPractitioner(council, null, "Ada", "Lane", "Social worker",
                Discipline.SOCIAL_WORKER, "sw 123456", LocalDate.of(2020, 1, 1)));
        assertThat(directory.practitioner(id)).get().satisfies(p -> {
            assertThat(p.sweRegistrationNumber()).isEqualTo("SW123456");
            assertThat(p.agencyName()).isEqualTo("Demo Borough Council Children's Services");
            assertThat(p.councilAgency()).isTrue();
        });
    }

    @Test
    void councilStaffSeeTheDirectoryAndPartnersDoNot() throws Exception {
        mvc.perform(get("/partnership").with(users.as("team.manager"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Demoshire Police")));
        UUID police = directory.agencyNamed("Demoshire Police").orElseThrow();
        mvc.perform(get("/partnership/agencies/" + police).with(users.as("analyst"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dan Mercer")));
        mvc.perform(get("/partnership").with(users.as("police.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/partnership").with(users.as("school.dsl"))).andExpect(status().isForbidden());
        mvc.perform(get("/partnership")).andExpect(status().is3xxRedirection());
    }
}
