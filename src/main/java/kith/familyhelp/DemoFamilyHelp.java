package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.RunAs;
import kith.access.UserAccounts;
import kith.frontdoor.ReferralView;
import kith.frontdoor.Referrals;
import kith.people.PeopleSearch;
import kith.people.SearchCriteria;
import kith.shared.ConditionalOnDemo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Family Help for the demo: the referral the demo front door decided as Family Help (Milo Carrow) is opened by
 * the team manager, with the health visitor as lead practitioner (so she has a family on her work tray); she
 * agrees to lead, starts the assessment, writes the family plan with Milo's mother and records a home visit.
 */
@Component
@ConditionalOnDemo
@Order(50)
class DemoFamilyHelp implements ApplicationRunner {

    private final RunAs runAs;
    private final FamilyHelpEpisodes episodes;
    private final Assessments assessments;
    private final FamilyPlans plans;
    private final Visits visits;
    private final UserAccounts accounts;
    private final PeopleSearch search;
    private final Referrals referrals;
    private final JdbcClient jdbc;

    DemoFamilyHelp(RunAs runAs, FamilyHelpEpisodes episodes, Assessments assessments, FamilyPlans plans, Visits visits,
            UserAccounts accounts, PeopleSearch search, Referrals referrals, JdbcClient jdbc) {
        this.runAs = runAs;
        this.episodes = episodes;
        this.assessments = assessments;
        this.plans = plans;
        this.visits = visits;
        this.accounts = accounts;
        this.search = search;
        this.referrals = referrals;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM family_help_episode").query(Long.class).single() > 0) {
            return;
        }
        // Milo Carrow's referral, decided as Family Help, found as the team manager would find it.
        runAs.call("team.manager", () -> search.search(new SearchCriteria(null, null, "9999990029")).stream()
                        .findFirst()
                        .flatMap(milo -> referrals.history(milo.id()).stream()
                                .filter(r -> r.decision() != null && r.decision().opensFamilyHelp())
                                .findFirst()))
                .map(ReferralView::id)
                .ifPresent(referral -> {
                    EpisodeView episode = runAs.call("team.manager", () -> {
                        EpisodeView opened = episodes.openFromReferral(referral);
                        return episodes.allocateLead(opened.id(), opened.version(),
                                accounts.loadUserByUsername("health.visitor").practitionerId());
                    });
                    runAs.call("health.visitor", () -> work(episodes.agreeToLead(episode.id(), episode.version())));
                });
    }

    private UUID work(EpisodeView episode) {
        UUID child = episode.children().get(0).id();
        LocalDate today = episodes.today();
        assessments.start(episode.id(), child, today);
        plans.agree(episode.id(), new PlanContent("Mum is exhausted and isolated since the move; the flat is cold.",
                "Mum and Milo are close; Milo is meeting his milestones.",
                List.of("Milo's home is warm and there is enough food", "Mum has support she trusts"),
                List.of(new PlanContent.Action(0, "Apply for the household support fund", "Health visitor",
                                ActionOwner.PRACTITIONER, today.plusWeeks(2), ActionProgress.IN_PROGRESS),
                        new PlanContent.Action(1, "Go to the Tuesday parent and toddler group", "Mum",
                                ActionOwner.PARENT, today.plusWeeks(3), ActionProgress.NOT_STARTED)),
                3), false);
        return visits.record(episode.id(), new Visits.VisitRecord(today, "HOME_VISIT", List.of(child), false,
                "Milo and his mum", "Mum said she is sleeping better. Milo was playing and babbling.",
                "Check on the fund application next week."));
    }
}
