package dev.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.TestFolders;
import dev.advisor.app.Advisor;
import dev.advisor.app.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole reports for the example briefs, compared with golden files. The golden JSON is normalised:
 * keys sorted, and the rules version (a hash that changes with every rule edit) replaced by a marker.
 * After an intended change of advice, regenerate with {@code mvn test -Dtest=GoldenReportTest -Dgolden.update=true}
 * and review the diff like code.
 */
class GoldenReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper NORMALISED = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Every example brief shipped in questionnaires/examples, so a new example needs its golden report. */
    static Stream<String> examples() throws Exception {
        return TestFolders.exampleFiles().map(n -> n.substring(0, n.length() - ".json".length()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleReportMatchesItsGoldenFile(String example) throws Exception {
        // given an example brief
        Advisor advisor = TestFolders.shippedAdvisor();
        JsonNode answers = Json.mapper().readTree(TestFolders.EXAMPLES.resolve(example + ".json").toFile());
        // when evaluated
        String actual = normalise(advisor.evaluate(answers));
        // then the report is exactly the reviewed one
        Path golden = GOLDEN.resolve(example + ".report.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), golden + " is missing; create it with -Dgolden.update=true and review it");
        assertEquals(Files.readString(golden), actual, "report differs from " + golden
                + "; if the change is intended, regenerate with -Dgolden.update=true and review the diff");
    }

    private static String normalise(Report report) throws Exception {
        ObjectNode tree = NORMALISED.valueToTree(report);
        tree.put("rulesVersion", "<rules-version>");
        // Re-read as a plain tree so object keys are sorted at every depth.
        Object sorted = NORMALISED.treeToValue(tree, Object.class);
        return NORMALISED.writeValueAsString(sorted) + "\n";
    }
}
