package kith.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a practitioner's record says of their experience and registration, for rules such as who may lead child protection. */
class PractitionerViewTests {

    private static PractitionerView practitioner(Discipline discipline, String swe, LocalDate qualified) {
        return new PractitionerView(UUID.randomUUID(), "Ada", "Lane", "Social worker", discipline, swe, qualified,
                UUID.randomUUID(), "Council", AgencyKind.COUNCIL, true, null, null, null);
    }

    @Test
    void yearsQualifiedAreWholeYearsCompletedOnTheDay() {
        PractitionerView ada = practitioner(Discipline.SOCIAL_WORKER, "SW1", LocalDate.of(2019, 7, 1));
        assertThat(ada.yearsQualifiedOn(LocalDate.of(2026, 6, 30))).isEqualTo(6);
        assertThat(ada.yearsQualifiedOn(LocalDate.of(2026, 7, 1))).isEqualTo(7);
        assertThat(ada.yearsQualifiedOn(LocalDate.of(2019, 7, 1))).isZero();
        assertThat(ada.yearsQualifiedOn(LocalDate.of(2019, 6, 30))).as("before qualifying").isZero();
        // Qualified on 29 February: in a year without one, the year is completed on 1 March (as an age is in England).
        PractitionerView leap = practitioner(Discipline.SOCIAL_WORKER, "SW1", LocalDate.of(2020, 2, 29));
        assertThat(leap.yearsQualifiedOn(LocalDate.of(2021, 2, 28))).isZero();
        assertThat(leap.yearsQualifiedOn(LocalDate.of(2021, 3, 1))).isEqualTo(1);
        assertThat(practitioner(Discipline.SOCIAL_WORKER, "SW1", null).yearsQualifiedOn(LocalDate.of(2026, 1, 1)))
                .as("date qualified not recorded").isZero();
    }

    @Test
    void aRegisteredSocialWorkerIsASocialWorkerWithASocialWorkEnglandNumber() {
        assertThat(practitioner(Discipline.SOCIAL_WORKER, "SW104233", null).registeredSocialWorker()).isTrue();
        assertThat(practitioner(Discipline.SOCIAL_WORKER, null, null).registeredSocialWorker()).isFalse();
        assertThat(practitioner(Discipline.SOCIAL_WORKER, " ", null).registeredSocialWorker()).isFalse();
        assertThat(practitioner(Discipline.FAMILY_SUPPORT_WORKER, "SW104233", null).registeredSocialWorker()).isFalse();
        assertThat(practitioner(Discipline.SAFEGUARDING_NURSE, null, null).registeredSocialWorker()).isFalse();
    }
}
