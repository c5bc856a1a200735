package kith.insights.census.check;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusFailure;
import kith.insights.census.CensusHeader;
import kith.insights.census.CensusValidation;
import kith.insights.census.CollectionYear;
import kith.insights.census.file.CensusFileReader;
import kith.insights.census.file.NotACensusFile;
import kith.shared.Today;
import org.springframework.stereotype.Service;

/**
 * Checks a CIN census file from outside Kith (last year's return, another system's extract) by the same DfE rules
 * Kith runs on its own export. The file streams through the reader and the rules; only the failures are kept. The
 * audit trail records that a file was checked, by whom, how many children it held and what was found, never its
 * contents. The caller has checked the permission (MAKE_RETURNS).
 */
@Service
public class CensusFileCheck {

    static final String AUDIT_ACTION = "CIN_CENSUS_FILE_CHECKED";

    private final CensusValidation validation;
    private final AuditTrail audit;
    private final Today today;

    CensusFileCheck(CensusValidation validation, AuditTrail audit, Today today) {
        this.validation = validation;
        this.audit = audit;
        this.today = today;
    }

    /** One child's failures, in the order the rules ran. */
    public record ChildFailures(String laChildId, List<CensusFailure> failures) {}

    /**
     * What a file's check found.
     *
     * @param returnFailures failures of the Header and of the rules across children
     */
    public record Report(CensusHeader header, CollectionYear year, int children, List<ChildFailures> byChild,
            List<CensusFailure> returnFailures) {

        public long errors() {
            return all().stream().filter(CensusFailure::error).count();
        }

        public long queries() {
            return all().size() - errors();
        }

        public List<CensusFailure> all() {
            List<CensusFailure> all = new ArrayList<>(returnFailures);
            byChild.forEach(c -> all.addAll(c.failures()));
            return all;
        }
    }

    public Report check(InputStream file) throws NotACensusFile {
        Collector collector = new Collector();
        try {
            int children = CensusFileReader.read(file, collector);
            List<CensusFailure> returnFailures = new ArrayList<>(collector.session().finish());
            // Failures of a rule across children that name a child (8510, 1520) are shown with that child.
            List<CensusFailure> wholeReturn = new ArrayList<>();
            for (CensusFailure failure : returnFailures) {
                if (failure.laChildId() == null) {
                    wholeReturn.add(failure);
                } else {
                    collector.byChild.computeIfAbsent(failure.laChildId(), id -> new ArrayList<>()).add(failure);
                }
            }
            List<ChildFailures> byChild = new ArrayList<>();
            collector.byChild.forEach((id, failures) -> byChild.add(new ChildFailures(id, List.copyOf(failures))));
            Report report = new Report(collector.header, collector.year, children, List.copyOf(byChild),
                    List.copyOf(wholeReturn));
            audit.record(AuditRecord.allowed(AUDIT_ACTION, List.of()).withDetail("year " + report.year() + ", "
                    + children + " children, " + report.errors() + " errors, " + report.queries() + " queries"));
            return report;
        } catch (NotACensusFile refused) {
            audit.record(new AuditRecord(AUDIT_ACTION, AuditRecord.Outcome.FAILED, List.of(), List.of(), null,
                    "not a CIN census file"));
            throw refused;
        }
    }

    /**
     * The collection year a file is checked for: the one its ReferenceDate falls in (so a 31 March names its own
     * year, and rule 100 reports any other date); without a readable ReferenceDate, the current year.
     */
    CollectionYear yearOf(CensusHeader header) {
        LocalDate reference = header == null ? null : header.referenceDate();
        if (reference == null || reference.getYear() < 2001 || reference.getYear() > 2099) {
            return CollectionYear.current(today);
        }
        return new CollectionYear(reference.getMonthValue() >= Month.APRIL.getValue() ? reference.getYear() + 1
                : reference.getYear());
    }

    private final class Collector implements CensusFileReader.Reading {
        private CensusHeader header;
        private CollectionYear year;
        private CensusValidation.Session session;
        private final Map<String, List<CensusFailure>> byChild = new LinkedHashMap<>();
        private int unnamed;

        @Override
        public void header(CensusHeader read) {
            header = read;
            year = yearOf(read);
            session = validation.start(read, year);
        }

        @Override
        public void child(CensusChild child) {
            List<CensusFailure> failures = session.check(child);
            if (!failures.isEmpty()) {
                String key = child.laChildId() != null ? child.laChildId() : "(no LAchildID " + (++unnamed) + ")";
                byChild.computeIfAbsent(key, id -> new ArrayList<>()).addAll(failures);
            }
        }

        CensusValidation.Session session() {
            if (session == null) {
                header(null);
            }
            return session;
        }
    }
}
