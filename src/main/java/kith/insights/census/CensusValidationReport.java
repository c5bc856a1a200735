package kith.insights.census;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.people.Identities;
import kith.people.Identity;
import org.springframework.stereotype.Service;

/**
 * The DfE's validation rules run over Kith's own return of a year, before it is sent: the failures per child, each
 * with a link to the page where the fix is made. A child is named only to a user who may open their record; a
 * restricted child is "Restricted record" (with neither LA child id nor link) to everyone not named on it; others,
 * such as analysts, see the LA child id. Audited: the children checked (as ids) and the report's counts.
 */
@Service
public class CensusValidationReport {

    /** One failure as the report shows it. */
    public record Row(String rule, boolean error, String laChildId, String child, String link, String module,
            String message) {

        public String type() {
            return error ? "error" : "query";
        }
    }

    /** The report: the failures of each child (in return order), then those of the whole return. */
    public record Report(CollectionYear year, int children, List<Row> rows) {

        public long errors() {
            return rows.stream().filter(Row::error).count();
        }

        public long queries() {
            return rows.size() - errors();
        }
    }

    private final KithCensus census;
    private final CensusValidation rules;
    private final RecordAccess access;
    private final Identities identities;
    private final AuditTrail audit;

    CensusValidationReport(KithCensus census, CensusValidation rules, RecordAccess access,
            Identities identities, AuditTrail audit) {
        this.census = census;
        this.rules = rules;
        this.access = access;
        this.identities = identities;
        this.audit = audit;
    }

    public Report report(CollectionYear year) {
        access.check(Permission.MAKE_RETURNS);
        CensusValidation.Session session = rules.start(census.header(year), year);
        record Found(CensusFailure failure, String link) {}
        List<Found> found = new ArrayList<>();
        int children = census.assemble(census.scope(year), assembled -> session.check(assembled.child())
                .forEach(failure -> found.add(new Found(failure, link(failure, assembled)))));
        List<UUID> failing = found.stream().map(f -> f.failure().personId()).filter(id -> id != null).distinct().toList();
        Map<UUID, Identity> shown = failing.isEmpty() ? Map.of()
                : identities.show(failing, "CIN census validation report");
        List<Row> rows = new ArrayList<>();
        for (Found f : found) {
            rows.add(row(f.failure(), f.link(), shown.get(f.failure().personId())));
        }
        for (CensusFailure failure : session.finish()) {
            rows.add(row(failure, failure.personId() == null ? null : "/people/" + failure.personId(),
                    failure.personId() == null ? null : shown.get(failure.personId())));
        }
        audit.record(AuditRecord.allowed("CIN_CENSUS_VALIDATED", List.of())
                .withDetail(year + ": " + children + " children, " + rows.size() + " failures"));
        return new Report(year, children, List.copyOf(rows));
    }

    /** The failures grouped by child (LAchildID), in the order the return lists them, for the page. */
    public static Map<String, List<Row>> byChild(Report report) {
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        report.rows().forEach(row -> grouped.computeIfAbsent(row.laChildId() == null ? "" : row.laChildId(),
                k -> new ArrayList<>()).add(row));
        return grouped;
    }

    private static Row row(CensusFailure failure, String link, Identity identity) {
        if (failure.personId() == null && failure.laChildId() == null) {
            return new Row(failure.rule(), failure.error(), null, null, null, failure.module(), failure.message());
        }
        if (identity == null || identity.withheld()) {
            // Restricted and the user not named on it: nothing that identifies the child, not even their id.
            return new Row(failure.rule(), failure.error(), Identity.RESTRICTED_RECORD, Identity.RESTRICTED_RECORD, null,
                    failure.module(), failure.message());
        }
        return new Row(failure.rule(), failure.error(), failure.laChildId(), identity.openable() ? identity.name() : null,
                identity.openable() ? link : null, failure.module(), failure.message());
    }

    /**
     * The page where the failing item is put right: the record the failure names (an episode or the referral it came
     * from, an assessment, a child in need plan, an enquiry, a protection plan), else the child's details.
     */
    static String link(CensusFailure failure, KithCensus.Assembled assembled) {
        UUID source = failure.sourceId();
        String person = "/people/" + assembled.child().personId();
        if (source == null) {
            return person;
        }
        for (CensusChild.Episode e : assembled.child().episodes()) {
            if (source.equals(e.sourceId())) {
                return assembled.referralIds().contains(source) ? "/front-door/referrals/" + source
                        : "/family-help/" + source;
            }
            if (e.assessments().stream().anyMatch(a -> source.equals(a.sourceId()))) {
                return "/family-help/assessments/" + source;
            }
            if (e.cinPlans().stream().anyMatch(p -> source.equals(p.sourceId()))) {
                return "/family-help/plans/" + source + "/edit";
            }
            if (e.section47s().stream().anyMatch(s -> source.equals(s.sourceId()))) {
                return "/child-protection/enquiries/" + source;
            }
            if (e.protectionPlans().stream().anyMatch(p -> source.equals(p.sourceId()))) {
                return "/child-protection/plans/" + source;
            }
        }
        return person;
    }
}
