package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.app.Advisor;
import dev.advisor.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** One whole evaluation as the brief grows: 1 to 50 segments, 1 to 100 tools (the questionnaire's maxima). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BriefScalingBenchmark {
    @Param({"segments=1", "segments=5", "segments=10", "segments=25", "segments=50",
            "tools=1", "tools=10", "tools=25", "tools=50", "tools=100"})
    public String shape;

    private Advisor advisor;
    private JsonNode document;

    @Setup
    public void setUp() {
        advisor = BenchFolders.advisor(BenchFolders.RULES);
        document = ScaledBriefs.of(shape, advisor.ruleSet().catalogue().tools());
    }

    @Benchmark
    public Report evaluate() throws Exception {
        return advisor.evaluate(document);
    }
}
