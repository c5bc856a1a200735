package kith.insights.census;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.FamilyHelpForReturns;
import kith.familyhelp.FamilyHelpForReturns.EpisodeFacts;
import kith.frontdoor.ReferralsForReturns;
import kith.frontdoor.ReferralsForReturns.ReferralFacts;
import kith.networks.PreProceeding.CinPreProceedings;
import kith.networks.PreProceedingsCensus;
import kith.people.ChildrenForReturns;
import kith.people.ChildrenForReturns.ChildFacts;
import kith.protection.ProtectionForReturns;
import kith.shared.LocalAuthority;
import kith.shared.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Kith's Children in Need census: the children of a collection year assembled from the modules' own services, a
 * batch at a time (each module asked once per batch), so that memory stays flat however many children the return
 * holds. Only the ids of the year's children are held whole (16 bytes each). Each batch is audited once, naming the
 * children included as ids: making a return does not open anyone's record.
 */
@Service
public class KithCensus {

    /** Children per batch: each module answers for this many in one query. */
    static final int BATCH = 500;

    private final ChildrenForReturns children;
    private final ReferralsForReturns referrals;
    private final FamilyHelpForReturns familyHelp;
    private final ProtectionForReturns protection;
    private final PreProceedingsCensus preProceedings;
    private final CensusSettings settings;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final LocalAuthority authority;
    private final Today today;
    private final String release;

    KithCensus(ChildrenForReturns children, ReferralsForReturns referrals, FamilyHelpForReturns familyHelp,
            ProtectionForReturns protection, PreProceedingsCensus preProceedings, CensusSettings settings,
            RecordAccess access, AuditTrail audit, LocalAuthority authority, Today today,
            @Value("${kith.version:0.1.0}") String release) {
        this.children = children;
        this.referrals = referrals;
        this.familyHelp = familyHelp;
        this.protection = protection;
        this.preProceedings = preProceedings;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.authority = authority;
        this.today = today;
        this.release = release;
    }

    /** The Header: the CIN collection of the year ending 31 March, from this council, made by Kith now. */
    public CensusHeader header(CollectionYear year) {
        access.check(Permission.MAKE_RETURNS);
        return new CensusHeader("CIN", String.valueOf(year.ending()), year.end(), "L", authority.code(), "Kith",
                release, "001", LocalDateTime.ofInstant(today.now(), Today.LONDON).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Every child of the year's return, in order of their person id. */
    public void forEachChild(CollectionYear year, Consumer<CensusChild> each) {
        Scope scope = scope(year);
        forEachChild(scope, each);
    }

    /**
     * The children who may be in the year's return, in order: those referred in the year, and those in
     * child-in-need work at any time in it (which includes everyone open on 1 April). A few of them may have nothing
     * to return (a referral still undecided), so the return can hold fewer.
     */
    public Scope scope(CollectionYear year) {
        access.check(Permission.MAKE_RETURNS);
        Set<UUID> ids = new HashSet<>(referrals.childrenReferred(year.start(), year.end()));
        ids.addAll(familyHelp.childrenInNeed(year.start(), year.end()));
        List<UUID> ordered = new ArrayList<>(ids);
        ordered.sort(null);
        return new Scope(year, List.copyOf(ordered), settings.setting().preProceedingsBlock());
    }

    /** The year's children, whether the 2026-27 block is included (read once, so one export is consistent). */
    public record Scope(CollectionYear year, List<UUID> childIds, boolean preProceedingsBlock) {}

    /** Assembles each child of the scope, a batch at a time; returns how many children were in the return. */
    public int forEachChild(Scope scope, Consumer<CensusChild> each) {
        return assemble(scope, assembled -> each.accept(assembled.child()));
    }

    /**
     * A child's return with the ids of their front-door referrals, so that a failure in an episode of need can be
     * traced to the record it came from (a Family Help episode, or a referral that went no further).
     */
    record Assembled(CensusChild child, Set<UUID> referralIds) {}

    int assemble(Scope scope, Consumer<Assembled> each) {
        access.check(Permission.MAKE_RETURNS);
        CollectionYear year = scope.year();
        int returned = 0;
        for (int from = 0; from < scope.childIds().size(); from += BATCH) {
            List<UUID> batch = scope.childIds().subList(from, Math.min(from + BATCH, scope.childIds().size()));
            Map<UUID, ChildFacts> people = children.ofChildren(batch);
            Map<UUID, List<ReferralFacts>> referred = referrals.ofChildren(batch, year.end());
            Map<UUID, List<EpisodeFacts>> episodes = familyHelp.ofChildren(batch, year.end());
            Map<UUID, ProtectionForReturns.ChildFacts> protected_ = protection.ofChildren(batch, year.end());
            Map<UUID, List<CinPreProceedings>> pp = scope.preProceedingsBlock()
                    ? preProceedings.forChildren(batch, year.end()) : Map.of();
            List<Assembled> assembled = new ArrayList<>(batch.size());
            for (UUID id : batch) {
                List<ReferralFacts> theirs = referred.getOrDefault(id, List.of());
                CensusMapping.child(new CensusMapping.Facts(people.get(id), theirs, episodes.get(id),
                        protected_.get(id), pp.get(id)), year, scope.preProceedingsBlock())
                        .ifPresent(child -> assembled.add(new Assembled(child,
                                theirs.stream().map(ReferralFacts::id).collect(java.util.stream.Collectors.toSet()))));
            }
            if (!assembled.isEmpty()) {
                audit.record(AuditRecord.allowed("CIN_CENSUS_CHILDREN_INCLUDED",
                        assembled.stream().map(a -> a.child().personId()).toList()).withDetail(year.toString()));
            }
            assembled.forEach(each);
            returned += assembled.size();
        }
        return returned;
    }
}
