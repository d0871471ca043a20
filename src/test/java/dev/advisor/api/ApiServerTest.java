package dev.advisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.TestFolders;
import dev.advisor.api.TestHttp.Raw;
import dev.advisor.app.Advisor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.advisor.api.TestHttp.JSON;
import static dev.advisor.api.TestHttp.assertError;
import static dev.advisor.api.TestHttp.chunked;
import static dev.advisor.api.TestHttp.json;
import static dev.advisor.api.TestHttp.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP API over real HTTP: one server on a random port for the whole class, the real
 * questionnaires and rules, and the JDK client.
 */
class ApiServerTest {
        private static final Path EXAMPLES = TestFolders.EXAMPLES;
    private static final List<String> STRATEGIES =
            List.of("best_price", "best_product", "differentiation", "focus", "trust_relationship");

    private static TestHttp http;

    @BeforeAll
    static void startServer() throws Exception {
        http = TestHttp.start(new Advisor(TestFolders.QUESTIONNAIRES, TestFolders.RULES));
    }

    @AfterAll
    static void stopServer() {
        if (http != null) http.close();
    }

    // ---------------------------------------------------------------- helpers

    private static ObjectNode example(String name) throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(EXAMPLES.resolve(name)));
    }

    /** Asserts that an error body's message names {@code fragment}. */
    private static void assertMessageNames(JsonNode error, String fragment) {
        assertTrue(error.get("message").asText().contains(fragment), error.get("message").asText());
    }

    private static List<String> paths(JsonNode problems) {
        List<String> paths = new ArrayList<>();
        problems.forEach(p -> paths.add(p.get("path").asText()));
        return paths;
    }

    private static JsonNode problemAt(JsonNode body, String path) {
        for (JsonNode problem : body.get("problems")) {
            if (path.equals(problem.get("path").asText())) return problem;
        }
        throw new AssertionError("no problem at " + path + " in " + body.get("problems"));
    }

    // ---------------------------------------------------------------- health and catalogue

    @Test
    void healthIsOkAndNamesTheRulesVersion() throws Exception {
        // given a running server
        // when
        HttpResponse<byte[]> response = http.get("/health");
        // then
        assertEquals(200, response.statusCode());
        JsonNode body = json(response);
        assertEquals("ok", body.get("status").asText());
        assertTrue(body.get("rulesVersion").asText().matches("[0-9a-f]{16}"),
                "rulesVersion is the rule set's hash, got " + body.get("rulesVersion"));
    }

    @Test
    void questionnaireListIncludesTheBusinessBriefWithItsTitle() throws Exception {
        // given the questionnaires folder with business-brief.json
        // when
        HttpResponse<byte[]> response = http.get("/api/questionnaires");
        // then
        assertEquals(200, response.statusCode());
        JsonNode list = json(response);
        assertTrue(list.isArray());
        JsonNode brief = null;
        for (JsonNode q : list) if ("business-brief".equals(q.get("id").asText())) brief = q;
        assertTrue(brief != null, "business-brief listed in " + list);
        JsonNode definition = JSON.readTree(Files.readString(TestFolders.QUESTIONNAIRES.resolve("business-brief.json")));
        assertEquals(definition.get("version").asText(), brief.get("version").asText());
        assertEquals(definition.at("/title/en").asText(), brief.get("titleEn").asText());
    }

    @Test
    void questionnaireByIdReturnsItsSectionsInOrder() throws Exception {
        // given the definition on disk
        JsonNode onDisk = JSON.readTree(Files.readString(TestFolders.QUESTIONNAIRES.resolve("business-brief.json")));
        List<String> expected = new ArrayList<>();
        onDisk.get("sections").forEach(s -> expected.add(s.get("id").asText()));
        // when
        HttpResponse<byte[]> response = http.get("/api/questionnaires/business-brief");
        // then
        assertEquals(200, response.statusCode());
        JsonNode body = json(response);
        assertEquals("business-brief", body.get("id").asText());
        List<String> sections = new ArrayList<>();
        body.get("sections").forEach(s -> sections.add(s.get("id").asText()));
        assertEquals(expected, sections);
        assertTrue(sections.containsAll(List.of("company", "segments", "tools", "funnel")), "sections " + sections);
    }

    @Test
    void rulesListingNamesEveryFileWithItsRulesAndTheirLines() throws Exception {
        // given the rules folder
        // when
        HttpResponse<byte[]> response = http.get("/api/rules");
        // then
        assertEquals(200, response.statusCode());
        JsonNode body = json(response);
        assertEquals(json(http.get("/health")).get("rulesVersion").asText(), body.get("rulesVersion").asText());
        List<String> files = new ArrayList<>();
        for (JsonNode file : body.get("files")) {
            files.add(file.get("file").asText());
            assertTrue(file.get("rules").size() > 0, "rules in " + file.get("file"));
            for (JsonNode rule : file.get("rules")) {
                assertFalse(rule.get("name").asText().isBlank(), "rule name in " + file);
                assertTrue(rule.get("line").asInt() > 0, "line of " + rule);
            }
        }
        assertTrue(files.containsAll(List.of("rules/funnel/funnel.drl", "rules/strategy/strategy.drl", "rules/usp/usp.drl")),
                "files " + files);
        // and the line of a rule is the line it is written on
        List<String> funnel = Files.readAllLines(TestFolders.RULES.resolve("funnel/funnel.drl"));
        for (JsonNode file : body.get("files")) {
            if (!file.get("file").asText().equals("rules/funnel/funnel.drl")) continue;
            for (JsonNode rule : file.get("rules")) {
                String line = funnel.get(rule.get("line").asInt() - 1);
                assertTrue(line.contains("rule \"" + rule.get("name").asText() + "\""),
                        "line " + rule.get("line") + " of funnel.drl is '" + line + "'");
            }
        }
    }

    // ---------------------------------------------------------------- evaluations

    @ParameterizedTest
    @MethodSource("dev.advisor.TestFolders#exampleFiles")
    void exampleBriefGetsAFullReport(String example) throws Exception {
        // given an example brief
        ObjectNode brief = example(example);
        // when
        HttpResponse<byte[]> response = http.postJson(brief);
        // then
        assertEquals(200, response.statusCode(), () -> text(response));
        JsonNode report = json(response);
        assertEquals("business-brief", report.get("questionnaire").asText());
        assertEquals(json(http.get("/health")).get("rulesVersion").asText(), report.get("rulesVersion").asText());

        JsonNode ranking = report.at("/strategy/ranking");
        assertEquals(5, ranking.size(), "ranking " + ranking);
        Set<String> strategies = new HashSet<>();
        int previous = Integer.MAX_VALUE;
        for (JsonNode rank : ranking) {
            strategies.add(rank.get("strategy").asText());
            assertTrue(rank.get("reasons").size() > 0 || rank.get("score").asInt() == 0,
                    "a scored strategy has its reasons: " + rank.get("strategy"));
            int sum = 0;
            for (JsonNode reason : rank.get("reasons")) {
                sum += reason.get("points").asInt();
                assertRuleRef(reason.get("rule"));
                assertFalse(reason.get("text").asText().isBlank());
            }
            assertEquals(sum, rank.get("score").asInt(), "score of " + rank.get("strategy") + " is the sum of its reasons");
            assertTrue(rank.get("score").asInt() <= previous, "ranking best first");
            previous = rank.get("score").asInt();
        }
        assertEquals(Set.copyOf(STRATEGIES), strategies);
        assertEquals(ranking.get(0).get("strategy").asText(), report.at("/strategy/recommended").asText());

        JsonNode stages = report.at("/funnel/stages");
        assertEquals(5, stages.size(), "stages " + stages);
        for (JsonNode stage : stages) {
            assertTrue(Set.of("covered", "thin", "empty").contains(stage.get("status").asText()), "status of " + stage);
            // a stage with a tool is never empty; one without may still be met by the business's own people or checkout
            assertTrue(stage.get("tools").size() == 0 || !"empty".equals(stage.get("status").asText()),
                    "a stage with a tool at work is not empty: " + stage);
        }

        JsonNode recommendations = report.get("recommendations");
        assertTrue(recommendations.size() > 0, "recommendations");
        for (JsonNode recommendation : recommendations) {
            assertTrue(recommendation.get("because").size() > 0, "because of " + recommendation.get("id"));
            assertRuleRef(recommendation.get("rule"));
        }
        assertTrue(report.get("firedRules").size() > 0, "fired rules");
    }

    @Test
    void vehicleMakerGetsOneDistinctUspPerTargetSegmentAndStrategyAsOnDisk() throws Exception {
        // given the vehicle maker's brief: five target segments and one anti-segment
        ObjectNode brief = example("vehicle-maker.json");
        // when
        JsonNode report = json(http.postJson(brief));
        // then
        JsonNode usps = report.get("usps");
        assertEquals(5, usps.size(), "usps " + usps);
        Set<String> propositions = new HashSet<>();
        Set<String> segments = new HashSet<>();
        for (JsonNode usp : usps) {
            propositions.add(usp.get("proposition").asText());
            segments.add(usp.get("segment").asText());
            assertTrue(usp.get("proposition").asText().startsWith(usp.get("segment").asText() + ":"),
                    "proposition names its segment: " + usp);
            assertTrue(usp.get("because").size() > 0, "because of " + usp.get("segment"));
            assertRuleRef(usp.get("rule"));
        }
        assertEquals(5, propositions.size(), "distinct propositions");
        assertEquals(Set.of("Rescue services (MES)", "Hunters", "Oil workers", "Extreme sports fans", "Fishermen"), segments);
        assertFalse(segments.contains("City residents wanting a cheap toy"), "no USP for the anti-segment");
        assertEquals("differentiation", report.at("/strategy/recommended").asText());
    }

    @Test
    void contactLensShopIsAdvisedTheBestPriceStrategy() throws Exception {
        // given a shop that sells below market thanks to a cost advantage
        ObjectNode brief = example("contact-lens-shop.json");
        // when
        JsonNode report = json(http.postJson(brief));
        // then
        assertEquals("best_price", report.at("/strategy/recommended").asText());
        assertTrue(report.at("/strategy/ranking/0/score").asInt() > report.at("/strategy/ranking/1/score").asInt(),
                "best_price clearly ahead: " + report.at("/strategy/ranking"));
    }

    @Test
    void markdownIsReturnedWhenAsked() throws Exception {
        // given
        String brief = Files.readString(EXAMPLES.resolve("vehicle-maker.json"));
        // when
        HttpResponse<byte[]> response = http.postJson(brief, "Accept", "text/markdown");
        // then
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"),
                "content type " + response.headers().firstValue("Content-Type"));
        String markdown = text(response);
        assertTrue(markdown.startsWith("# "), "starts with a heading: " + markdown.substring(0, Math.min(80, markdown.length())));
        assertTrue(markdown.contains("Rescue services (MES)"), "the report mentions the segments");
        assertFalse(markdown.stripLeading().startsWith("{"), "not JSON");
    }

    @Test
    void anHtmlReportIsReturnedWhenAskedWithTheChartTheMatrixAndTheCards() throws Exception {
        // given
        String brief = Files.readString(EXAMPLES.resolve("vehicle-maker.json"));
        // when
        HttpResponse<byte[]> response = http.postJson(brief, "Accept", "text/html");
        // then a whole page: one bar per strategy, a row per tool, a card per USP, every recommendation
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = text(response);
        assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 40));
        assertTrue(html.contains("<main class=\"report\" id=\"report\">"));
        assertEquals(5, count(html, "<g class=\"bar "), "bars");
        assertEquals(5, count(html, "<article class=\"card usp\">"), "USP cards");
        assertTrue(html.contains("<table class=\"matrix\">") && html.contains("data-stage=\"retention\""));
        JsonNode report = json(http.postJson(brief));
        assertEquals(report.get("recommendations").size(), count(html, "<article class=\"recommendation "), "recommendations");
        assertTrue(html.contains(".drl:"), "the rule behind each item is named");
    }

    @Test
    void aDraftWhoseToolLineHasNoToolYetIsEvaluated() throws Exception {
        // given a draft as the form sends it half filled: a company, and a tool line with a budget only
        String draft = """
                {"questionnaire": "business-brief", "status": "draft",
                 "answers": {"company_name": "A", "tools": [{}, {"monthly_budget": 5000}]}}""";
        // when evaluated, then a report, not a server error
        HttpResponse<byte[]> response = http.postJson(draft);
        assertEquals(200, response.statusCode(), () -> text(response));
    }

    @Test
    void theExampleBriefsAreListedAndServedWhole() throws Exception {
        // given the shipped examples
        List<String> files = TestFolders.exampleFiles().toList();
        // when listed
        JsonNode list = json(http.get("/api/examples"));
        // then every one is there with its company, and each can be fetched as the document on disk
        assertEquals(files.size(), list.size(), list.toString());
        assertEquals("vehicle-maker", list.get(files.indexOf("vehicle-maker.json")).get("id").asText());
        HttpResponse<byte[]> one = http.get("/api/examples/vehicle-maker");
        assertEquals(200, one.statusCode());
        assertEquals(JSON.readTree(EXAMPLES.resolve("vehicle-maker.json").toFile()), json(one));
        assertMessageNames(assertError(http.get("/api/examples/no-such-brief"), 404), "no-such-brief");
    }

    @Test
    void theBrowserAppAndItsStyleSheetsAreServed() throws Exception {
        HttpResponse<byte[]> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(text(page).contains("<script type=\"module\""), "the form page");
        HttpResponse<byte[]> css = http.get("/report.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    private static int count(String text, String fragment) {
        int n = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) n++;
        return n;
    }

    @Test
    void identicalAnswersGiveByteIdenticalReports() throws Exception {
        // given the same brief
        byte[] brief = Files.readAllBytes(EXAMPLES.resolve("contact-lens-shop.json"));
        // when posted twice
        HttpResponse<byte[]> first = http.post("/api/evaluations", "application/json", brief);
        HttpResponse<byte[]> second = http.post("/api/evaluations", "application/json", brief);
        // then
        assertEquals(200, first.statusCode());
        assertEquals(200, second.statusCode());
        assertTrue(first.body().length > 1000, "a real report");
        assertArrayEquals(first.body(), second.body());
    }

    @Test
    void aDraftWithAHiddenAnswerIsEvaluatedWithAWarning() throws Exception {
        // given a draft that answers has_brand_platform while builds_brand is false
        ObjectNode brief = example("contact-lens-shop.json");
        brief.put("status", "draft");
        ((ObjectNode) brief.get("answers")).put("has_brand_platform", true);
        // when
        HttpResponse<byte[]> response = http.postJson(brief);
        // then
        assertEquals(200, response.statusCode(), () -> text(response));
        JsonNode warnings = json(response).get("warnings");
        assertTrue(paths(warnings).contains("has_brand_platform"), "warnings " + warnings);
    }

    private static void assertRuleRef(JsonNode rule) {
        assertAll("rule " + rule,
                () -> assertFalse(rule.get("name").asText().isBlank()),
                () -> assertTrue(rule.get("file").asText().endsWith(".drl"), "file"),
                () -> assertTrue(rule.get("line").asInt() > 0, "line"));
    }

    // ---------------------------------------------------------------- failures

    @Nested
    class Failures {

        @Test
        void unknownQuestionnaireGets404NamingIt() throws Exception {
            // given no questionnaire 'nope'
            // when
            HttpResponse<byte[]> response = http.get("/api/questionnaires/nope");
            // then
            assertMessageNames(assertError(response, 404), "'nope'");
        }

        @Test
        void malformedJsonGets400NamingTheLineAndColumn() throws Exception {
            // given a body cut short
            // when
            HttpResponse<byte[]> response = http.postJson("{\"questionnaire\":");
            // then
            JsonNode body = assertError(response, 400);
            String message = body.get("message").asText();
            assertTrue(message.contains("not valid JSON"), message);
            assertTrue(message.matches(".*line 1, column \\d+.*"), message);
        }

        @Test
        void malformedJsonOnALaterLineNamesThatLine() throws Exception {
            // given an error on the third line
            // when
            HttpResponse<byte[]> response = http.postJson("{\n  \"questionnaire\": \"business-brief\",\n  \"status\": draft\n}");
            // then
            assertMessageNames(assertError(response, 400), "line 3");
        }

        @Test
        void emptyBodyGets400SayingItIsEmpty() throws Exception {
            // given no body at all
            // when
            HttpResponse<byte[]> response = http.post("/api/evaluations", "application/json", new byte[0]);
            // then
            assertMessageNames(assertError(response, 400), "empty");
        }

        @Test
        void unknownQuestionnaireInTheAnswersGets404NamingIt() throws Exception {
            // given answers to a questionnaire nobody loaded
            // when
            HttpResponse<byte[]> response = http.postJson("{\"questionnaire\": \"nope\", \"status\": \"draft\", \"answers\": {}}");
            // then
            assertMessageNames(assertError(response, 404), "'nope'");
        }

        @Test
        void bodyDeclaredLargerThanTheLimitGets413BeforeItIsSent() throws Exception {
            // given a request announcing one byte over the limit, waiting to be told to send it
            String head = "POST /api/evaluations HTTP/1.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (ApiServer.MAX_BODY_BYTES + 1) + "\r\nExpect: 100-continue";
            // when
            Raw response = http.raw(head, new byte[0]);
            // then
            JsonNode error = assertError(response, 413);
            assertTrue(error.get("message").asText().contains(String.valueOf(ApiServer.MAX_BODY_BYTES)),
                    error.get("message").asText());
        }

        @Test
        void bodyLargerThanTheLimitSentChunkedGets413() throws Exception {
            // given a document one byte over the limit, sent chunked so its length is not known up front
            byte[] body = oversizedDocument();
            String head = "POST /api/evaluations HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked";
            // when
            Raw response = http.raw(head, chunked(body));
            // then
            JsonNode error = assertError(response, 413);
            assertEquals("body too large", error.get("error").asText());
        }

        @Test
        void theLimitItselfIsAccepted() throws Exception {
            // given a draft of exactly MAX_BODY_BYTES bytes (padded with spaces, which JSON ignores)
            String draft = "{\"questionnaire\": \"business-brief\", \"status\": \"draft\", \"answers\": {\"company_name\": \"Padded\"}}";
            byte[] body = (draft + " ".repeat((int) ApiServer.MAX_BODY_BYTES - draft.length())).getBytes(StandardCharsets.UTF_8);
            assertEquals(ApiServer.MAX_BODY_BYTES, body.length);
            // when
            HttpResponse<byte[]> response = http.post("/api/evaluations", "application/json", body);
            // then
            assertEquals(200, response.statusCode(), () -> text(response));
            assertEquals("business-brief", json(response).get("questionnaire").asText());
        }

        @Test
        void textPlainGets415NamingTheTypeReceived() throws Exception {
            // given a valid brief announced as text/plain
            byte[] brief = Files.readAllBytes(EXAMPLES.resolve("vehicle-maker.json"));
            String head = "POST /api/evaluations HTTP/1.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + brief.length + "\r\nExpect: 100-continue";
            // when
            Raw response = http.raw(head, new byte[0]);
            // then
            JsonNode body = assertError(response, 415);
            String message = body.get("message").asText();
            assertTrue(message.contains("text/plain") && message.contains("application/json"), message);
        }

        @Test
        void missingContentTypeGets415BeforeTheBodyIsLookedAt() throws Exception {
            // given a POST with neither a content type nor a body
            // when
            HttpResponse<byte[]> response = http.post("/api/evaluations", null, new byte[0]);
            // then
            assertMessageNames(assertError(response, 415), "no content type");
        }

        @Test
        void needsThatAreNotAListGet422AtTheirPath() throws Exception {
            // given a brief whose first segment's needs is a string
            ObjectNode brief = example("vehicle-maker.json");
            ((ObjectNode) brief.at("/answers/segments/0")).put("needs", "not a list");
            // when
            HttpResponse<byte[]> response = http.postJson(brief);
            // then
            JsonNode body = assertError(response, 422);
            JsonNode problem = problemAt(body, "segments[0].needs");
            assertTrue(problem.get("message").asText().contains("list"), problem.toString());
            assertEquals(1, body.get("problems").size(), "only that problem: " + body.get("problems"));
            assertTrue(body.get("message").asText().startsWith("1 problem"), body.get("message").asText());
        }

        @Test
        void completeBriefMissingARequiredAnswerGets422NamingIt() throws Exception {
            // given a complete brief without price_position
            ObjectNode brief = example("contact-lens-shop.json");
            ((ObjectNode) brief.get("answers")).remove("price_position");
            // when
            HttpResponse<byte[]> response = http.postJson(brief);
            // then
            JsonNode body = assertError(response, 422);
            JsonNode problem = problemAt(body, "price_position");
            assertTrue(problem.get("message").asText().startsWith("required"), problem.toString());
        }

        @Test
        void theSameBriefAsADraftMayLeaveARequiredAnswerOut() throws Exception {
            // given the brief of the previous test saved as a draft
            ObjectNode brief = example("contact-lens-shop.json");
            ((ObjectNode) brief.get("answers")).remove("price_position");
            brief.put("status", "draft");
            // when
            HttpResponse<byte[]> response = http.postJson(brief);
            // then
            assertEquals(200, response.statusCode(), () -> text(response));
        }

        @Test
        void invalidAnswersGet422ListingEveryProblemAtOnce() throws Exception {
            // given a document with five independent mistakes
            ObjectNode brief = example("vehicle-maker.json");
            brief.put("status", "finished");
            ObjectNode answers = (ObjectNode) brief.get("answers");
            answers.put("customer_type", "aliens");
            answers.put("product_quality", 11);
            answers.put("favourite_colour", "red");
            ((ArrayNode) answers.get("sales_channels")).add("dealers");
            // when
            HttpResponse<byte[]> response = http.postJson(brief);
            // then
            JsonNode body = assertError(response, 422);
            List<String> paths = paths(body.get("problems"));
            assertTrue(paths.containsAll(List.of("status", "customer_type", "product_quality", "favourite_colour", "sales_channels[3]")),
                    "problems " + body.get("problems"));
            assertEquals(paths.size(), body.get("problems").size());
            assertTrue(body.get("message").asText().startsWith(paths.size() + " problem"), body.get("message").asText());
            assertTrue(problemAt(body, "customer_type").get("message").asText().contains("\"b2c\""),
                    "the expected options are listed");
            assertTrue(problemAt(body, "sales_channels[3]").get("message").asText().contains("twice"));
        }

        @Test
        void aDocumentThatIsNotAnObjectGets422() throws Exception {
            // given a JSON array
            // when
            HttpResponse<byte[]> response = http.postJson("[1, 2, 3]");
            // then
            JsonNode body = assertError(response, 422);
            assertEquals(List.of("$"), paths(body.get("problems")));
        }

        @Test
        void duplicateKeysGet400() throws Exception {
            // given a document naming the questionnaire twice
            // when
            HttpResponse<byte[]> response = http.postJson("{\"questionnaire\": \"business-brief\", \"questionnaire\": \"nope\"}");
            // then
            assertMessageNames(assertError(response, 400), "questionnaire");
        }

        @Test
        void tooDeeplyNestedJsonGets400NotA500() throws Exception {
            // given 100 nested arrays
            String deep = "[".repeat(100) + "]".repeat(100);
            // when
            HttpResponse<byte[]> response = http.postJson(deep);
            // then
            assertMessageNames(assertError(response, 400), "limit");
        }

        @Test
        void unknownRouteGets404InTheErrorShape() throws Exception {
            // given no such route
            // when
            HttpResponse<byte[]> response = http.get("/api/nothing-here");
            // then
            assertMessageNames(assertError(response, 404), "/api/nothing-here");
        }

        @Test
        void getOnTheEvaluationsRouteGets405() throws Exception {
            // given a route that only accepts POST
            // when
            HttpResponse<byte[]> response = http.get("/api/evaluations");
            // then
            assertError(response, 405);
        }

        @Test
        void aRefusedBodySentInFullStillGetsItsAnswer() throws Exception {
            // given clients that send the whole body without waiting for 100-continue
            byte[] brief = Files.readAllBytes(EXAMPLES.resolve("vehicle-maker.json"));
            byte[] oversized = oversizedDocument();
            for (int i = 0; i < 20; i++) {
                // when the server refuses the body, then the answer arrives every time
                assertError(http.post("/api/evaluations", "text/plain", brief), 415);
                assertError(http.post("/api/evaluations", "application/json", oversized), 413);
            }
        }

        @Test
        void aContentTypeThatMerelyStartsLikeJsonGets415() throws Exception {
            HttpResponse<byte[]> response = http.post("/api/evaluations", "application/jsonp",
                    "{}".getBytes(StandardCharsets.UTF_8));
            assertError(response, 415);
        }

        private static byte[] oversizedDocument() {
            String head = "{\"questionnaire\": \"business-brief\", \"status\": \"draft\", \"answers\": {\"company_name\": \"";
            String tail = "\"}}";
            int filler = (int) ApiServer.MAX_BODY_BYTES + 1 - head.length() - tail.length();
            byte[] body = (head + "x".repeat(filler) + tail).getBytes(StandardCharsets.UTF_8);
            assertEquals(ApiServer.MAX_BODY_BYTES + 1, body.length);
            return body;
        }
    }
}
