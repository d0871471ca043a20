package dev.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.TestFolders;
import dev.advisor.app.Advisor;
import dev.advisor.app.Json;

import java.util.stream.Stream;

/** The shipped example briefs and their reports, for tests that check something of every report. */
final class ExampleReports {
    private ExampleReports() {
    }

    /** The example names, without ".json". */
    static Stream<String> names() throws Exception {
        return TestFolders.exampleFiles().map(n -> n.substring(0, n.length() - ".json".length()));
    }

    static Report report(String example) throws Exception {
        return TestFolders.shippedAdvisor().evaluate(
                Json.mapper().readTree(TestFolders.EXAMPLES.resolve(example + ".json").toFile()));
    }

    /** The report of a brief written inline: {@code answers} is the JSON of its answers object. */
    static Report draft(String answers) throws Exception {
        Advisor advisor = TestFolders.shippedAdvisor();
        JsonNode brief = Json.mapper().readTree(
                "{\"questionnaire\": \"business-brief\", \"status\": \"draft\", \"answers\": " + answers + "}");
        return advisor.evaluate(brief);
    }
}
