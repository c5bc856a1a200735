package kith.casework;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.people.PersonManagement;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's chronology: one timeline of every significant event from every module, newest first. It is
 * built from the modules' events, so reading it never touches their tables.
 */
@Service
public class Chronology {

    /** The most entries one page of the chronology holds. */
    public static final int MOST_PER_PAGE = 100;

    /**
     * One page of a child's chronology, newest first.
     *
     * @param page the page's number, from 1
     * @param size how many entries a page holds
     * @param totalEntries how many entries of the chosen kinds the chronology holds in all
     */
    public record Page(List<ChronologyEntry> entries, int page, int size, long totalEntries) {

        @JsonProperty("totalPages")
        public long totalPages() {
            return (totalEntries + size - 1) / size;
        }
    }

    private final ChronologyEntries entries;
    private final Visibility visibility;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final PersonManagement people;

    Chronology(ChronologyEntries entries, Visibility visibility, RecordAccess access, AuditTrail audit,
            PersonManagement people) {
        this.entries = entries;
        this.visibility = visibility;
        this.access = access;
        this.audit = audit;
        this.people = people;
    }

    /**
     * The latest entries of a record the current user has opened, newest first, in one SQL statement: opening it
     * checked and audited (the child's page holds to a budget of statements). A partner's page with child protection
     * entries asks the policy once more, whether they may open the child protection records ({@link Visibility}).
     */
    public List<ChronologyEntry> latest(PersonManagement.OpenedRecord opened, int limit) {
        return visibility.entries(List.of(opened.id()), entries.latest(opened.id(), limit));
    }

    /** The same without the proof of opening (so the policy is asked): for this module and its tests only. */
    List<ChronologyEntry> latest(UUID childId, int limit) {
        return visibility.entries(List.of(), entries.latest(childId, limit));
    }

    /**
     * The child's whole chronology, newest first, only of the given kinds ({@link ChronologyKind} names;
     * none or only unknown ones mean every kind). Refuses unless the current user may open the child's
     * record, and audits the view.
     */
    @Transactional
    public List<ChronologyEntry> forChild(UUID childId, Set<String> kinds) {
        access.checkMayOpen(childId);
        Set<ChronologyKind> chosen = known(kinds);
        AuditRecord viewed = AuditRecord.allowed("CHRONOLOGY_VIEWED", List.of(childId));
        if (chosen.isEmpty()) {
            audit.record(viewed);
            return visibility.entries(List.of(childId), entries.of(childId, EnumSet.allOf(ChronologyKind.class)));
        }
        audit.record(viewed.withDetail("kinds: " + chosen.stream().map(Enum::name).collect(Collectors.joining(", "))));
        return visibility.entries(List.of(childId), entries.of(childId, chosen));
    }

    /**
     * One page of the child's chronology, newest first, of the given kinds ({@link ChronologyKind} names; none
     * means every kind), its entries in one SQL statement. Refuses unless the current user may open the child's
     * record; then answers "not found" for a record that does not exist; only then names a kind, page or size it
     * cannot use. Audits the view with the page it showed.
     */
    @Transactional
    public Page page(UUID childId, Collection<String> kinds, int page, int size) {
        access.checkMayOpen(childId);
        if (!people.exists(childId)) {
            throw new RecordNotFound("Person", childId);
        }
        Set<ChronologyKind> chosen = EnumSet.noneOf(ChronologyKind.class);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            known(kind).ifPresentOrElse(chosen::add, () -> problems.add(new InvalidInput.Problem("kind",
                    "Choose kinds from " + EnumSet.allOf(ChronologyKind.class).stream().map(Enum::name)
                            .collect(Collectors.joining(", ")))));
        }
        if (page < 1) {
            problems.add(new InvalidInput.Problem("page", "Ask for page 1 or later"));
        }
        if (size < 1 || size > MOST_PER_PAGE) {
            problems.add(new InvalidInput.Problem("size", "Ask for between 1 and " + MOST_PER_PAGE + " entries a page"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().distinct().toList());
        }
        Set<ChronologyKind> shown = chosen.isEmpty() ? EnumSet.allOf(ChronologyKind.class) : chosen;
        ChronologyEntries.Found found = entries.page(childId, shown, size, (long) (page - 1) * size);
        String kindsShown = chosen.isEmpty() ? ""
                : "kinds: " + chosen.stream().map(Enum::name).collect(Collectors.joining(", ")) + "; ";
        audit.record(AuditRecord.allowed("CHRONOLOGY_VIEWED", List.of(childId))
                .withDetail(kindsShown + "page " + page + ", " + size + " a page"));
        return new Page(visibility.entries(List.of(childId), found.entries()), page, size, found.total());
    }

    private static Optional<ChronologyKind> known(String kind) {
        for (ChronologyKind candidate : ChronologyKind.values()) {
            if (candidate.name().equals(kind)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Set<ChronologyKind> known(Set<String> kinds) {
        Set<ChronologyKind> known = EnumSet.noneOf(ChronologyKind.class);
        for (ChronologyKind kind : ChronologyKind.values()) {
            if (kinds != null && kinds.contains(kind.name())) {
                known.add(kind);
            }
        }
        return known;
    }
}
