package kith.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.people.PersonManagement;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DfE: a re-referral is a referral within 12 months of a previous referral for the same child
 * (FAMILIES_FIRST.md 6.3). Kith's boundary is inclusive: a referral exactly 12 months earlier counts.
 */
@KithTest
class ReReferralTests {

    @Autowired Users users;
    @Autowired PersonManagement people;
    @Autowired Contacts contacts;
    @Autowired Screening screening;
    @Autowired Referrals referrals;
    @Autowired JdbcClient jdbc;

    static final LocalDate BORN = LocalDate.of(2016, 4, 2);

    private UUID child(String family) {
        return FrontDoorMother.knownChild(users, people, "Rowan", family, BORN);
    }

    private UUID contactFor(UUID child, String family) {
        return users.call("front.door", () -> {
            ContactView contact = contacts.record(FrontDoorMother.contactAbout("Rowan", family, BORN,
                    "Worry " + UUID.randomUUID()), false);
            screening.link(contact.id(), 0, 0, child);
            return contact.id();
        });
    }

    /** A referral received on a given date (back-dated receipt, as when loading history). */
    private UUID referralOn(UUID child, String family, LocalDate on) {
        UUID contact = contactFor(child, family);
        return users.call("front.door", () -> referrals.receive(contact, child, on, "2A"));
    }

    private boolean isReReferral(UUID referral) {
        return jdbc.sql("SELECT re_referral FROM referral WHERE id = :id").param("id", referral).query(Boolean.class).single();
    }

    @Test
    void aReferralExactlyTwelveMonthsAfterAnotherIsARepeat() {
        UUID child = child("Ashcombe");
        // Dated before April 2024: the measures' acceptance test counts every referral from then to October 2025.
        referralOn(child, "Ashcombe", LocalDate.of(2022, 6, 15));
        assertThat(isReReferral(referralOn(child, "Ashcombe", LocalDate.of(2023, 6, 15)))).isTrue();
    }

    @Test
    void aReferralTwelveMonthsAndADayAfterAnotherIsNotARepeat() {
        UUID child = child("Birchwood");
        referralOn(child, "Birchwood", LocalDate.of(2022, 6, 14));
        assertThat(isReReferral(referralOn(child, "Birchwood", LocalDate.of(2023, 6, 15)))).isFalse();
    }

    @Test
    void aLeapDayReferralIsComparedByCalendarMonths() {
        UUID child = child("Coldharbour");
        referralOn(child, "Coldharbour", LocalDate.of(2023, 2, 28));
        // 12 months before 29 February 2024 is 28 February 2023: still within.
        assertThat(isReReferral(referralOn(child, "Coldharbour", LocalDate.of(2024, 2, 29)))).isTrue();
    }

    @Test
    void theFirstReferralIsNotARepeatAndTheRepeatNamesThePrevious() {
        UUID child = child("Dunmore");
        UUID first = referralOn(child, "Dunmore", LocalDate.of(2026, 1, 10));
        UUID second = referralOn(child, "Dunmore", LocalDate.of(2026, 9, 1));
        assertThat(isReReferral(first)).isFalse();
        assertThat(isReReferral(second)).isTrue();
        assertThat(jdbc.sql("SELECT previous_referral_id FROM referral WHERE id = :id").param("id", second)
                .query(UUID.class).single()).isEqualTo(first);
    }

    @Test
    void aContactThatDidNotBecomeAReferralNeverMakesARepeat() {
        UUID child = child("Elmstead");
        UUID closed = contactFor(child, "Elmstead");
        users.run("front.door", () -> screening.closeWithoutReferral(closed, 1, ReferralDecision.INFORMATION_AND_ADVICE,
                "Advice given to the school about local parenting support"));
        UUID referral = FrontDoorMother.referralFor(users, contacts, screening, child, "Rowan", "Elmstead", BORN);
        assertThat(isReReferral(referral)).isFalse();
    }

    @Test
    void anotherChildsReferralDoesNotMakeARepeat() {
        UUID sibling = child("Fairfield");
        UUID child = child("Fairfield");
        referralOn(sibling, "Fairfield", LocalDate.of(2026, 3, 1));
        assertThat(isReReferral(referralOn(child, "Fairfield", LocalDate.of(2026, 4, 1)))).isFalse();
    }
}
