package kith.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.networks.Kinship.ArrangementType;
import kith.networks.Kinship.Evidence;
import kith.networks.Kinship.NewArrangement;
import kith.networks.Kinship.NewOption;
import kith.people.PersonManagement;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.support.PersonMother;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Kinship care's rules against PostgreSQL: the network's options before a placement outside it, a carer from the
 * child's network, and the kinship allowance pilot's checklist.
 */
@KithTest
class KinshipCareTests {

    @Autowired KinshipCare kinship;
    @Autowired SupportPackagesMother mother;
    @Autowired PersonManagement people;
    @Autowired Relationships relationships;
    @Autowired Users users;

    private static String problems(Throwable e) {
        return ((InvalidInput) e).problems().toString();
    }

    private UUID adult(String given, String family) {
        return users.call("social.worker", () -> people.create(PersonMother.adult().withGivenName(given)
                .withFamilyName(family).details()).id());
    }

    @Test
    void aPlacementOutsideTheNetworkIsRefusedUntilTheNetworksOptionsAreRecorded() {
        UUID child = mother.childOpenToFamilyHelp("Kit", "Optionsfirst");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertThatThrownBy(() -> users.call("social.worker",
                () -> kinship.placeOutsideTheNetwork(child, yesterday, "No one could care for Kit")))
                .satisfies(e -> assertThat(problems(e)).contains(
                        "Record the network options considered before a placement outside the network"));

        assertThatThrownBy(() -> users.call("social.worker", () -> kinship.considerOption(child,
                new NewOption(null, " ", null, null, " "))))
                .satisfies(e -> assertThat(problems(e)).contains("Enter who was considered",
                        "Enter the date they were considered", "Select whether the option was taken up",
                        "Write why the option was or was not taken up"));
        users.call("social.worker", () -> kinship.considerOption(child, new NewOption(null, "Aunt Rosa", yesterday,
                false, "Rosa works nights and cannot care for Kit full-time")));
        assertThat(users.call("social.worker", () -> kinship.options(child)))
                .extracting(Kinship.Option::who).containsExactly("Aunt Rosa");
        assertThat(users.call("social.worker",
                () -> kinship.placeOutsideTheNetwork(child, yesterday, "No one in the network could care for Kit")))
                .isNotNull();
        assertThatThrownBy(() -> users.call("health.visitor", () -> kinship.options(child)))
                .isInstanceOf(AccessRefused.class);
    }

    @Test
    void theCarerIsSomeoneInTheChildsNetwork() {
        UUID child = mother.childOpenToFamilyHelp("Lu", "Carerson");
        UUID stranger = adult("Sam", "Stranger");
        NewArrangement withStranger = new NewArrangement(ArrangementType.SPECIAL_GUARDIANSHIP_ORDER, stranger,
                LocalDate.now().minusDays(2), null, List.of(1), new Evidence(false, true, false, false, false));
        assertThatThrownBy(() -> users.call("social.worker", () -> kinship.arrange(child, withStranger)))
                .satisfies(e -> assertThat(problems(e)).contains("The carer must be someone in the child’s network"));

        UUID aunt = adult("Mo", "Carerson");
        users.run("social.worker", () -> relationships.relate(child, aunt, RelationshipType.AUNT_OR_UNCLE));
        Kinship.Arrangement arrangement = users.call("social.worker", () -> kinship.arrange(child,
                new NewArrangement(ArrangementType.SPECIAL_GUARDIANSHIP_ORDER, aunt, LocalDate.now().minusDays(2),
                        null, List.of(1, 4), new Evidence(false, true, false, false, false))));
        assertThat(arrangement.carerName()).isEqualTo("Mo Carerson");
        assertThat(arrangement.offers()).extracting(Kinship.LocalOffer::name)
                .containsExactly("Kinship carer peer support group", "Financial and benefits advice");
        assertThat(arrangement.allowance().eligible()).isTrue();
        assertThatThrownBy(() -> users.call("social.worker", () -> kinship.arrange(child,
                new NewArrangement(ArrangementType.INFORMAL, aunt, LocalDate.now(), null, List.of(99), null))))
                .satisfies(e -> assertThat(problems(e)).contains("Select support from the kinship local offer"));
    }

    @Test
    void theAllowanceChecklistSaysWhatIsMetAndWhatIsMissing() {
        Evidence none = new Evidence(false, false, false, false, false);
        Evidence fgdm = new Evidence(false, false, false, true, false);
        Kinship.AllowanceCheck informal = Kinship.allowance(ArrangementType.INFORMAL, fgdm);
        assertThat(informal.eligible()).as("informal carers without an order are not eligible").isFalse();
        assertThat(informal.missing()).extracting(Kinship.Check::what)
                .contains("A special guardianship order or a ‘lives with’ child arrangements order");
        assertThat(Kinship.allowance(ArrangementType.KINSHIP_FOSTER_CARE, fgdm).eligible()).isFalse();
        assertThat(Kinship.allowance(ArrangementType.CHILD_ARRANGEMENTS_ORDER, fgdm).eligible()).isTrue();
        Kinship.AllowanceCheck noEvidence = Kinship.allowance(ArrangementType.SPECIAL_GUARDIANSHIP_ORDER, none);
        assertThat(noEvidence.eligible()).as("an order alone is not enough").isFalse();
        assertThat(noEvidence.checks()).hasSize(6).filteredOn(Kinship.Check::met).hasSize(1);
        assertThat(Kinship.allowance(ArrangementType.SPECIAL_GUARDIANSHIP_ORDER,
                new Evidence(false, false, false, false, true)).eligible()).as("both parents dead").isTrue();
    }
}
