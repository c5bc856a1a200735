package kith.insights.census;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.insights.census.CensusChild.Assessment;
import kith.insights.census.CensusChild.CinPlan;
import kith.insights.census.CensusChild.Episode;
import kith.insights.census.CensusChild.PreProceedings;
import kith.insights.census.CensusChild.ProtectionPlan;
import kith.insights.census.CensusChild.Section47;
import kith.insights.jobs.BackgroundWork;
import org.springframework.stereotype.Service;

/**
 * The CIN census XML, written with StAX straight to the stream as each child is assembled (never the whole return
 * in memory), in the element order of {@code CIN_schema_2026.xsd}; with the 2026-27 PreProceedingsandFGDM block after
 * ChildProtectionPlans when the setting includes it (then valid against Kith's extension of the schema). The work
 * reports its progress: the number of children first, then one step per child.
 */
@Service
public class CinCensusXml {

    /** The schema the export follows, as a classpath resource: the DfE's, or Kith's extension with the block. */
    public static final String SCHEMA = "returns/CIN_schema_2026.xsd";
    public static final String SCHEMA_WITH_PRE_PROCEEDINGS = "returns/CIN_schema_2026_with_pre_proceedings.xsd";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final KithCensus census;
    private final AuditTrail audit;

    CinCensusXml(KithCensus census, AuditTrail audit) {
        this.census = census;
        this.audit = audit;
    }

    /** The export of a year as background work (for the job runner's progress bar and download). */
    public BackgroundWork export(CollectionYear year) {
        return (progress, result) -> write(year, result, progress);
    }

    /** Writes the year's return to {@code out}, audited once it is complete. Returns the number of children. */
    public int write(CollectionYear year, OutputStream out, BackgroundWork.Progress progress) {
        CensusHeader header = census.header(year);
        KithCensus.Scope scope = census.scope(year);
        progress.total(scope.childIds().size());
        int children;
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("Message");
            header(xml, header);
            xml.writeStartElement("Children");
            int[] written = {0};
            census.forEachChild(scope, child -> {
                try {
                    child(xml, child);
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
                written[0]++;
                progress.advance(1);
            });
            children = written[0];
            // Children that turned out to have nothing to return (an undecided referral) still count as done.
            progress.advance(scope.childIds().size() - children);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The census could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditRecord.allowed("CIN_CENSUS_EXPORTED", List.of())
                .withDetail(year + ": " + children + " children" + (scope.preProceedingsBlock()
                        ? ", with PreProceedingsandFGDM" : "")));
        return children;
    }

    private static void header(XMLStreamWriter xml, CensusHeader h) throws XMLStreamException {
        xml.writeStartElement("Header");
        xml.writeStartElement("CollectionDetails");
        element(xml, "Collection", h.collection());
        element(xml, "Year", h.year());
        element(xml, "ReferenceDate", h.referenceDate());
        xml.writeEndElement();
        xml.writeStartElement("Source");
        element(xml, "SourceLevel", h.sourceLevel());
        element(xml, "LEA", h.lea());
        element(xml, "SoftwareCode", h.softwareCode());
        element(xml, "Release", h.release());
        element(xml, "SerialNo", h.serialNo());
        element(xml, "DateTime", h.madeAt() == null ? null : h.madeAt().toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static void child(XMLStreamWriter xml, CensusChild c) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("Child");
        xml.writeStartElement("ChildIdentifiers");
        element(xml, "LAchildID", c.laChildId() == null ? "" : c.laChildId());
        element(xml, "UPN", c.upn());
        element(xml, "FormerUPN", c.formerUpn());
        element(xml, "UPNunknown", c.upnUnknown());
        element(xml, "PersonBirthDate", c.birthDate());
        element(xml, "ExpectedPersonBirthDate", c.expectedBirthDate());
        element(xml, "Sex", c.sex());
        element(xml, "PersonDeathDate", c.deathDate());
        xml.writeEndElement();
        xml.writeStartElement("ChildCharacteristics");
        element(xml, "Ethnicity", c.ethnicity());
        if (c.disabilities() != null && !c.disabilities().isEmpty()) {
            xml.writeStartElement("Disabilities");
            for (String d : c.disabilities()) {
                element(xml, "Disability", d);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        for (Episode e : c.episodes()) {
            episode(xml, e);
        }
        xml.writeEndElement();
    }

    private static void episode(XMLStreamWriter xml, Episode e) throws XMLStreamException {
        xml.writeStartElement("CINdetails");
        element(xml, "CINreferralDate", e.referralDate());
        element(xml, "ReferralSource", e.referralSource());
        element(xml, "PrimaryNeedCode", e.primaryNeed());
        element(xml, "CINclosureDate", e.closureDate());
        element(xml, "ReasonForClosure", e.reasonForClosure());
        element(xml, "DateOfInitialCPC", e.dateOfInitialCpc());
        for (Assessment a : e.assessments()) {
            xml.writeStartElement("Assessments");
            element(xml, "AssessmentActualStartDate", a.startDate());
            element(xml, "AssessmentInternalReviewDate", a.internalReviewDate());
            element(xml, "AssessmentAuthorisationDate", a.authorisationDate());
            if (!a.factors().isEmpty()) {
                xml.writeStartElement("FactorsIdentifiedAtAssessment");
                for (String f : a.factors()) {
                    element(xml, "AssessmentFactors", f);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (CinPlan p : e.cinPlans()) {
            xml.writeStartElement("CINPlanDates");
            element(xml, "CINPlanStartDate", p.startDate());
            element(xml, "CINPlanEndDate", p.endDate());
            xml.writeEndElement();
        }
        for (Section47 s : e.section47s()) {
            xml.writeStartElement("Section47");
            element(xml, "S47ActualStartDate", s.startDate());
            element(xml, "InitialCPCtarget", s.initialCpcTarget());
            element(xml, "DateOfInitialCPC", s.dateOfInitialCpc());
            element(xml, "ICPCnotRequired", flag(s.icpcNotRequired()));
            xml.writeEndElement();
        }
        element(xml, "ReferralNFA", flag(e.referralNfa()));
        for (ProtectionPlan p : e.protectionPlans()) {
            xml.writeStartElement("ChildProtectionPlans");
            element(xml, "CPPstartDate", p.startDate());
            element(xml, "CPPendDate", p.endDate());
            element(xml, "InitialCategoryOfAbuse", p.initialCategory());
            element(xml, "LatestCategoryOfAbuse", p.latestCategory());
            element(xml, "NumberOfPreviousCPP", p.numberOfPreviousPlans() == null ? null
                    : String.valueOf(p.numberOfPreviousPlans()));
            if (!p.reviewDates().isEmpty()) {
                xml.writeStartElement("Reviews");
                for (LocalDate d : p.reviewDates()) {
                    element(xml, "CPPreviewDate", d);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        PreProceedings pp = e.preProceedings();
        if (pp != null) {
            xml.writeStartElement("PreProceedingsandFGDM");
            element(xml, "PPStartDate", pp.startDate());
            element(xml, "LBPSentDate", pp.letterBeforeProceedingsSent());
            element(xml, "FGDMMeetingOffer", pp.fgdmMeetingOffer() == null ? null : pp.fgdmMeetingOffer().toString());
            element(xml, "FGDMMeetingFac", pp.fgdmMeetingFacilitated() == null ? null
                    : pp.fgdmMeetingFacilitated().toString());
            element(xml, "InitialPPMeetingDate", pp.initialMeetingDate());
            element(xml, "ReviewMeetingsCount", pp.reviewMeetingsCount() == null ? null
                    : pp.reviewMeetingsCount().toString());
            element(xml, "StepDecisionDate", pp.stepDecisionDate());
            element(xml, "PPOutcome", pp.outcome());
            element(xml, "CourtAppDate", pp.courtApplicationDate());
            element(xml, "LetterInitCPDate", pp.letterInitialCpDate());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(value.toString());
        xml.writeEndElement();
    }
}
