package kith.familyhelp;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What child protection, which works within the family's episode, tells Family Help's own rules: whether a child
 * is on a child protection plan (a child-in-need plan cannot run alongside one, DfE CIN rule 4001), and what child
 * protection work is still open in an episode (Family Help does not close under it), and the child protection
 * decisions waiting for a manager, which join Family Help's on the manager's one list. The protection module
 * implements it, so that it depends on Family Help and not the other way round.
 */
public interface ChildProtectionWork {

    /** Whether any of these children is on a child protection plan now. */
    boolean planOpenFor(Collection<UUID> childIds);

    /** The child protection work still open in the episode, in words ("a section 47 enquiry"), or empty. */
    Optional<String> openWorkIn(UUID episodeId);

    /**
     * Of these stepped-up episodes (each with the day it was stepped up), those child protection has taken on: a
     * strategy discussion held since. One statement, even for none.
     */
    Set<UUID> takenOn(Map<UUID, LocalDate> steppedUpOn);

    /** The child protection decisions waiting for a manager of these practitioners, at most {@code most}. One statement. */
    List<WaitingDecisions.Waiting> decisionsWaiting(List<UUID> team, int most);
}
