package kith.familyhelp;

/**
 * A manager's closing of Family Help: the DfE reason, the closing summary for the family, and whether the manager
 * has confirmed a reason that is not usual for the kind of work ({@link ReasonForClosure#usualFor}).
 */
public record Closure(ReasonForClosure reason, String summary, boolean unusualReasonConfirmed) {}
