package kith.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kith.KithTest;
import kith.protection.Category;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.protection.Conferences;
import kith.protection.ProtectionMother;
import kith.protection.TransfersIn;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The seal on restricted records, tried the way an outsider would: the demo's Juniper Ashdown (NHS number 999 999
 * 0002, restricted, named only to social.worker) is the half-sister of Milo Carrow, whose Family Help the health
 * visitor leads; the police referred her, the front door decided her referral and asked her school. Every GET route
 * of every controller (pages and API, found by reflection, so that a new module's routes are asked too), with its
 * path variables filled by the ids of her family's records and its query parameters by what identifies her, is asked
 * as every demo user and as nobody. No answer to anyone but social.worker may contain her name, NHS number, date of
 * birth or LA child id (nor, but for the administrator who manages access by id, her record's id); and no GET
 * answers with a 5xx.
 */
@KithTest
class RestrictedRecordLeakTests {

    static final String NAMED = "social.worker";
    public static final List<String> USERS = List.of("social.worker", "team.manager", "front.door", "health.visitor",
            "police.officer", "school.dsl", "analyst", "admin", "child.protection", "conference.chair");
    static final String NHS = "9999990002";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother protection;
    @Autowired TransfersIn transfers;
    @Autowired Conferences conferences;
    @Autowired ChildProtectionPlans plans;
    @Autowired kith.networks.FamilyGroupDecisions fgdms;
    @Autowired kith.networks.FgdmOffers fgdmOffers;
    @Autowired kith.networks.PreProceedings preProceedings;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The restricted child, and the ids of every record of her family's, by the kind of path they appear in. */
    record Demo(UUID juniper, String laChildId, LocalDate born, Map<String, List<UUID>> ids) {

        List<UUID> all() {
            return ids.values().stream().flatMap(List::stream).distinct().toList();
        }
    }

    private Demo demo() {
        carrowsOnAPlan();
        carrowsInFamilyNetworkWork();
        var juniper = jdbc.sql("SELECT id, la_child_id, date_of_birth FROM person WHERE nhs_number = :nhs").param("nhs", NHS)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class)})
                .single();
        List<UUID> people = jdbc.sql("""
                        SELECT id FROM person WHERE nhs_number IN ('9999990002', '9999990010', '9999990029') ORDER BY id""")
                .query(UUID.class).list();
        Map<String, List<UUID>> ids = new LinkedHashMap<>();
        ids.put("people", people);
        ids.put("contacts", ids("SELECT DISTINCT contact_id FROM contact_child WHERE person_id = ANY(:people)", people));
        ids.put("referrals", ids("SELECT id FROM referral WHERE child_id = ANY(:people)", people));
        ids.put("information-requests", ids("SELECT id FROM information_request WHERE child_id = ANY(:people)", people));
        ids.put("family-help", ids("SELECT DISTINCT episode_id FROM episode_member WHERE person_id = ANY(:people)", people));
        List<UUID> episodes = ids.get("family-help");
        ids.put("assessments", ids("SELECT id FROM assessment WHERE episode_id = ANY(:people)", episodes));
        ids.put("plans", ids("SELECT id FROM family_plan WHERE episode_id = ANY(:people)", episodes));
        ids.put("visits", ids("SELECT id FROM visit WHERE episode_id = ANY(:people)", episodes));
        // Child protection pages, part A: the family's child protection work, by the segment of its pages' addresses.
        ids.put("episodes", episodes);
        ids.put("strategy-discussions", ids("SELECT id FROM strategy_discussion WHERE episode_id = ANY(:people)", episodes));
        ids.put("enquiries", ids("SELECT id FROM section_47_enquiry WHERE episode_id = ANY(:people)", episodes));
        ids.put("conferences", ids("SELECT id FROM child_protection_conference WHERE episode_id = ANY(:people)", episodes));
        ids.put("grants", ids("SELECT id FROM restricted_access_grant WHERE person_id = ANY(:people)", people));
        // Child protection (part B): the family's plans and transfers in, asked by their own kind of id.
        ids.put("child-protection/plans", ids("SELECT id FROM child_protection_plan WHERE child_id = ANY(:people)", people));
        ids.put("transfers-in", ids("SELECT id FROM transfer_in WHERE child_id = ANY(:people)", people));
        // networks: family group decision making (Milo's, naming Juniper as his sister) and pre-proceedings.
        ids.put("fgdm", ids("SELECT id FROM family_group_decision WHERE child_id = ANY(:people)", people));
        ids.put("pre-proceedings", ids("SELECT id FROM pre_proceedings WHERE child_id = ANY(:people)", people));
        // networks: support packages, asked by their own kind of id (one for Milo, on his plan, made once).
        ids.put("support-packages", supportPackagesOf(people));
        ids.put("agencies", jdbc.sql("SELECT id FROM agency ORDER BY name").query(UUID.class).list());
        // The demo users' practitioners, so that a practitioner's page is asked with real practitioners.
        ids.put("practitioners", jdbc.sql("SELECT practitioner_id FROM user_account ORDER BY username")
                .query(UUID.class).list());
        return new Demo((UUID) juniper[0], (String) juniper[1], (LocalDate) juniper[2], ids);
    }

    @Autowired kith.networks.SupportPackages supportPackages;
    @Autowired kith.networks.SupportPackagesMother supportPackagesMother;

    private List<UUID> supportPackagesOf(List<UUID> people) {
        UUID milo = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990029'").query(UUID.class).single();
        if (jdbc.sql("SELECT count(*) FROM support_package WHERE child_id = :m").param("m", milo).query(Long.class).single() == 0) {
            users.call("social.worker", () -> supportPackages.request(milo,
                    supportPackagesMother.request(supportPackagesMother.bed(15000))));
        }
        return ids("SELECT id FROM support_package WHERE child_id = ANY(:people)", people);
    }
    // --- end of networks: support packages

    /**
     * The demo has no child protection work, so that its pages are asked with real records the family's are made
     * here, once: Milo Carrow (Juniper's half-brother) moved here on another council's plan, and the transfer-in
     * conference set a plan here. (Through the services, as the demo users would; the demo's other records are
     * untouched.)
     */
    private void carrowsOnAPlan() {
        UUID milo = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990029'").query(UUID.class).single();
        if (jdbc.sql("SELECT count(*) FROM transfer_in WHERE child_id = :m").param("m", milo).query(Long.class).single() > 0) {
            return;
        }
        UUID episode = jdbc.sql("SELECT episode_id FROM episode_member WHERE person_id = :m").param("m", milo)
                .query(UUID.class).list().get(0);
        UUID lead = protection.practitioner("child.protection");
        LocalDate heldOn = protection.workingDaysAgo(2);
        UUID transfer = users.call("child.protection", () -> transfers.notify(new TransfersIn.Notification(episode, milo,
                "Northshire County Council", protection.workingDaysAgo(5), protection.workingDaysAgo(60), Category.NEG,
                "Duty desk, Northshire children's services", "Weekly visits and nursery every day")));
        UUID conference = users.call("child.protection", () -> conferences.arrangeTransferIn(transfer,
                new Conference.Arrangement(heldOn, List.of(new Conference.Invitee(Conference.InviteeKind.AGENCY, null,
                        protection.practitioner("police.officer"), null, null)), true, false, null)));
        users.run("conference.chair", () -> {
            conferences.hold(conference, conferences.open(conference).version(), new Conference.Held(heldOn, List.of(),
                    Conference.Decision.PLAN, Category.NEG, "Still at risk of neglect", false, null));
            plans.start(conference, new ChildProtectionPlan.NewPlan(heldOn, lead, "The flat is cold and there is little food",
                    List.of(new ChildProtectionPlan.Step("Apply for the household support fund", "Mum", "This week")),
                    null, null));
        });
    }

    /** Milo's family group decision, which names Juniper as his sister, and his pre-proceedings: made once. */
    private void carrowsInFamilyNetworkWork() {
        UUID milo = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990029'").query(UUID.class).single();
        UUID juniper = jdbc.sql("SELECT id FROM person WHERE nhs_number = :nhs").param("nhs", NHS).query(UUID.class).single();
        if (jdbc.sql("SELECT count(*) FROM family_group_decision WHERE child_id = :m").param("m", milo).query(Long.class).single() > 0) {
            return;
        }
        users.run(NAMED, () -> {
            UUID fgdm = fgdms.consider(new kith.networks.FamilyGroupDecision.FgdmConsideration(milo, List.of(juniper),
                    kith.networks.FgdmStage.PRE_PROCEEDINGS, protection.workingDaysAgo(3)));
            fgdmOffers.offer(fgdm, 0, new kith.networks.FamilyGroupDecision.FgdmOffer("Mum", protection.workingDaysAgo(2)));
            preProceedings.start(new kith.networks.PreProceeding.PpStart(milo, protection.workingDaysAgo(2)));
        });
    }

    private List<UUID> ids(String sql, List<UUID> of) {
        return jdbc.sql(sql).param("people", of.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /** What identifies Juniper, as pages and the API write it. */
    private static List<String> identifying(Demo demo) {
        return List.of("Juniper", "Ashdown", NHS, "999 999 0002", "999-999-0002", demo.laChildId(),
                demo.born().toString(), demo.born().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
                demo.born().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)),
                demo.born().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /** One GET to make: a path, query parameters, whether as htmx, and the probe values it carries. */
    record Probe(String path, Map<String, String> query, boolean htmx) {

        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder request = get(path);
            query.forEach(request::queryParam);
            return htmx ? request.header("HX-Request", "true") : request;
        }

        @Override
        public String toString() {
            return path + (query.isEmpty() ? "" : "?" + query) + (htmx ? " (htmx)" : "");
        }
    }

    @Test
    void noGetRouteShowsTheRestrictedChildToAnyoneNotNamedOnHerRecord() throws Exception {
        Demo demo = demo();
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE given_name ILIKE 'Juniper' OR family_name ILIKE 'Ashdown'")
                .query(Long.class).single()).as("no one else in the test database shares her names").isOne();
        assertThat(demo.ids().get("contacts")).as("the demo's referrals of the family").hasSizeGreaterThanOrEqualTo(2);
        assertThat(demo.ids().get("family-help")).as("the health visitor's Family Help for Milo").isNotEmpty();
        assertThat(jdbc.sql("SELECT array_agg(username) FROM restricted_access_grant WHERE person_id = :p AND revoked_at IS NULL")
                .param("p", demo.juniper()).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .containsExactly(NAMED);
        List<Probe> probes = probes(demo);
        List<String> leaks = new ArrayList<>();
        Map<String, Integer> shownToNamed = new LinkedHashMap<>();
        java.util.Set<String> opened = new java.util.HashSet<>();
        int answered = 0;
        for (String user : withNobody()) {
            for (Probe probe : probes) {
                MockHttpServletRequestBuilder request = probe.request();
                if (user != null) {
                    request.with(users.as(user));
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String where = "GET " + probe + " as " + (user == null ? "nobody" : user) + " (" + response.getStatus() + ")";
                if (response.getStatus() >= 500) {
                    leaks.add(where + ": a server error");
                }
                if (response.getStatus() == 200) {
                    answered++;
                    opened.add(probe.path());
                }
                String body = withoutEchoes(response.getContentAsString(), probe);
                if (NAMED.equals(user)) {
                    if (body.contains("Juniper") && body.contains("Ashdown")) {
                        shownToNamed.merge(probe.path(), 1, Integer::sum);
                    }
                    continue;
                }
                for (String text : identifying(demo)) {
                    if (Pattern.compile("\\b" + Pattern.quote(text) + "\\b", Pattern.CASE_INSENSITIVE).matcher(body).find()) {
                        leaks.add(where + ": shows " + text);
                    }
                }
                if (!"admin".equals(user) && body.contains(demo.juniper().toString())) {
                    leaks.add(where + ": shows her record's id");
                }
            }
        }
        assertThat(leaks).as("%d requests, %d answered 200", probes.size() * withNobody().size(), answered).isEmpty();
        // The test reached her: the named social worker sees her on her own page, her network and in search.
        // The child protection pages were asked with the family's own records, and opened for someone.
        for (UUID plan : demo.ids().get("child-protection/plans")) {
            assertThat(opened).contains("/child-protection/plans/" + plan, "/child-protection/plans/" + plan + "/for-family");
        }
        for (UUID transfer : demo.ids().get("transfers-in")) {
            assertThat(opened).contains("/child-protection/transfers-in/" + transfer);
        }
        assertThat(demo.ids().get("child-protection/plans")).isNotEmpty();
        assertThat(shownToNamed).containsKeys("/people/" + demo.juniper(), "/api/v1/people/" + demo.juniper(), "/people",
                "/api/v1/people");
    }

    @Test
    void theRoutesThatWouldShowHerAnswerWithRestrictedRecordInstead() throws Exception {
        Demo demo = demo();
        UUID milo = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990029'").query(UUID.class).single();
        UUID referral = jdbc.sql("SELECT id FROM referral WHERE child_id = :j").param("j", demo.juniper()).query(UUID.class).single();
        UUID contact = jdbc.sql("SELECT contact_id FROM referral WHERE id = :r").param("r", referral).query(UUID.class).single();
        UUID request = jdbc.sql("SELECT id FROM information_request WHERE child_id = :j").param("j", demo.juniper())
                .query(UUID.class).single();
        assertShowsRestrictedRecord("health.visitor", "/people/" + milo + "/network");
        assertShowsRestrictedRecord("health.visitor", "/people/" + milo + "/network?view=genogram");
        assertShowsRestrictedRecord("health.visitor", "/api/v1/people/" + milo + "/network");
        assertShowsRestrictedRecord("health.visitor", "/api/v1/people/" + milo + "/relationships");
        assertShowsRestrictedRecord("front.door", "/front-door/referrals/" + referral);
        assertShowsRestrictedRecord("front.door", "/api/v1/referrals/" + referral);
        assertShowsRestrictedRecord("team.manager", "/front-door/contacts/" + contact);
        assertShowsRestrictedRecord("team.manager", "/api/v1/contacts/" + contact);
        assertShowsRestrictedRecord("police.officer", "/referrals/" + contact);
        assertShowsRestrictedRecord("school.dsl", "/information-requests/" + request);
        assertShowsRestrictedRecord("school.dsl", "/information-requests");
        assertShowsRestrictedRecord("admin", "/people/" + demo.juniper() + "/access");
        assertShowsRestrictedRecord("admin", "/admin/restricted-records");
        // networks: Milo's family group decision names Juniper as his sister.
        UUID fgdm = jdbc.sql("SELECT id FROM family_group_decision WHERE child_id = :m").param("m", milo).query(UUID.class).single();
        assertShowsRestrictedRecord("health.visitor", "/fgdm/" + fgdm);
        assertShowsRestrictedRecord("team.manager", "/api/v1/fgdm/" + fgdm);
        for (String user : List.of("front.door", "team.manager", "admin")) {
            String found = mvc.perform(get("/api/v1/people").queryParam("q", NHS).with(users.as(user)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(found).as("searching her NHS number as %s confirms nothing", user).isEqualTo("[]");
        }
    }

    private void assertShowsRestrictedRecord(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s as %s", path, user).isEqualTo(200);
        assertThat(response.getContentAsString()).as("GET %s as %s", path, user).contains("Restricted record");
    }

    private static List<String> withNobody() {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(USERS);
        return all;
    }

    /** Every GET route, once per fill of its path variables, once per probe of each query parameter. */
    private List<Probe> probes(Demo demo) {
        List<String> values = List.of("Juniper Ashdown", "Ashdown", NHS, "999 999 0002", demo.born().toString(),
                demo.born().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), demo.juniper().toString());
        List<Probe> probes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            var methods = mapping.getKey().getMethodsCondition().getMethods();
            if (!(methods.isEmpty() || methods.contains(RequestMethod.GET)) || testOnly(mapping.getValue())) {
                continue;
            }
            List<String> params = new ArrayList<>();
            boolean htmx = false;
            for (Parameter parameter : mapping.getValue().getMethod().getParameters()) {
                RequestParam param = parameter.getAnnotation(RequestParam.class);
                if (param != null) {
                    params.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getName());
                }
                RequestHeader header = parameter.getAnnotation(RequestHeader.class);
                htmx |= header != null && ("HX-Request".equals(header.name()) || "HX-Request".equals(header.value()));
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/error")) {
                    continue;
                }
                for (String path : fills(pattern, demo)) {
                    probes.add(new Probe(path, Map.of(), false));
                    for (String param : params) {
                        for (String value : values) {
                            probes.add(new Probe(path, Map.of(param, value), false));
                            if (htmx) {
                                probes.add(new Probe(path, Map.of(param, value), true));
                            }
                        }
                    }
                }
            }
        }
        return probes;
    }

    /** Pages that exist only in the tests, to fail on purpose (the error page tests). */
    private static boolean testOnly(HandlerMethod handler) {
        var source = handler.getBeanType().getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    private static final Pattern VARIABLE = Pattern.compile("/([^/{}]+)/\\{([^}]+)}");

    /**
     * The pattern with each path variable filled by the ids of the family's records of the kind its path names
     * ("/people/{id}": her family's people); a variable of a kind not known here gets every id of every kind, so a
     * new module's routes are asked without changing this test.
     */
    private static List<String> fills(String pattern, Demo demo) {
        Matcher variable = VARIABLE.matcher(pattern);
        if (!variable.find()) {
            return pattern.contains("{") ? fill(pattern, "\\{[^}]+}", demo.all()) : List.of(pattern);
        }
        String segment = variable.group(1);
        List<UUID> candidates = switch (segment) {
            case "referrals" -> pattern.startsWith("/referrals/") ? demo.ids().get("contacts") : demo.ids().get("referrals");
            case "plans" -> pattern.startsWith("/child-protection/") ? demo.ids().get("child-protection/plans")
                    : demo.ids().get("plans");
            default -> demo.ids().getOrDefault(segment, demo.all());
        };
        List<String> filled = new ArrayList<>();
        for (String once : fill(pattern, "\\{" + Pattern.quote(variable.group(2)) + "}", candidates)) {
            filled.addAll(fills(once, demo));
        }
        return filled;
    }

    private static List<String> fill(String pattern, String variable, List<UUID> ids) {
        return ids.stream().map(id -> pattern.replaceFirst(variable, id.toString())).toList();
    }

    /**
     * The body without what the request itself said: its path (a problem's "instance"), and its values where a
     * form shows back what was typed (value="…").
     */
    private static String withoutEchoes(String body, Probe probe) {
        String cleaned = body.replace(probe.path(), "");
        for (String value : probe.query().values()) {
            cleaned = cleaned.replace("value=\"" + org.springframework.web.util.HtmlUtils.htmlEscape(value) + "\"", "value=\"\"");
        }
        return cleaned;
    }
}
