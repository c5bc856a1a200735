package kith.familyhelp.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kith.access.RecordAccess;
import kith.familyhelp.AssessmentView;
import kith.familyhelp.Assessments;
import kith.familyhelp.EpisodeKind;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.ReasonForClosure;
import kith.familyhelp.Visits;
import kith.familyhelp.web.EpisodeForms.AssessmentStartForm;
import kith.familyhelp.web.EpisodeForms.CloseForm;
import kith.familyhelp.web.EpisodeForms.LeadForm;
import kith.familyhelp.web.EpisodeForms.ReviewForm;
import kith.familyhelp.web.EpisodeForms.StepUpForm;
import kith.familyhelp.web.EpisodeForms.TeamForm;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.web.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The Family Help episode page's model: the family, who works with them, the assessments, the plan and its reviews,
 * visits and the manager's decisions, each form with what was typed in it when it was refused (or empty). Shown
 * by the page's own handler and again by any handler of its forms.
 */
@Component
class EpisodePage {

    private final FamilyHelpEpisodes episodes;
    private final Assessments assessments;
    private final FamilyPlans plans;
    private final Visits visits;
    private final Identities identities;
    private final RecordAccess access;

    EpisodePage(FamilyHelpEpisodes episodes, Assessments assessments, FamilyPlans plans, Visits visits,
            Identities identities, RecordAccess access) {
        this.identities = identities;
        this.episodes = episodes;
        this.assessments = assessments;
        this.plans = plans;
        this.visits = visits;
        this.access = access;
    }

    String show(UUID id, Model model) {
        EpisodeView episode = episodes.open(id);
        boolean manager = access.mayManageFamilyHelp();
        List<AssessmentView> ofEpisode = assessments.forEpisode(id);
        model.addAttribute("episode", episode);
        model.addAttribute("assessments", ofEpisode);
        model.addAttribute("plan", plans.currentFor(id).orElse(null));
        List<Visits.VisitView> recorded = visits.forEpisode(id);
        model.addAttribute("visits", recorded);
        model.addAttribute("seen", whoWasSeen(recorded));
        model.addAttribute("manager", manager);
        // Child protection's page of this family, by address only (Family Help cannot depend on protection): for the
        // council, who may open every child here; partners reach child protection only through their place in it.
        model.addAttribute("childProtection", episode.steppedUpOn() != null && !access.isPartner()
                ? "/child-protection/episodes/" + episode.id() : null);
        model.addAttribute("lead", episode.leadPractitionerId() != null
                && episode.leadPractitionerId().equals(access.currentPractitioner()));
        model.addAttribute("practitioners", manager ? Option.of(episodes.practitioners(), p -> p.id().toString(),
                p -> p.fullName() + ", " + p.discipline().label() + ", " + p.agencyName()) : List.of());
        // DfE CIN rule 8896: one open assessment per child, so only the children without one are offered.
        model.addAttribute("toAssess", Option.of(episode.children().stream()
                .filter(child -> child.id() != null && ofEpisode.stream()
                        .noneMatch(a -> a.childId().equals(child.id()) && !a.completed()))
                .toList(), child -> child.id().toString(), EpisodeView.Person::name));
        model.addAttribute("reasons", reasons(episode.kind()));
        model.addAttribute("usualReasons", String.join(", ", ReasonForClosure.usualFor(episode.kind(), true).stream()
                .map(Enum::name).toList()));
        defaults(model, episode);
        return "familyhelp/episode";
    }

    /** Every closure reason, those not usual for the work said to be so (the rule is ReasonForClosure's). */
    private static List<Option> reasons(EpisodeKind kind) {
        return Option.of(ReasonForClosure.values(), reason -> reason.name() + " " + reason.label()
                + (reason.usualFor(kind) ? "" : " (not usual for " + kind.label().toLowerCase(java.util.Locale.UK) + ")"));
    }

    /**
     * Who was seen at each visit, in words: the children and family chosen, as people's Identities let the user be
     * shown them ("Restricted record" for one withheld from them), then anyone written in.
     */
    private Map<UUID, String> whoWasSeen(List<Visits.VisitView> recorded) {
        List<UUID> people = recorded.stream()
                .flatMap(v -> Stream.concat(v.childrenSeen().stream(), v.familySeen().stream()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, Identity> shown = people.isEmpty() ? Map.of() : identities.show(people, "visits");
        Map<UUID, String> seen = new HashMap<>();
        for (Visits.VisitView visit : recorded) {
            List<String> who = new ArrayList<>();
            Stream.concat(visit.childrenSeen().stream(), visit.familySeen().stream())
                    .map(id -> id != null && shown.containsKey(id) ? shown.get(id).name() : Identity.RESTRICTED_RECORD)
                    .forEach(who::add);
            if (visit.whoWasSeen() != null) {
                who.add(visit.whoWasSeen());
            }
            seen.put(visit.id(), String.join(", ", who));
        }
        return seen;
    }

    private static void defaults(Model model, EpisodeView episode) {
        if (!model.containsAttribute("leadForm")) {
            model.addAttribute("leadForm", new LeadForm(episode.version(),
                    episode.leadPractitionerId() == null ? null : episode.leadPractitionerId().toString()));
        }
        if (!model.containsAttribute("teamForm")) {
            model.addAttribute("teamForm", new TeamForm(episode.version(), null, null));
        }
        if (!model.containsAttribute("assessmentStartForm")) {
            model.addAttribute("assessmentStartForm", new AssessmentStartForm(null));
        }
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm(null, null, null, null, null, null));
        }
        if (!model.containsAttribute("stepUpForm")) {
            model.addAttribute("stepUpForm", new StepUpForm(episode.version(), null));
        }
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", new CloseForm(episode.version(), null, null, null));
        }
    }
}
