package kith.insights.measures;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kith.familyhelp.FamilyHelpHistory;
import kith.familyhelp.FamilyHelpHistory.PrimaryNeedFrom;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.people.ChildDemographicsHistory;
import kith.people.ChildDemographicsHistory.Demographics;
import org.springframework.stereotype.Component;

/**
 * The slicing dimensions of a fact on its day: the practitioner's team and agency (from the partnership directory,
 * as they are when the fact is recorded), the child's age band, sex, ethnicity and disability (from people), and the
 * primary need of the child's latest assessment completed by the fact's day (from Family Help).
 */
@Component
class Dimensions {

    /** A fact's dimensions; any may be null when unknown. */
    record Of(UUID teamId, String teamName, String agencyName, String ageBand, String sex, String ethnicity,
            String disability, String primaryNeed) {}

    /** Who leads the work, as a fact's team and agency. */
    record Team(UUID teamId, String teamName, String agencyName) {
        static final Team NONE = new Team(null, null, null);
    }

    private final PartnershipDirectory partnership;
    private final ChildDemographicsHistory demographics;

    /** Lookups kept for the length of a rebuild, which asks about the same practitioners and children again and again. */
    private final ThreadLocal<Map<UUID, Team>> teams = new ThreadLocal<>();
    private final ThreadLocal<Map<UUID, Optional<Demographics>>> children = new ThreadLocal<>();
    private final ThreadLocal<Map<UUID, List<PrimaryNeedFrom>>> needs = new ThreadLocal<>();
    private final FamilyHelpHistory familyHelp;

    Dimensions(PartnershipDirectory partnership, ChildDemographicsHistory demographics, FamilyHelpHistory familyHelp) {
        this.partnership = partnership;
        this.demographics = demographics;
        this.familyHelp = familyHelp;
    }

    /** Runs {@code work} remembering each practitioner's team and each child's demographics once looked up. */
    void remembering(Runnable work) {
        teams.set(new HashMap<>());
        children.set(new HashMap<>());
        needs.set(new HashMap<>());
        try {
            work.run();
        } finally {
            teams.remove();
            children.remove();
            needs.remove();
        }
    }

    Team team(UUID practitionerId) {
        if (practitionerId == null) {
            return Team.NONE;
        }
        Map<UUID, Team> known = teams.get();
        if (known != null && known.containsKey(practitionerId)) {
            return known.get(practitionerId);
        }
        Optional<PractitionerView> practitioner = partnership.practitioner(practitionerId);
        Team team = practitioner.map(p -> new Team(p.teamId(), p.teamName(), p.agencyName())).orElse(Team.NONE);
        if (known != null) {
            known.put(practitionerId, team);
        }
        return team;
    }

    private Optional<Demographics> demographics(UUID childId) {
        Map<UUID, Optional<Demographics>> known = children.get();
        return known == null ? demographics.of(childId) : known.computeIfAbsent(childId, demographics::of);
    }

    Of of(UUID childId, LocalDate on, UUID practitionerId) {
        Team team = team(practitionerId);
        Optional<Demographics> child = demographics(childId);
        return new Of(team.teamId(), team.teamName(), team.agencyName(),
                child.map(c -> ageBand(c.dateOfBirth(), c.expectedDateOfBirth(), on)).orElse(null),
                child.map(Demographics::sex).orElse(null), child.map(Demographics::ethnicity).orElse(null),
                child.map(c -> c.disabled() ? "ANY" : "NONE").orElse(null), primaryNeed(childId, on));
    }

    /** The primary need of the child's latest assessment completed on or before {@code on}, or null. */
    String primaryNeed(UUID childId, LocalDate on) {
        if (childId == null || on == null) {
            return null;
        }
        Map<UUID, List<PrimaryNeedFrom>> known = needs.get();
        List<PrimaryNeedFrom> recorded = known == null ? familyHelp.primaryNeedsOf(childId)
                : known.computeIfAbsent(childId, familyHelp::primaryNeedsOf);
        String need = null;
        for (PrimaryNeedFrom each : recorded) {
            if (!each.from().isAfter(on)) {
                need = each.code();
            }
        }
        return need;
    }

    /** The DfE's age bands on a day; unborn before the birth (or with only an expected date). */
    static String ageBand(LocalDate born, LocalDate expected, LocalDate on) {
        if (on == null) {
            return null;
        }
        if (born == null) {
            return expected == null ? null : "Unborn";
        }
        if (born.isAfter(on)) {
            return "Unborn";
        }
        int years = Period.between(born, on).getYears();
        if (years < 1) {
            return "Under 1";
        } else if (years < 5) {
            return "1 to 4";
        } else if (years < 10) {
            return "5 to 9";
        } else if (years < 16) {
            return "10 to 15";
        }
        return "16 and over";
    }
}
