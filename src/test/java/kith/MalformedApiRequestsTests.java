package kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import kith.access.UserAccounts;
import kith.familyhelp.AssessmentContent;
import kith.familyhelp.Assessments;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.PlanContent;
import kith.familyhelp.Visits;
import kith.frontdoor.ReferralDecision;
import kith.protection.ProtectionMother;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated from the API's own OpenAPI document: for every operation in it, with real ids in its path, requests
 * that are malformed in every way the document lets us derive (each property of the body null, of the wrong
 * JSON type, holding a null character, too long; lists holding a null or far too many items; a body that is
 * empty, not JSON or not an object; a body sent as text, an answer asked for in XML; null characters and long
 * values in query parameters and headers; ids that name nothing) are sent as a user who may make the request.
 * None may be answered with a 5xx, every refusal must be a problem document, and the malformed parts must be
 * named. A new operation is covered as soon as it is in the document; if its path names a kind of record this
 * test does not know, the test says so.
 */
@KithTest
class MalformedApiRequestsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String HUGE_TEXT = "x".repeat(200_000);
    static final String TODAY = LocalDate.now().toString();

    /** The table that holds each kind of record a path names by the segment before its {id}. */
    static final Map<String, String> TABLES = Map.ofEntries(Map.entry("people", "person"),
            Map.entry("family-help", "family_help_episode"), Map.entry("assessments", "assessment"),
            Map.entry("plans", "family_plan"), Map.entry("contacts", "contact"), Map.entry("referrals", "referral"),
            Map.entry("corrections", "person_correction"), Map.entry("visits", "visit"),
            Map.entry("strategy-discussions", "strategy_discussion"), Map.entry("section-47-enquiries", "section_47_enquiry"),
            Map.entry("conferences", "child_protection_conference"),
            Map.entry("child-protection-plans", "child_protection_plan"),
            // networks: family group decision making and pre-proceedings
            Map.entry("fgdm", "family_group_decision"), Map.entry("pre-proceedings", "pre_proceedings"),
            // networks: a member of the child's network, named by their person id
            Map.entry("members", "person"),
            Map.entry("support-packages", "support_package"));

    /**
     * Values a plausible request holds where the schema's type alone cannot say (codes); a JSON null leaves the
     * property out.
     */
    static final Map<String, JsonNode> SAMPLES = Map.ofEntries(
            Map.entry("PersonRequest.kind", NODES.stringNode("CHILD")),
            Map.entry("PersonRequest.sex", NODES.stringNode("M")),
            Map.entry("PersonRequest.unborn", NODES.booleanNode(false)),
            Map.entry("PersonRequest.expectedDateOfBirth", NODES.nullNode()),
            Map.entry("PersonRequest.ethnicity", NODES.nullNode()),
            Map.entry("PersonRequest.nhsNumber", NODES.nullNode()),
            Map.entry("PersonRequest.upn", NODES.nullNode()),
            Map.entry("PersonRequest.disabilities", NODES.arrayNode()),
            Map.entry("Address.postcode", NODES.stringNode("SW1A 2AA")),
            Map.entry("Address.movedOut", NODES.nullNode()),
            Map.entry("ContactRequest.referrerKind", NODES.stringNode("AGENCY")),
            Map.entry("ContactRequest.referralSource", NODES.stringNode("2A")),
            Map.entry("ContactRequest.lawfulBasis", NODES.stringNode("SAFEGUARDING")),
            Map.entry("Child.nhsNumber", NODES.nullNode()),
            Map.entry("Child.postcode", NODES.nullNode()),
            Map.entry("Child.expectedDateOfBirth", NODES.nullNode()),
            Map.entry("DecisionRequest.decision", NODES.stringNode("NO_FURTHER_ACTION")),
            Map.entry("VisitRecord.kind", NODES.stringNode("HOME_VISIT")),
            Map.entry("Completion.outcome", NODES.stringNode("FAMILY_HELP_PLAN")),
            Map.entry("Writing.outcome", NODES.stringNode("FAMILY_HELP_PLAN")),
            Map.entry("Completion.primaryNeed", NODES.stringNode("N4")),
            Map.entry("Writing.primaryNeed", NODES.stringNode("N4")),
            Map.entry("Completion.factors", NODES.arrayNode().add("21")),
            Map.entry("Writing.factors", NODES.arrayNode().add("21")),
            Map.entry("Action.goal", NODES.numberNode(0)),
            Map.entry("PlanContent.reviewIntervalMonths", NODES.numberNode(3)),
            Map.entry("NewCorrection.about", NODES.stringNode("NAME")),
            Map.entry("CorrectionDecision.decision", NODES.stringNode("ACCEPT")),
            Map.entry("Record.kind", NODES.stringNode("MEETING")),
            Map.entry("Record.lawfulBasis", NODES.stringNode("SAFEGUARDING")),
            Map.entry("Participant.agencyType", NODES.stringNode("POLICE")),
            Map.entry("Findings.outcome", NODES.stringNode("INITIAL_CONFERENCE")),
            Map.entry("Held.decision", NODES.stringNode("PLAN")),
            Map.entry("Held.category", NODES.stringNode("NEG")),
            Map.entry("Invitee.kind", NODES.stringNode("AGENCY")),
            Map.entry("PlanEnding.reason", NODES.stringNode("BECAME_LOOKED_AFTER")),
            Map.entry("NewArrangement.type", NODES.stringNode("SPECIAL_GUARDIANSHIP_ORDER")),
            Map.entry("NewArrangement.offerIds", NODES.arrayNode()),
            // networks: family group decision making and pre-proceedings
            Map.entry("FgdmConsideration.stage", NODES.stringNode("FAMILY_HELP")),
            Map.entry("FgdmConsideration.siblingIds", NODES.arrayNode()),
            Map.entry("FgdmAnswer.answer", NODES.stringNode("ACCEPTED")),
            Map.entry("FamilysPlanAgreement.livesWithPersonId", NODES.nullNode()),
            Map.entry("PpLegalPlanningMeeting.decision", NODES.stringNode("ENTER_PRE_PROCEEDINGS")),
            Map.entry("PpStepDecision.outcome", NODES.stringNode("B")));

    /** A demo user of each role. */
    static final Map<String, String> DEMO_USERS = Map.of("TEAM_MANAGER", "team.manager", "PRACTITIONER", "social.worker",
            "FRONT_DOOR", "front.door", "PARTNER_PRACTITIONER", "health.visitor", "ADMINISTRATOR", "admin",
            "PERFORMANCE_ANALYST", "analyst", "CONFERENCE_CHAIR", "conference.chair");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired FamilyHelpMother mother;
    @Autowired Assessments assessments;
    @Autowired FamilyPlans plans;
    @Autowired UserAccounts accounts;
    @Autowired kith.people.Corrections corrections;
    @Autowired ProtectionMother protection;
    @Autowired kith.networks.FgdmMother fgdm;
    @Autowired kith.networks.PreProceedings preProceedingsService;
    @Autowired kith.networks.NetworksMother networks;

    /** The records the requests are about: one of each kind, made for this test. */
    record Records(UUID person, UUID otherPerson, UUID episode, UUID assessment, UUID plan, UUID referral,
            UUID contact, UUID practitioner, UUID correction, UUID visit, ProtectionMother.Case protection,
            UUID fgdm, UUID preProceedings, UUID networkMember, UUID supportPackage) {

        UUID of(String kind) {
            return switch (kind) {
                case "people" -> person;
                case "family-help" -> episode;
                case "assessments" -> assessment;
                case "plans" -> plan;
                case "referrals" -> referral;
                case "contacts" -> contact;
                case "corrections" -> correction;
                case "visits" -> visit;
                case "strategy-discussions" -> protection.discussionId();
                case "section-47-enquiries" -> protection.enquiryId();
                case "conferences" -> protection.conferenceId();
                case "child-protection-plans" -> protection.planId();
                case "fgdm" -> fgdm;
                case "pre-proceedings" -> preProceedings;
                case "members" -> networkMember;
                case "support-packages" -> supportPackage;
                default -> throw new AssertionError("The API names a kind of record this test does not know: '"
                        + kind + "'. Add it to Records and TABLES.");
            };
        }

        /** The id a body property of this name plausibly holds. */
        UUID forProperty(String name) {
            return switch (name) {
                case "referralId" -> referral;
                case "practitionerId" -> practitioner;
                case "relatedPersonId" -> otherPerson;
                default -> person;
            };
        }
    }

    private Records records() {
        EpisodeView episode = mother.episode("Fuzz", "Malformworth", ReferralDecision.TARGETED_EARLY_HELP);
        UUID child = episode.people().stream().filter(EpisodeView.Person::child).findFirst().orElseThrow().id();
        UUID other = mother.child("Other", "Malformworth");
        UUID assessment = users.call("team.manager", () -> assessments.start(episode.id(), child, null).id());
        users.run("team.manager", () -> assessments.write(assessment, 0,
                new AssessmentContent("Views", "Wishes", List.of(), "Analysis", null)));
        UUID plan = users.call("team.manager", () -> plans.agree(episode.id(), new PlanContent("Worries", "Going well",
                List.of("A goal"), List.of(), 3), false).id());
        // A referral still to be decided, for the decision's own rules.
        UUID undecided = mother.undecidedReferral(mother.child("Undecided", "Malformworth"), "Undecided", "Malformworth");
        UUID contact = jdbc.sql("SELECT contact_id FROM referral WHERE id = :id").param("id", undecided)
                .query(UUID.class).single();
        UUID correction = users.call("team.manager", () -> corrections.propose(child, "NAME", "Another name", "Told")
                .id());
        UUID visit = users.call("team.manager", () -> mother.visits().record(episode.id(), new Visits.VisitRecord(
                LocalDate.parse(TODAY), "HOME_VISIT", List.of(child), true, "Fuzz", "Fuzz is well", null)));
        return new Records(child, other, episode.id(), assessment, plan, undecided, contact,
                accounts.loadUserByUsername("health.visitor").practitionerId(), correction, visit,
                protection.onAPlan("Fuzz", "Protectworth", 12, 2), fgdm.considered(child),
                users.call("social.worker", () -> preProceedingsService.start(
                        new kith.networks.PreProceeding.PpStart(child, LocalDate.parse(TODAY).minusDays(10)))),
                networks.member(child, "Fuzz", "Kinworth", kith.people.RelationshipType.AUNT_OR_UNCLE),
                supportPackages.requested("Fuzz", "Packageworth", supportPackages.bed(100)));
    }

    @Autowired kith.networks.SupportPackagesMother supportPackages;

    @Test
    void noOperationAnswersAMalformedRequestWithA5xxAndEveryRefusalIsAProblemNamingWhatWasWrong() throws Exception {
        JsonNode api = JSON.readTree(mvc.perform(get("/v3/api-docs").with(users.as("admin")))
                .andReturn().getResponse().getContentAsString());
        Records records = records();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                Operation operation = new Operation(api, HttpMethod.valueOf(entry.getKey().toUpperCase()), path.getKey(),
                        entry.getValue(), records);
                operations++;
                for (Case c : operation.cases()) {
                    requests++;
                    MockHttpServletResponse response = mvc.perform(c.request()).andReturn().getResponse();
                    check(operation + " " + c.what(), response, c.expected(), failures);
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThanOrEqualTo(30);
        assertThat(requests).as("requests sent").isGreaterThan(500);
        assertThat(failures).as(failures.size() + " of " + requests + " requests were answered wrongly").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- expectations

    /** What a case must be answered with, beyond "no 5xx, and a problem document for every 4xx". */
    interface Expected {
        /** A description of what was wrong with the answer, or null. */
        String mismatch(int status, JsonNode problem);
    }

    static Expected anything() {
        return (status, problem) -> null;
    }

    static Expected refused() {
        return (status, problem) -> status >= 400 ? null : "was accepted (" + status + ")";
    }

    static Expected status(int expected) {
        return (status, problem) -> status == expected ? null : "expected " + expected + " but got " + status;
    }

    /** 400, with the field named among the problem's errors. */
    static Expected invalid(String field) {
        return (status, problem) -> {
            if (status != 400) {
                return "expected 400 naming " + field + " but got " + status;
            }
            List<String> named = new ArrayList<>();
            problem.path("errors").forEach(error -> named.add(error.path("field").asString()));
            return named.contains(field) ? null : "expected errors to name " + field + " but they named " + named;
        };
    }

    private static void check(String what, MockHttpServletResponse response, Expected expected, List<String> failures)
            throws Exception {
        int status = response.getStatus();
        String body = response.getContentAsString();
        String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        if (status >= 500) {
            failures.add(what + ": " + status + " " + shown);
            return;
        }
        JsonNode problem = NODES.objectNode();
        if (status >= 400) {
            String type = response.getContentType();
            if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                failures.add(what + ": " + status + " answered as " + type + ", not a problem document: " + shown);
                return;
            }
            problem = JSON.readTree(body);
        }
        String mismatch = expected.mismatch(status, problem);
        if (mismatch != null) {
            failures.add(what + ": " + mismatch + " " + shown);
        }
    }

    // ------------------------------------------------------------------------------------------------ generation

    /** One malformed request and what it must be answered with. */
    record Case(String what, MockHttpServletRequestBuilder request, Expected expected) {}

    /** A step into a JSON body: a property name or a list index. */
    record Step(String property, int index) {
        static Step of(String property) {
            return new Step(property, -1);
        }

        static Step at(int index) {
            return new Step(null, index);
        }
    }

    /** An operation of the API document, and the malformed requests derived from it. */
    final class Operation {
        private final JsonNode api;
        private final HttpMethod method;
        private final String path;
        private final JsonNode spec;
        private final Records records;
        private final JsonNode bodySchema;

        Operation(JsonNode api, HttpMethod method, String path, JsonNode spec, Records records) {
            this.api = api;
            this.method = method;
            this.path = path;
            this.spec = spec;
            this.records = records;
            JsonNode schema = spec.path("requestBody").path("content").path("application/json").path("schema");
            this.bodySchema = schema.isMissingNode() ? null : schema;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        /**
         * A demo user who may make this request, by the roles the document says hold its permission: the team
         * manager where it may (a council caseworker opens every record), else another who may; administration's
         * reading is the administrator's.
         */
        private String user() {
            if (path.startsWith("/api/v1/audit")) {
                return "admin";
            }
            List<String> roles = roles();
            if (roles.isEmpty() || roles.contains("TEAM_MANAGER")) {
                return "team.manager";
            }
            return roles.stream().filter(DEMO_USERS::containsKey).map(DEMO_USERS::get).findFirst()
                    .orElseThrow(() -> new AssertionError(this + " needs a role no demo user has: " + roles));
        }

        /** The roles that may make this request, as the document says (writing operations only). */
        private List<String> roles() {
            List<String> roles = new ArrayList<>();
            spec.path("x-kith-roles").forEach(role -> roles.add(role.asString()));
            return roles;
        }

        private List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asString())) {
                    found.add(p);
                }
            });
            return found;
        }

        private boolean hasHeader(String name) {
            return parameters("header").stream().anyMatch(p -> name.equalsIgnoreCase(p.path("name").asString()));
        }

        /** The path with real ids; {@code id} may be replaced by another value. */
        private String uri(String id) {
            String uri = path;
            for (JsonNode variable : parameters("path")) {
                String name = variable.path("name").asString();
                // Annex A's {list} is a list's number, not a record's id.
                String value = "relatedId".equals(name) ? records.otherPerson().toString()
                        : "list".equals(name) ? "3"
                        : id != null ? id : records.of(kindOf(name)).toString();
                uri = uri.replace("{" + name + "}", value);
            }
            return uri;
        }

        private String kindOf(String variable) {
            String before = path.substring(0, path.indexOf("{" + variable + "}") - 1);
            return before.substring(before.lastIndexOf('/') + 1);
        }

        /** The current version of the record the path's {id} names, as its ETag. */
        private String etag() {
            String kind = kindOf("id");
            String table = TABLES.get(kind);
            assertThat(table).as("the table of " + kind).isNotNull();
            long version = jdbc.sql("SELECT version FROM " + table + " WHERE id = :id").param("id", records.of(kind))
                    .query(Long.class).single();
            return "\"" + version + "\"";
        }

        /** A plausible request: the right path, headers, query and body, to spoil one part of at a time. */
        private MockHttpServletRequestBuilder request(String uri, Map<String, String> query, String body,
                Consumer<MockHttpServletRequestBuilder> spoil) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, uri)
                    .with(users.as(user())).with(csrf());
            query.forEach(request::param);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(body);
            }
            spoil.accept(request);
            if (hasHeader("If-Match")) {
                // Read when the request is sent, since an earlier request may have changed the record.
                request.with(sent -> {
                    if (sent.getHeader("If-Match") == null) {
                        sent.addHeader("If-Match", etag());
                    }
                    return sent;
                });
            }
            return request;
        }

        private Map<String, String> query() {
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonNode parameter : parameters("query")) {
                String name = parameter.path("name").asString();
                String type = parameter.path("schema").path("type").asString();
                String format = parameter.path("schema").path("format").asString();
                query.put(name, switch (name) {
                    case "from", "to" -> TODAY;
                    case "add" -> "1";
                    case "q" -> "Malformworth";
                    default -> "integer".equals(type) ? "1" : "uuid".equals(format) ? records.person().toString() : "Text";
                });
            }
            return query;
        }

        private String baseBody() {
            return bodySchema == null ? null : sample(bodySchema, null, "body").toString();
        }

        List<Case> cases() {
            List<Case> cases = new ArrayList<>();
            String body = baseBody();
            Map<String, String> query = query();
            Consumer<MockHttpServletRequestBuilder> none = r -> {};
            if (!method.equals(HttpMethod.GET)) {
                assertThat(spec.has("x-kith-permission")).as(this + " says in the document who may call it").isTrue();
                if (!roles().contains("PERFORMANCE_ANALYST")) {
                    // Refused before anything is read: the spoilt body and version are never looked at.
                    cases.add(new Case("by a role that may not (analyst), spoilt", MockMvcRequestBuilders.request(method,
                                    uri(null)).with(users.as("analyst")).with(csrf()).header("If-Match", "W/\"99\"")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"spoilt\": [null"), status(403)));
                }
            }
            // An operation that answers with a file in XML (a statutory return) is asked for one in plain text instead.
            MediaType unserved = spec.path("responses").path("200").path("content").has(MediaType.APPLICATION_XML_VALUE)
                    ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_XML;
            cases.add(new Case("asking for " + unserved, request(uri(null), query, body,
                    r -> r.accept(unserved)), status(406)));
            cases.add(new Case("with a body in text", request(uri(null), query, null,
                    r -> r.contentType(MediaType.TEXT_PLAIN).content("Text")), status(415)));
            cases.add(new Case("with a body over 1 MB", request(uri(null), query, null,
                    r -> r.contentType(MediaType.APPLICATION_JSON).content("[" + "1,".repeat(600_000) + "1]")),
                    status(413)));
            if (parameters("path").stream().anyMatch(p -> !"list".equals(p.path("name").asString()))) {
                cases.add(new Case("naming a record that does not exist", request(uri(UUID.randomUUID().toString()),
                        query, body, r -> r.header("If-Match", "\"0\"")), status(404)));
                cases.add(new Case("with an id that is not an id", request(uri("not-an-id"), query, body,
                        r -> r.header("If-Match", "\"0\"")), status(400)));
            }
            if (hasHeader("If-Match")) {
                cases.add(new Case("with a weak If-Match", request(uri(null), query, body,
                        r -> r.header("If-Match", "W/" + etag())), status(412)));
                cases.add(new Case("with an If-Match that is not a version", request(uri(null), query, body,
                        r -> r.header("If-Match", "\"one\"")), status(412)));
                cases.add(new Case("with a null character in If-Match", request(uri(null), query, body,
                        r -> r.header("If-Match", "\"1\u0000\"")), status(400)));
            }
            if (hasHeader("Idempotency-Key")) {
                for (String key : List.of("clé-été", "k".repeat(300), "with space")) {
                    cases.add(new Case("with the Idempotency-Key " + shown(key), request(uri(null), query, body,
                            r -> r.header("Idempotency-Key", key)), invalid("Idempotency-Key")));
                }
                cases.add(new Case("with a null character in the Idempotency-Key", request(uri(null), query, body,
                        r -> r.header("Idempotency-Key", "a\u0000b")), status(400)));
            }
            for (String name : query.keySet()) {
                cases.add(new Case("with a null character in " + name, request(uri(null), with(query, name, "a\u0000b"),
                        body, none), invalid(name)));
                cases.add(new Case("with a long " + name, request(uri(null), with(query, name, "y".repeat(10_000)),
                        body, none), anything()));
            }
            if (bodySchema != null) {
                for (String spoilt : List.of("", "{\"unfinished\": ", "null", "[null]", "\"Text\"", "12", "[]")) {
                    cases.add(new Case("with the body " + shown(spoilt), request(uri(null), query, null,
                            r -> r.contentType(MediaType.APPLICATION_JSON).content(spoilt)), invalid("body")));
                }
                JsonNode base = JSON.readTree(body);
                spoilProperties(base, bodySchema, new ArrayList<>(), 0, cases, query);
            }
            return cases;
        }

        /** Each property in turn, at any depth: null, the wrong types, a null character, too long, too many. */
        private void spoilProperties(JsonNode base, JsonNode schema, List<Step> at, int depth, List<Case> cases,
                Map<String, String> query) {
            JsonNode resolved = resolve(schema);
            if (depth > 3 || !"object".equals(type(resolved))) {
                return;
            }
            for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
                List<Step> here = new ArrayList<>(at);
                here.add(Step.of(property.getKey()));
                JsonNode propertySchema = resolve(property.getValue());
                spoilValue(base, here, propertySchema, depth, cases, query);
            }
        }

        private void spoilValue(JsonNode base, List<Step> at, JsonNode schema, int depth, List<Case> cases,
                Map<String, String> query) {
            String field = field(at);
            String type = type(schema);
            add(cases, base, at, NODES.nullNode(), "null", at.getLast().index() >= 0 ? invalid(field) : anything(), query);
            for (JsonNode wrong : wrongTypes(type)) {
                add(cases, base, at, wrong, "of the wrong type " + shown(wrong.toString()), invalid(field), query);
            }
            switch (type) {
                case "string" -> {
                    add(cases, base, at, NODES.stringNode("a\u0000b"), "holding a null character", invalid(field), query);
                    add(cases, base, at, NODES.stringNode(HUGE_TEXT), "of 200,000 characters", refused(), query);
                    if ("date".equals(schema.path("format").asString())) {
                        for (String date : List.of("2015-03-04T10:00:00Z", "2015-03-04T10:00:00", "2015-02-30", "04/03/2015")) {
                            add(cases, base, at, NODES.stringNode(date), "as " + date, invalid(field), query);
                        }
                    }
                    if ("uuid".equals(schema.path("format").asString())) {
                        add(cases, base, at, NODES.stringNode("not-an-id"), "not an id", invalid(field), query);
                    }
                }
                case "integer" -> add(cases, base, at, NODES.numberNode(new java.math.BigInteger("123456789012345678901234")),
                        "too large a number", status(400), query);
                case "array" -> {
                    JsonNode items = resolve(schema.path("items"));
                    JsonNode item = sample(items, null, field + "[0]");
                    ArrayNode many = NODES.arrayNode();
                    int count = "object".equals(type(items)) ? 2_000 : 10_000;
                    for (int i = 0; i < count; i++) {
                        many.add(item.deepCopy());
                    }
                    add(cases, base, at, many, "with " + count + " items", refused(), query);
                    List<Step> first = new ArrayList<>(at);
                    first.add(Step.at(0));
                    ArrayNode one = NODES.arrayNode().add(item);
                    JsonNode withItem = replaced(base, at, one);
                    spoilValue(withItem, first, items, depth + 1, cases, query);
                }
                case "object" -> spoilProperties(base, schema, at, depth + 1, cases, query);
                default -> { }
            }
        }

        private void add(List<Case> cases, JsonNode base, List<Step> at, JsonNode value, String how, Expected expected,
                Map<String, String> query) {
            String body = replaced(base, at, value).toString();
            cases.add(new Case("with " + field(at) + " " + how, request(uri(null), query, body, r -> {}), expected));
        }

        private JsonNode sample(JsonNode schema, String owner, String name) {
            JsonNode resolved = resolve(schema);
            String schemaName = schemaName(schema);
            String type = type(resolved);
            if (resolved.has("enum")) {
                return resolved.path("enum").get(0);
            }
            return switch (type) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
                        JsonNode hint = SAMPLES.get(schemaName + "." + property.getKey());
                        if (hint == null) {
                            object.set(property.getKey(), sample(property.getValue(), schemaName, property.getKey()));
                        } else if (!hint.isNull()) {
                            object.set(property.getKey(), hint);
                        }
                    }
                    yield object;
                }
                case "array" -> NODES.arrayNode().add(sample(resolved.path("items"), owner, name));
                case "integer", "number" -> NODES.numberNode(1);
                case "boolean" -> NODES.booleanNode(true);
                default -> switch (resolved.path("format").asString()) {
                    case "date" -> NODES.stringNode(TODAY);
                    case "uuid" -> NODES.stringNode(records.forProperty(name).toString());
                    default -> NODES.stringNode("Text");
                };
            };
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asString("");
            if (ref.isEmpty()) {
                return schema;
            }
            return api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }

        private String schemaName(JsonNode schema) {
            String ref = schema.path("$ref").asString("");
            return ref.isEmpty() ? "" : ref.substring(ref.lastIndexOf('/') + 1);
        }
    }

    private static String type(JsonNode schema) {
        String type = schema.path("type").asString("");
        if (type.isEmpty() && schema.has("properties")) {
            return "object";
        }
        return type;
    }

    private static List<JsonNode> wrongTypes(String type) {
        return switch (type) {
            case "string" -> List.of(NODES.numberNode(20150304), NODES.booleanNode(true), NODES.objectNode());
            case "integer", "number" -> List.of(NODES.stringNode("1"), NODES.numberNode(1.5), NODES.booleanNode(true));
            case "boolean" -> List.of(NODES.stringNode("true"), NODES.numberNode(1), NODES.arrayNode());
            case "array" -> List.of(NODES.stringNode("Text"), NODES.objectNode());
            case "object" -> List.of(NODES.stringNode("Text"), NODES.arrayNode().add(NODES.nullNode()));
            default -> List.of();
        };
    }

    /** A copy of {@code base} with the value at {@code at} replaced. */
    private static JsonNode replaced(JsonNode base, List<Step> at, JsonNode value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy;
        Iterator<Step> steps = at.iterator();
        Step step = steps.next();
        while (steps.hasNext()) {
            parent = step.property() != null ? parent.get(step.property()) : parent.get(step.index());
            step = steps.next();
        }
        if (step.property() != null) {
            ((ObjectNode) parent).set(step.property(), value);
        } else {
            ((ArrayNode) parent).set(step.index(), value);
        }
        return copy;
    }

    /** The field as the API names it: aliases[0].givenName. */
    private static String field(List<Step> at) {
        StringBuilder field = new StringBuilder();
        for (Step step : at) {
            if (step.property() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.property());
            } else {
                field.append('[').append(step.index()).append(']');
            }
        }
        return field.toString();
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(query);
        changed.put(name, value);
        return changed;
    }

    private static String shown(String value) {
        String visible = value.replace("\u0000", "\\u0000");
        return "'" + (visible.length() > 40 ? visible.substring(0, 40) + "…" : visible) + "'";
    }
}
