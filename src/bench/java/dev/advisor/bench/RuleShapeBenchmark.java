package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.app.Advisor;
import dev.advisor.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Which shape of rule makes a grown rule base slow: the vehicle maker's evaluation on the shipped
 * rules plus nine times their count of synthetic rules, all of one {@link SyntheticRules.Shape}. Set
 * against the shipped rules alone ({@link RuleBaseScalingBenchmark}), each gives the cost that so
 * many rules of that shape add to an evaluation, though few of them apply.
 */
@State(Scope.Benchmark)
public class RuleShapeBenchmark extends TimedBenchmark {
    @Param
    public SyntheticRules.Shape shape;

    private Advisor advisor;
    private JsonNode document;

    @Setup
    public void setUp() {
        advisor = BenchFolders.advisor(RuleBaseScalingBenchmark.rulesTimes(10, shape));
        document = BenchFolders.example("vehicle-maker");
    }

    @Benchmark
    public Report advisor() throws Exception {
        return advisor.evaluate(document);
    }
}
