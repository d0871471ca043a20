package dev.advisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.RulesFolderTest;
import dev.advisor.TestFolders;
import dev.advisor.app.Advisor;
import dev.advisor.rules.EngineLimits;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;

import static dev.advisor.api.TestHttp.assertError;
import static dev.advisor.api.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule set with a rule that loops, served over HTTP: the evaluation ends with an error naming the
 * rule and its place, and the server goes on answering every other request.
 */
class RunawayRuleTest extends RulesFolderTest {
    private static final String LOOPING = """
            package rules.loop;

            import dev.advisor.facts.*;
            import java.util.List;

            rule "Every answer starts a recommendation"
            when
                Answer()
            then
                insert(new Recommendation(java.util.UUID.randomUUID().toString(), "x", "low", null, "t", "d", "s", List.of()));
            end

            rule "Every recommendation asks for another"
            when
                $r : Recommendation()
            then
                insert(new Recommendation($r.id() + "+", "x", "low", null, "t", "d", "s", List.of()));
            end
            """;

    private String exampleBody() throws Exception {
        return Files.readString(TestFolders.EXAMPLES.resolve("local-bakery.json"));
    }

    @Test
    void aLoopingRuleEndsTheRequestWithAnErrorNamingItAndTheServerGoesOnServing() throws Exception {
        // given a server whose rules loop, with a firing limit of 2,000
        write("loop/loop.drl", LOOPING);
        Advisor advisor = new Advisor(TestFolders.QUESTIONNAIRES, rules, EngineLimits.of(2_000, Duration.ofSeconds(30)));
        try (TestHttp http = TestHttp.start(advisor)) {
            // when a brief is evaluated, twice
            for (int attempt = 0; attempt < 2; attempt++) {
                JsonNode error = assertError(http.postJson(exampleBody()), 500);
                // then each answer says why, naming the looping rule with its file and line
                String message = error.get("message").asText();
                assertTrue(message.contains("past the limit of 2000"), message);
                assertTrue(message.contains("the rule firing most was \"Every recommendation asks for another\" at rules/loop/loop.drl:13"),
                        message);
            }
            // and the server still answers everything else
            assertEquals("ok", json(http.get("/health")).get("status").asText());
            assertEquals(200, http.get("/api/questionnaires/business-brief").statusCode());
            assertError(http.postJson("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", \"answers\": {\"market_share\": 120}}"), 422);
        }
    }

    @Test
    void aSlowLoopEndsAtTheTimeBudgetNamingTheRule() throws Exception {
        // given a loop whose firings are slow, a firing limit far away and a budget of 300 ms
        write("loop/loop.drl", LOOPING.replace("insert(new Recommendation($r.id() + \"+\"",
                "double x = 0; for (int i = 0; i < 100000; i++) x += Math.sqrt(i);\n    insert(new Recommendation($r.id() + x")
                .replace("Answer()", "Answer( question == \"company_name\" )"));
        Advisor advisor = new Advisor(TestFolders.QUESTIONNAIRES, rules, EngineLimits.of(100_000_000, Duration.ofMillis(300)));
        try (TestHttp http = TestHttp.start(advisor)) {
            // when a brief is evaluated
            JsonNode error = assertError(http.postJson(exampleBody()), 500);
            // then the answer names the budget and the rule
            String message = error.get("message").asText();
            assertTrue(message.startsWith("the rules ran past their time budget of 300 ms"), message);
            assertTrue(message.contains("\"Every recommendation asks for another\" at rules/loop/loop.drl:13"), message);
            assertEquals("ok", json(http.get("/health")).get("status").asText());
        }
    }
}
