package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.app.Advisor;
import dev.advisor.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/** One whole evaluation as the brief grows: 1 to 50 segments, 1 to 100 tools (the questionnaire's maxima). */
@State(Scope.Benchmark)
public class BriefScalingBenchmark extends TimedBenchmark {
    @Param({"segments=1", "segments=5", "segments=10", "segments=25", "segments=50",
            "tools=1", "tools=10", "tools=25", "tools=50", "tools=100"})
    public String shape;

    private Advisor advisor;
    private JsonNode document;

    @Setup
    public void setUp() {
        advisor = BenchFolders.advisor(BenchFolders.RULES);
        List<String> results = BenchFolders.optionValues(advisor.questionnaires().get("business-brief").orElseThrow()
                .question("tools").orElseThrow().sub("expected_result").orElseThrow());
        document = ScaledBriefs.of(shape, advisor.ruleSet().catalogue().tools(), results);
        try {
            advisor.evaluate(document);
        } catch (Exception e) {
            throw new IllegalStateException("the " + shape + " brief does not evaluate", e);
        }
    }

    @Benchmark
    public Report evaluate() throws Exception {
        return advisor.evaluate(document);
    }
}
