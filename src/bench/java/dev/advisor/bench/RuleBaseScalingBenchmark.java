package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.app.Advisor;
import dev.advisor.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;

/**
 * One whole evaluation of an example brief on the shipped rule base and on one grown to
 * {@code ruleBase} times its size with {@link SyntheticRules}.
 */
@State(Scope.Benchmark)
public class RuleBaseScalingBenchmark extends TimedBenchmark {
    @Param({"1", "10"})
    public int ruleBase;

    @Param({"vehicle-maker", "contact-lens-shop", "local-bakery"})
    public String example;

    private Advisor advisor;
    private JsonNode document;

    @Setup
    public void setUp() {
        advisor = BenchFolders.advisor(rulesTimes(ruleBase));
        document = BenchFolders.example(example);
    }

    /** The shipped rules, or a folder with as many synthetic rules again as makes {@code times} their count. */
    static Path rulesTimes(int times) {
        if (times == 1) return BenchFolders.RULES;
        Advisor shipped = BenchFolders.advisor(BenchFolders.RULES);
        int extra = shipped.ruleSet().rules().size() * (times - 1);
        Path target = BenchFolders.scratch("rules-x" + times);
        return SyntheticRules.write(BenchFolders.RULES, target.resolve("rules"), extra,
                shipped.questionnaires().get("business-brief").orElseThrow(), shipped.ruleSet().catalogue());
    }

    @Benchmark
    public Report evaluate() throws Exception {
        return advisor.evaluate(document);
    }
}
