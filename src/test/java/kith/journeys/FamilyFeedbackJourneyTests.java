package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kith.KithTest;
import kith.insights.voice.VoiceMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A family gives feedback on a phone: they open the link their practitioner gave them (no account), send it with a
 * question unanswered and are shown where, answer everything, are thanked, and find the link refused when they open
 * it again. The page fits a 375 pixel wide screen, and passes axe on the form, its errors and the thank-you page.
 */
@KithTest
class FamilyFeedbackJourneyTests {

    @LocalServerPort int port;
    @Autowired VoiceMother voice;

    @Test
    void aFamilyAnswersOnAPhoneOnceAndTheLinkIsThenRefused() throws Exception {
        String link = voice.link("social.worker", voice.invited("social.worker", List.of(voice.child("Linden", "Phoneby"))));
        try (Browser browser = new Browser(port)) {
            browser.phoneWidth();
            browser.open(VoiceMother.path(link));
            browser.assertShows("Tell us how the help has been", "I felt listened to");
            assertThat(browser.text()).doesNotContain("Linden", "Phoneby", "Sign out");
            assertThat(browser.fitsTheWidth()).as("the form fits a phone's screen").isTrue();
            browser.assertAccessible();

            browser.choose("listened");
            browser.submit("Send your answers");
            assertThat(browser.errorSummary()).containsExactly(
                    "Select how much you agree that things were explained in a way you understood",
                    "Select how much you agree that the help has made things better for your family");
            assertThat(browser.isChecked("listened")).as("what was chosen is still there").isTrue();
            assertThat(browser.fitsTheWidth()).isTrue();
            browser.assertAccessible();

            browser.choose("explained-AGREE");
            browser.choose("better-NOT_SURE");
            browser.type("comments", "Thank you for listening to us.");
            browser.submit("Send your answers");
            browser.assertShows("Thank you", "We have your answers");
            assertThat(browser.fitsTheWidth()).isTrue();
            browser.assertAccessible();

            browser.open(VoiceMother.path(link));
            browser.assertShows("This link has already been used");
            browser.assertAccessible();
        }
    }
}
