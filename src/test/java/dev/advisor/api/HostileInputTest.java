package dev.advisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.TestFolders;
import dev.advisor.app.Advisor;
import dev.advisor.api.TestHttp.Raw;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.advisor.api.TestHttp.JSON;
import static dev.advisor.api.TestHttp.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus ({@link HostileCorpus}) sent to one server over real HTTP: every answer is the
 * 4xx the case expects, in the one error shape, naming its problem; none is a 5xx; and afterwards the
 * server is healthy and gives the same report for the same brief as before the corpus.
 */
class HostileInputTest {
    private static final String BRIEF = "vehicle-maker.json";
    private static Advisor advisor;
    private static TestHttp http;
    private static JsonNode reportBefore;

    @BeforeAll
    static void start() throws Exception {
        advisor = new Advisor(TestFolders.QUESTIONNAIRES, TestFolders.RULES);
        http = TestHttp.start(advisor);
        reportBefore = evaluateTheBrief();
    }

    @AfterAll
    static void stop() {
        if (http != null) http.close();
    }

    private static JsonNode evaluateTheBrief() throws Exception {
        HttpResponse<byte[]> response = http.postJson(Files.readString(TestFolders.EXAMPLES.resolve(BRIEF)));
        assertEquals(200, response.statusCode());
        return TestHttp.json(response);
    }

    private static List<HostileCorpus.Case> corpus() throws Exception {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        for (String file : TestFolders.exampleFiles().toList()) {
            examples.put(file, JSON.readTree(Files.readString(TestFolders.EXAMPLES.resolve(file))));
        }
        return HostileCorpus.build(advisor.questionnaires().get("business-brief").orElseThrow(), examples);
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsTheFourHundredItDeservesNamingItsProblem() throws Exception {
        List<HostileCorpus.Case> cases = corpus();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the corpus holds at least 200 requests (" + cases.size() + ")",
                () -> assertTrue(cases.size() >= 200, "only " + cases.size())));
        for (HostileCorpus.Case hostile : cases) {
            tests.add(DynamicTest.dynamicTest(hostile.name(), () -> {
                Raw response = send(hostile);
                assertTrue(response.status() < 500, () -> "a 5xx: " + response.status() + " " + response.text());
                JsonNode error = assertError(response, hostile.status());
                if (System.getProperty("hostile.print") != null) System.out.println(hostile.name() + " -> " + error.get("message"));
                assertTrue(error.toString().contains(hostile.names()),
                        () -> "the answer does not name '" + hostile.names() + "': " + error);
            }));
        }
        tests.add(DynamicTest.dynamicTest("afterwards the server is healthy and reports the same brief as before", () -> {
            assertEquals("ok", TestHttp.json(http.get("/health")).get("status").asText());
            assertEquals(reportBefore, evaluateTheBrief());
        }));
        return tests.stream();
    }

    private static Raw send(HostileCorpus.Case hostile) throws Exception {
        if (hostile.head() != null) return http.raw(hostile.head(), hostile.body());
        if ("GET".equals(hostile.method())) return Raw.of(http.get(hostile.path()));
        if ("POST".equals(hostile.method())) {
            return Raw.of(http.post(hostile.path(), hostile.contentType(), hostile.body()));
        }
        return Raw.of(http.send(hostile.method(), hostile.path(), hostile.contentType(), hostile.body()));
    }
}
