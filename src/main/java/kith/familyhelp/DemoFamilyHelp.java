package kith.familyhelp;

import java.util.UUID;
import kith.access.RunAs;
import kith.access.UserAccounts;
import kith.shared.ConditionalOnDemo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Family Help for the demo: the referral the demo front door decided as Family Help is opened by the team
 * manager, with the health visitor as lead practitioner (so she has a family on her work tray).
 */
@Component
@ConditionalOnDemo
@Order(50)
class DemoFamilyHelp implements ApplicationRunner {

    private final RunAs runAs;
    private final FamilyHelpEpisodes episodes;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;

    DemoFamilyHelp(RunAs runAs, FamilyHelpEpisodes episodes, UserAccounts accounts, JdbcClient jdbc) {
        this.runAs = runAs;
        this.episodes = episodes;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM family_help_episode").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("SELECT id FROM referral WHERE decision = 'TARGETED_EARLY_HELP' LIMIT 1")
                .query(UUID.class)
                .optional()
                .ifPresent(referral -> runAs.call("team.manager", () -> {
                    EpisodeView episode = episodes.openFromReferral(referral);
                    return episodes.allocateLead(episode.id(), episode.version(),
                            accounts.loadUserByUsername("health.visitor").practitionerId());
                }));
    }
}
