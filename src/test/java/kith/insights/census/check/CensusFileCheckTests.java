package kith.insights.census.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import kith.KithTest;
import kith.audit.AuditTrail;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import-and-validate route: a census file from outside Kith checked by the same DfE rules as Kith's export. The
 * DfE's two sample files report the errors worked out by hand from the files and the rules; a clean synthetic file
 * flags nothing and the same file with five planted errors flags each by its code; the page says what is wrong with
 * a file that cannot be checked, next to the field; both routes are for MAKE_RETURNS only and audited.
 */
@KithTest
class CensusFileCheckTests {

    private static final String PAGE = "/returns/cin-census/check";
    private static final String API = "/api/v1/returns/cin-census/check";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired AuditTrail audit;

    private final ObjectMapper json = new ObjectMapper();

    /** Rule codes by LAchildID (null for the return as a whole), as the API reports them. */
    private Map<String, Set<String>> codesByChild(String file) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(API).with(users.as("analyst")).with(csrf())
                .contentType("application/xml").content(resource(file))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode body = json.readTree(response.getContentAsString());
        Map<String, Set<String>> codes = new HashMap<>();
        for (JsonNode failure : body.get("failures")) {
            String child = failure.hasNonNull("laChildId") ? failure.get("laChildId").asString() : null;
            codes.computeIfAbsent(child, c -> new HashSet<>()).add(failure.get("rule").asString());
        }
        return codes;
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = CensusFileCheckTests.class.getResourceAsStream("/census/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theDfesSampleFilesReportTheirKnownErrors() throws Exception {
        for (String sample : List.of("sample_CIN_Census_2024.xml", "sample_CIN_Census_2026.xml")) {
            Map<String, Set<String>> codes = codesByChild(sample);
            // The ReferenceDate 2024-03-31 makes the year 1 April 2023 to 31 March 2024.
            assertThat(codes.get("DfEX0000001")).as(sample).contains(
                    "1510", // UPN A123456789123: digits 2-13 weighted 2-13 sum to 13 mod 23, check letter P, not A
                    "1530", // UPN characters 2-4 "123" are no LA code
                    "4180", // Sex 1 (an old GenderCurrent code), not M, F or U
                    "8620", // closed 2023-02-27, before the year began
                    "8715", // initial conferences 2022-12-06 (CINdetails) and 2022-06-17 (S47) before the year
                    "2884", // the initial conference is recorded both at CINdetails and at Section47 level
                    "8608", // the assessment starts 2028-04-28, after its authorisation 2020-09-19
                    "8696", // the assessment was authorised 2020-09-19, outside the year
                    "4013", // the CIN plan ended 2023-01-26, outside the year
                    "2889", // the enquiry started 2022-06-02, before the referral 2022-10-06
                    "1104", // the S47 conference 2022-06-17 is before the referral 2022-10-06
                    "1105", // the protection plan started 2022-02-17, before the referral
                    "8930", // the protection plan ended 2023-03-14, outside the year
                    "4001", // the CIN plan (24-26 January 2023) ran inside the protection plan
                    "4016", // ... and started while the protection plan was open
                    "8565"); // activity after the closure 2023-02-27: the assessment start 2028, the plan's end 2023-03-14
            assertThat(codes.get("child_fails_assessments")).as(sample).contains(
                    "1570", // LAchildID of 23 characters
                    "1580", // LAchildID with underscores
                    "8600", // referred 2024-10-24, after the ReferenceDate
                    "8620", // closed 2024-10-29, outside the year
                    "1103", // the assessment started 2023-12-25, before the referral 2024-10-24
                    "8897Q"); // the completed assessment has an empty FactorsIdentifiedAtAssessment
            // Only HAND and HEAR are used in the whole return.
            assertThat(codes.get(null)).as(sample).contains("2887Q");
            // The ReferenceDate is the 31 March of its year: the Header's rule is satisfied.
            assertThat(codes.get(null)).as(sample).doesNotContain("100");
        }
    }

    @Test
    void aCleanFileFlagsNothingAndEachPlantedErrorIsFlaggedByItsCode() throws Exception {
        assertThat(codesByChild("clean_CIN_Census_2027.xml")).isEmpty();

        Map<String, Set<String>> planted = codesByChild("planted_CIN_Census_2027.xml");
        // The plan starts 2026-05-29, the day after the initial conference.
        assertThat(planted.get("KITH0001")).containsExactly("2885");
        // The ReferralSource is missing.
        assertThat(planted.get("KITH0002")).containsExactly("8866");
        // The second episode is referred on 2026-05-15, while the first (20 April to 1 June) is open.
        assertThat(planted.get("KITH0003")).containsExactly("8820");
        // The LA child id has a hyphen.
        assertThat(planted.get("KITH-0004")).containsExactly("1580");
        // The initial conference is on Sunday 27 September 2026.
        assertThat(planted.get("KITH0005")).containsExactly("8875");
        assertThat(planted).doesNotContainKey(null);
    }

    @Test
    void theCleanFileIsValidAgainstThe2026Schema() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CensusFileCheckTests.class.getResource("/census/CIN_schema_2026.xsd"));
        schema.newValidator().validate(new StreamSource(CensusFileCheckTests.class
                .getResourceAsStream("/census/clean_CIN_Census_2027.xml")));
    }

    @Test
    void thePageShowsTheReportPerChildAndTheCheckIsAudited() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(PAGE)
                .file(new MockMultipartFile("file", "planted.xml", "application/xml", resource("planted_CIN_Census_2027.xml")))
                .with(users.as("team.manager")).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("CIN census file checked", "Child KITH0001", "Child KITH-0004", "2885",
                "Child protection plan shown as starting a different day to the initial child protection conference.",
                "LA Child ID must not contain any non-alphanumeric characters");
        assertThat(page).containsPattern("id=\"children-count\"[^>]*>5<");
        assertThat(page).containsPattern("id=\"errors-count\"[^>]*>5<");
        assertThat(page).containsPattern("id=\"queries-count\"[^>]*>0<");

        var entry = audit.entriesBy("team.manager", 5).stream()
                .filter(e -> e.action().equals("CIN_CENSUS_FILE_CHECKED")).findFirst().orElseThrow();
        assertThat(entry.detail()).contains("5 children", "5 errors");
        // Nothing of the file's contents is written to the audit trail.
        assertThat(entry.detail()).doesNotContain("KITH");
    }

    @Test
    void aFileThatCannotBeCheckedIsRefusedNextToTheField() throws Exception {
        Map<String, String> refusals = new HashMap<>();
        refusals.put("", "Select a CIN census file");
        refusals.put("this is not XML", "must be a CIN census XML file");
        refusals.put("<Return><Header/></Return>", "not a CIN census: it begins with Return");
        for (var refusal : refusals.entrySet()) {
            MockHttpServletResponse response = mvc.perform(multipart(PAGE)
                    .file(new MockMultipartFile("file", "f.xml", "application/xml", refusal.getKey().getBytes()))
                    .with(users.as("analyst")).with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            String page = response.getContentAsString();
            assertThat(page).contains("There is a problem", "govuk-form-group--error", "id=\"file-error\"",
                    refusal.getValue());
        }
        MockHttpServletResponse none = mvc.perform(multipart(PAGE).with(users.as("analyst")).with(csrf()))
                .andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString()).contains("Select a CIN census file");
    }

    @Test
    void aFileTooBigIsRefusedNextToTheField() throws Exception {
        byte[] big = new byte[(int) CensusCheckPages.MAX_FILE + 1];
        MockHttpServletResponse response = mvc.perform(multipart(PAGE)
                .file(new MockMultipartFile("file", "big.xml", "application/xml", big))
                .with(users.as("analyst")).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("The selected file must be smaller than 50 MB");
    }

    @Test
    void theApiRefusesABodyThatIsNotACensus() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(API).with(users.as("analyst")).with(csrf())
                .contentType("application/xml").content("<html><body/></html>")).andReturn().getResponse();
        assertThat(response.getStatus()).isBetween(400, 422);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("not a CIN census");
    }

    @Test
    void onlyThoseWhoMakeReturnsMayCheckAFile() throws Exception {
        List<String> answers = new ArrayList<>();
        answers.add("page anonymous " + mvc.perform(get(PAGE)).andReturn().getResponse().getStatus());
        answers.add("api anonymous " + mvc.perform(post(API).with(csrf()).contentType("application/xml")
                .content(resource("clean_CIN_Census_2027.xml"))).andReturn().getResponse().getStatus());
        answers.add("page practitioner " + mvc.perform(get(PAGE).with(users.as("social.worker")))
                .andReturn().getResponse().getStatus());
        answers.add("upload practitioner " + mvc.perform(multipart(PAGE)
                .file(new MockMultipartFile("file", "c.xml", "application/xml", resource("clean_CIN_Census_2027.xml")))
                .with(users.as("social.worker")).with(csrf())).andReturn().getResponse().getStatus());
        answers.add("api practitioner " + mvc.perform(post(API).with(users.as("social.worker")).with(csrf())
                .contentType("application/xml").content(resource("clean_CIN_Census_2027.xml")))
                .andReturn().getResponse().getStatus());
        assertThat(answers).containsExactly("page anonymous 302", "api anonymous 401", "page practitioner 403",
                "upload practitioner 403", "api practitioner 403");
        assertThat(mvc.perform(get(PAGE).with(users.as("analyst"))).andReturn().getResponse().getContentAsString())
                .contains("Upload a file", "enctype=\"multipart/form-data\"");
    }
}
