package kith.people.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.people.Identities;
import kith.people.Identity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests people Kith already knows who may be the child a referrer describes, each with its strength
 * (strong or possible), its reasons and what differs.
 *
 * <p>Two steps: {@link Candidates} gathers the people worth scoring through indexes, and {@link Scoring} scores
 * each on every field. Suggestions in either band are shown, strong first, best first, at most
 * {@link #SUGGESTIONS}. Measured over a million people, on FEBRL 4 and on referrals with several slips at once
 * in docs/benchmarks/person-matching.md.
 *
 * <p>The only public way in is {@link #suggest}, which applies the access policy; the unchecked matching is
 * package-private, for this package's benchmarks.
 */
@Service
public class PersonMatcher {

    /** How many suggestions a screener is shown at most. */
    public static final int SUGGESTIONS = 10;

    private final Candidates candidates;
    private final KnownNameVariants variants;
    private final RecordAccess access;
    private final Identities identities;
    private final AuditTrail audit;

    PersonMatcher(JdbcClient jdbc, KnownNameVariants variants, RecordAccess access, Identities identities,
            AuditTrail audit) {
        this.candidates = new Candidates(jdbc);
        this.variants = variants;
        this.access = access;
        this.identities = identities;
        this.audit = audit;
    }

    /**
     * Suggestions for the current user (who must be allowed to find people), audited. Who each person is comes
     * from people's {@link Identities}: as in search, a restricted record the user is not named on is never
     * suggested, and the match is audited against it so that its named users see it.
     */
    @Transactional
    public List<MatchSuggestion> suggest(MatchCandidate candidate) {
        access.checkMayFindPeople();
        List<Scored> found = match(candidate, SUGGESTIONS);
        List<UUID> ids = found.stream().map(s -> s.person().id()).toList();
        Map<UUID, Identity> shown = identities.show(ids, AuditRecord.allowed("PEOPLE_MATCHED", List.of())
                .withDetail("match suggestions"));
        List<UUID> withheld = ids.stream().filter(id -> shown.get(id).withheld()).toList();
        if (!withheld.isEmpty()) {
            audit.record(AuditRecord.allowed("RESTRICTED_RECORD_WITHHELD", withheld).withDetail("match suggestion"));
        }
        List<MatchSuggestion> suggestions = new ArrayList<>();
        for (Scored s : found) {
            Identity identity = shown.get(s.person().id());
            if (!identity.withheld()) {
                suggestions.add(new MatchSuggestion(identity, s.person().postcode(), s.strength(), s.score(),
                        s.reasons(), s.differences()));
            }
        }
        return suggestions;
    }

    /** The matching itself, without access checks or audit: suggestions in either band, strong first. */
    @Transactional(readOnly = true)
    List<Scored> match(MatchCandidate candidate, int limit) {
        return scored(candidate).stream()
                .filter(Scored::suggested)
                .limit(limit)
                .toList();
    }

    /** Every candidate the database gathered, scored, strong first, best first: for benchmarks. */
    List<Scored> scored(MatchCandidate candidate) {
        Query query = Query.of(candidate);
        if (query.isEmpty()) {
            return List.of();
        }
        NameVariants known = variants.current();
        return candidates.gather(query, known).stream()
                .map(row -> Scoring.score(query, row, known))
                .sorted(Comparator.comparing((Scored s) -> s.strength() == null ? 2 : s.strength().ordinal())
                        .thenComparing(Comparator.comparingDouble(Scored::score).reversed()))
                .toList();
    }
}
