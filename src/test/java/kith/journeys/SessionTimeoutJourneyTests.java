package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.support.Sessions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "A session that ends loses work and misleads", fixed: a health visitor writing up a visit is warned before her
 * session ends and stays signed in from the keyboard; when the session ends anyway (as after twelve hours, or a
 * restart), the page says honestly that her draft was not saved and keeps what she typed, including what she typed
 * after the end; signing in again brings all of it back, and she records the visit. Then, warned again and doing
 * nothing, she is signed out and told so. The sessions are given a few seconds' idle timeout here, one at a time,
 * rather than the thirty minutes of application.yml.
 */
@KithTest
class SessionTimeoutJourneyTests {

    static final String DIALOG_OPEN = "return document.getElementById('kith-timeout').open";
    static final String KEPT_ON_THE_DEVICE = "return Object.keys(localStorage).filter(k => k.startsWith('kith.draft.'))"
            + ".map(k => localStorage.getItem(k)).join()";

    @LocalServerPort int port;
    @Autowired FamilyHelpMother mother;
    @Autowired Sessions sessions;

    @Test
    void warnedSheStaysSignedInAndWhatSheTypedAfterTheSessionEndedComesBackWhenSheSignsInAgain() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Skye", "Timewell", ReferralDecision.TARGETED_EARLY_HELP);
        String form = "/family-help/" + episode.id() + "/visits/new";
        try (Browser browser = new Browser(port)) {
            browser.signIn("health.visitor");
            // Twelve seconds idle for this session: the page warns halfway through.
            sessions.of(browser.cookie("KITH_SESSION")).setMaxInactiveInterval(12);
            browser.open(form);
            browser.assertShows("Record a visit");

            browser.waitUntil(15, DIALOG_OPEN);
            browser.assertShows("You’re about to be signed out", "For your security, we will sign you out in",
                    "Stay signed in");
            assertThat(browser.script("return document.activeElement.id")).as("focus is in the warning")
                    .isEqualTo("kith-timeout-stay");
            browser.assertAccessible();
            browser.press(Keys.ENTER);
            browser.waitUntil(5, "return !document.getElementById('kith-timeout').open");

            browser.type("whatWasSaid", "Skye showed me the garden she planted");
            browser.assertShows("Draft saved at");

            // The session ends on the server while the page is open; she goes on typing.
            sessions.of(browser.cookie("KITH_SESSION")).invalidate();
            browser.typeMore("whatWasSaid", ". Mum says the boiler is fixed");
            browser.assertShows("Your draft was not saved: you have been signed out. What you typed is kept on this "
                    + "device; sign in again to carry on.");
            assertThat(browser.script(KEPT_ON_THE_DEVICE)).asString().contains("Mum says the boiler is fixed");
            browser.assertAccessible();
            // Recording it now would fail: the page says so rather than sending it.
            browser.clickButton("Record visit");
            assertThat(browser.path()).isEqualTo(form);

            browser.clickLink("sign in again");
            browser.assertShows("For your security, we signed you out", "Sign in again to carry on");
            browser.assertAccessible();
            browser.signInHere("health.visitor");
            browser.assertShows("Record a visit", "We brought back what you typed on this device");
            assertThat(browser.path()).as("back where she was").startsWith(form);
            assertThat(browser.valueOf("whatWasSaid"))
                    .isEqualTo("Skye showed me the garden she planted. Mum says the boiler is fixed");
            // Kith has it now, so the device need not keep it.
            browser.assertShows("Draft saved at");
            browser.waitUntil(5, "return " + KEPT_ON_THE_DEVICE.substring("return ".length()) + " === ''");

            browser.select("kind", "Home visit");
            browser.choose("childSeenAlone");
            browser.type("whoWasSeen", "Skye and her mum");
            browser.clickButton("Record visit");
            browser.assertShows("The visit has been recorded");
            assertThat(browser.script(KEPT_ON_THE_DEVICE)).isEqualTo("");
            browser.click(By.cssSelector("#visits a[href^='/family-help/visits/']"));
            browser.assertShows("Skye showed me the garden she planted. Mum says the boiler is fixed",
                    "Skye and her mum");

            // Warned again, she does nothing: she is signed out, and the sign-in page says why.
            sessions.of(browser.cookie("KITH_SESSION")).setMaxInactiveInterval(6);
            browser.open(form);
            browser.waitUntil(10, DIALOG_OPEN);
            browser.waitUntil(10, "return location.pathname === '/sign-in'");
            browser.assertShows("For your security, we signed you out");
        }
    }
}
