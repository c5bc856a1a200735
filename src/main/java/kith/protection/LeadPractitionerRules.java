package kith.protection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PartnershipDirectory.Training;
import kith.partnership.PractitionerView;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may be a lead child protection practitioner: always a social worker of the council registered with Social
 * Work England, and then the council's own rule, kept as data because regulations (expected late 2027) will set the
 * minimum: years since qualifying and a course completed. Until a council sets its own, three years and the lead
 * practitioner training. A refusal says which part of the rule is not met.
 */
@Service
public class LeadPractitionerRules {

    /** The council's rule. {@code trainingRequired} is null when no course is asked for. */
    public record Rule(int yearsSinceQualifying, String trainingRequired, long version) {

        /** The rule in words, for the pages that apply it. */
        public String inWords() {
            return "a social worker of the council registered with Social Work England, at least " + yearsSinceQualifying
                    + (yearsSinceQualifying == 1 ? " year" : " years") + " since qualifying"
                    + (trainingRequired == null ? "" : ", who has completed " + trainingRequired);
        }
    }

    private final JdbcClient jdbc;
    private final PartnershipDirectory partnership;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Today today;

    LeadPractitionerRules(JdbcClient jdbc, PartnershipDirectory partnership, RecordAccess access, AuditTrail audit,
            Today today) {
        this.jdbc = jdbc;
        this.partnership = partnership;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public Rule rule() {
        return jdbc.sql("SELECT years_since_qualifying, training_required, version FROM lead_practitioner_rule WHERE id = 1")
                .query((rs, n) -> new Rule(rs.getInt("years_since_qualifying"), rs.getString("training_required"),
                        rs.getLong("version")))
                .single();
    }

    /** Changes the rule, if nobody has since {@code expectedVersion}; administrators only. */
    @Transactional
    public Rule change(long expectedVersion, Integer yearsSinceQualifying, String trainingRequired) {
        access.check(Permission.ADMINISTER_CHILD_PROTECTION_TEAMS);
        List<InvalidInput.Problem> problems = new java.util.ArrayList<>();
        if (yearsSinceQualifying == null || yearsSinceQualifying < 0 || yearsSinceQualifying > 40) {
            problems.add(new InvalidInput.Problem("yearsSinceQualifying", "Enter the years since qualifying, from 0 to 40"));
        }
        if (TextLimits.exceeds(trainingRequired, TextLimits.LINE)) {
            problems.add(new InvalidInput.Problem("trainingRequired", "Enter the course in "
                    + TextLimits.shown(TextLimits.LINE) + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int changed = jdbc.sql("""
                        UPDATE lead_practitioner_rule SET years_since_qualifying = :years, training_required = :training,
                          changed_by = :by, changed_at = :at, version = version + 1
                        WHERE id = 1 AND version = :version""")
                .param("years", yearsSinceQualifying)
                .param("training", trainingRequired == null || trainingRequired.isBlank() ? null : trainingRequired.trim())
                .param("by", Actors.currentOrSystem().username())
                .param("at", Timestamp.from(today.now()))
                .param("version", expectedVersion)
                .update();
        if (changed != 1) {
            throw new StaleRecord("Lead child protection practitioner rule", null);
        }
        audit.record(AuditRecord.allowed("LEAD_PRACTITIONER_RULE_CHANGED", List.of())
                .withDetail(yearsSinceQualifying + " years; " + (trainingRequired == null ? "no course" : trainingRequired)));
        return rule();
    }

    /**
     * The practitioner, if they may be a lead child protection practitioner; otherwise refused at {@code field} with
     * the part of the rule they do not meet.
     */
    @Transactional(readOnly = true)
    public PractitionerView checkMayLead(UUID practitionerId, String field) {
        PractitionerView practitioner = practitionerId == null ? null : partnership.practitioner(practitionerId).orElse(null);
        if (practitioner == null) {
            throw new InvalidInput(field, "Select the lead child protection practitioner from the partnership");
        }
        Optional<String> refusal = refusalFor(practitioner, rule(), partnership.trainingOf(practitioner.id()), today.date());
        if (refusal.isPresent()) {
            throw new InvalidInput(field, refusal.get());
        }
        return practitioner;
    }

    /** The practitioners who meet the rule today, for a list to choose from (two statements however many). */
    @Transactional(readOnly = true)
    public List<PractitionerView> eligible() {
        Rule rule = rule();
        List<PractitionerView> socialWorkers = partnership.practitioners().stream()
                .filter(p -> p.councilAgency() && p.discipline().registeredWithSocialWorkEngland()).toList();
        Map<UUID, List<Training>> training = partnership.trainingOf(socialWorkers.stream().map(PractitionerView::id).toList());
        LocalDate onDay = today.date();
        return socialWorkers.stream()
                .filter(p -> refusalFor(p, rule, training.getOrDefault(p.id(), List.of()), onDay).isEmpty())
                .toList();
    }

    /** Why the practitioner may not lead under this rule on {@code day}, or empty when they may. */
    static Optional<String> refusalFor(PractitionerView practitioner, Rule rule, List<Training> training, LocalDate day) {
        String who = practitioner.fullName();
        if (!practitioner.discipline().registeredWithSocialWorkEngland() || practitioner.sweRegistrationNumber() == null) {
            return Optional.of(who + " cannot be a lead child protection practitioner: only a social worker registered "
                    + "with Social Work England can, and " + who + " is a "
                    + practitioner.discipline().label().toLowerCase(Locale.UK));
        }
        if (!practitioner.councilAgency()) {
            return Optional.of(who + " cannot be a lead child protection practitioner: only a social worker of the council can");
        }
        if (practitioner.dateQualified() == null) {
            return Optional.of(who + "'s date of qualifying is not recorded, and the council's rule asks for at least "
                    + years(rule.yearsSinceQualifying()) + " since qualifying: record it in the partnership first");
        }
        Period since = Period.between(practitioner.dateQualified(), day);
        if (since.getYears() < rule.yearsSinceQualifying()) {
            return Optional.of(who + " cannot be a lead child protection practitioner yet: they qualified "
                    + ago(since) + " ago, and the council's rule asks for at least " + years(rule.yearsSinceQualifying())
                    + " since qualifying");
        }
        if (rule.trainingRequired() != null && training.stream().noneMatch(
                t -> t.course().equalsIgnoreCase(rule.trainingRequired()) && !t.completedOn().isAfter(day))) {
            return Optional.of(who + " cannot be a lead child protection practitioner yet: the council's rule asks for "
                    + rule.trainingRequired() + ", which they have not completed");
        }
        return Optional.empty();
    }

    private static String years(int years) {
        return years + (years == 1 ? " year" : " years");
    }

    private static String ago(Period since) {
        if (since.getYears() > 0) {
            return years(since.getYears());
        }
        int months = since.getMonths();
        return months == 1 ? "1 month" : months + " months";
    }
}
