package kith.insights.census.file;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusChild.Assessment;
import kith.insights.census.CensusChild.CinPlan;
import kith.insights.census.CensusChild.Episode;
import kith.insights.census.CensusChild.PreProceedings;
import kith.insights.census.CensusChild.ProtectionPlan;
import kith.insights.census.CensusChild.Section47;
import kith.insights.census.CensusHeader;

/**
 * Reads a CIN census file (the DfE's {@code Message}) with StAX, one child at a time, so that a whole authority's
 * return never sits in memory. It is tolerant, because its purpose is to show what is wrong with a file: it reads the
 * 2024 and 2026 layouts (GenderCurrent as well as Sex, the 2026-27 PreProceedingsandFGDM block), keeps codes as
 * written, and reads a date it cannot parse as null, for the rules to report. It refuses only a file that is not XML
 * or not a CIN Message. DTDs and external entities are switched off: a file comes from outside.
 */
public final class CensusFileReader {

    /** What the reader hands on: the Header once it has been read, then each child. */
    public interface Reading {

        /** The Header (null values for anything missing or unreadable), before any child. */
        void header(CensusHeader header);

        void child(CensusChild child);
    }

    private CensusFileReader() {}

    /**
     * Reads the file, calling {@code reading} as it goes; returns how many children were read.
     *
     * @throws NotACensusFile when the file is not XML or not a CIN Message (children before a fault in the XML will
     *         already have been handed on)
     */
    public static int read(InputStream in, Reading reading) throws NotACensusFile {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return read(xml, reading);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new NotACensusFile("The file is not XML that can be read" + where(e));
        }
    }

    private static int read(XMLStreamReader xml, Reading reading) throws XMLStreamException, NotACensusFile {
        if (nextStart(xml) == null) {
            throw new NotACensusFile("The file is empty: it has no XML");
        }
        if (!"Message".equals(xml.getLocalName())) {
            throw new NotACensusFile("The file is not a CIN census: it begins with " + xml.getLocalName()
                    + ", not Message");
        }
        int children = 0;
        boolean headerGiven = false;
        int depth = 1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (depth == 2 && "Header".equals(name)) {
                    CensusHeader header = header(subtree(xml));
                    depth--;
                    if (header.collection() != null && !"CIN".equals(header.collection())) {
                        throw new NotACensusFile("The file is not a CIN census: its Collection is "
                                + header.collection() + ", not CIN");
                    }
                    reading.header(header);
                    headerGiven = true;
                } else if ("Child".equals(name) && depth == 3) {
                    if (!headerGiven) {
                        reading.header(null);
                        headerGiven = true;
                    }
                    reading.child(child(subtree(xml)));
                    depth--;
                    children++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (!headerGiven) {
            reading.header(null);
        }
        return children;
    }

    private static String nextStart(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        return null;
    }

    /** Reads the element the reader is on, with everything inside it, leaving the reader on its end. */
    private static Element subtree(XMLStreamReader xml) throws XMLStreamException {
        Deque<Element> open = new ArrayDeque<>();
        Element root = new Element(xml.getLocalName());
        open.push(root);
        while (!open.isEmpty()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Element e = new Element(xml.getLocalName());
                    open.peek().children.add(e);
                    open.push(e);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> open.peek().text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> { }
            }
        }
        return root;
    }

    private static CensusHeader header(Element header) {
        Element details = orEmpty(header.first("CollectionDetails"));
        Element source = orEmpty(header.first("Source"));
        return new CensusHeader(details.text("Collection"), details.text("Year"), date(details.text("ReferenceDate")),
                source.text("SourceLevel"), source.text("LEA"), source.text("SoftwareCode"), source.text("Release"),
                source.text("SerialNo"), dateTime(source.text("DateTime")));
    }

    private static CensusChild child(Element child) {
        Element ids = orEmpty(child.first("ChildIdentifiers"));
        Element characteristics = orEmpty(child.first("ChildCharacteristics"));
        // 2024-25 files name sex GenderCurrent; the code is kept as written for rule 4180 to judge.
        String sex = ids.text("Sex") != null ? ids.text("Sex") : ids.text("GenderCurrent");
        List<String> disabilities = new ArrayList<>();
        Element disabilitiesElement = characteristics.first("Disabilities");
        if (disabilitiesElement != null) {
            disabilitiesElement.all("Disability").forEach(d -> disabilities.add(d.value()));
        }
        List<Episode> episodes = new ArrayList<>();
        for (Element details : child.all("CINdetails")) {
            episodes.add(episode(details));
        }
        return new CensusChild(null, ids.text("LAchildID"), ids.text("UPN"), ids.text("FormerUPN"),
                ids.text("UPNunknown"), date(ids.text("PersonBirthDate")), date(ids.text("ExpectedPersonBirthDate")),
                sex, date(ids.text("PersonDeathDate")), characteristics.text("Ethnicity"),
                nullable(disabilities), episodes);
    }

    private static Episode episode(Element e) {
        List<Assessment> assessments = new ArrayList<>();
        for (Element a : e.all("Assessments")) {
            List<String> factors = new ArrayList<>();
            Element factorsElement = a.first("FactorsIdentifiedAtAssessment");
            if (factorsElement != null) {
                factorsElement.all("AssessmentFactors").forEach(f -> factors.add(f.value()));
            }
            assessments.add(new Assessment(null, date(a.text("AssessmentActualStartDate")),
                    date(a.text("AssessmentInternalReviewDate")), date(a.text("AssessmentAuthorisationDate")),
                    nullable(factors)));
        }
        List<CinPlan> cinPlans = new ArrayList<>();
        for (Element p : e.all("CINPlanDates")) {
            cinPlans.add(new CinPlan(null, date(p.text("CINPlanStartDate")), date(p.text("CINPlanEndDate"))));
        }
        List<Section47> enquiries = new ArrayList<>();
        for (Element s : e.all("Section47")) {
            enquiries.add(new Section47(null, date(s.text("S47ActualStartDate")), date(s.text("InitialCPCtarget")),
                    date(s.text("DateOfInitialCPC")), flag(s.text("ICPCnotRequired"))));
        }
        List<ProtectionPlan> plans = new ArrayList<>();
        for (Element p : e.all("ChildProtectionPlans")) {
            List<LocalDate> reviews = new ArrayList<>();
            for (Element r : p.all("Reviews")) {
                List<Element> dates = r.all("CPPreviewDate");
                if (dates.isEmpty()) {
                    reviews.add(null); // a Reviews record with no date, for 8842Q
                }
                dates.forEach(d -> reviews.add(date(d.value())));
            }
            plans.add(new ProtectionPlan(null, date(p.text("CPPstartDate")), date(p.text("CPPendDate")),
                    p.text("InitialCategoryOfAbuse"), p.text("LatestCategoryOfAbuse"),
                    integer(p.text("NumberOfPreviousCPP")), nullable(reviews)));
        }
        Element pp = e.first("PreProceedingsandFGDM");
        PreProceedings preProceedings = pp == null ? null : new PreProceedings(null, date(pp.text("PPStartDate")),
                date(pp.text("LBPSentDate")), integer(pp.text("FGDMMeetingOffer")), integer(pp.text("FGDMMeetingFac")),
                date(pp.text("InitialPPMeetingDate")), integer(pp.text("ReviewMeetingsCount")),
                date(pp.text("StepDecisionDate")), pp.text("PPOutcome"), date(pp.text("CourtAppDate")),
                date(pp.text("LetterInitCPDate")));
        return new Episode(null, date(e.text("CINreferralDate")), e.text("ReferralSource"), e.text("PrimaryNeedCode"),
                date(e.text("CINclosureDate")), e.text("ReasonForClosure"), date(e.text("DateOfInitialCPC")),
                assessments, cinPlans, enquiries, flag(e.text("ReferralNFA")), plans, preProceedings);
    }

    /** A list that may hold nulls (an empty or unreadable entry), unmodifiable. */
    private static <T> List<T> nullable(List<T> list) {
        return java.util.Collections.unmodifiableList(list);
    }

    private static Element orEmpty(Element e) {
        return e != null ? e : new Element("");
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime dateTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The schema's yes/no: true or 1, false or 0; anything else null (for 8568 to report). */
    static Boolean flag(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase()) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String where(XMLStreamException e) {
        return e.getLocation() == null || e.getLocation().getLineNumber() < 0 ? ""
                : " (line " + e.getLocation().getLineNumber() + ")";
    }
}
