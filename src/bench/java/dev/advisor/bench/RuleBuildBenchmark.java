package dev.advisor.bench;

import dev.advisor.app.Json;
import dev.advisor.rules.RuleSet;
import dev.advisor.rules.RuleSetLoader;
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

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Building the rule set from its folder: as at start-up (the first build in a fresh JVM, one per fork;
 * run with {@code -wi 0}) and as a reload in a running server (after warm-up builds; the default).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RuleBuildBenchmark {
    @Param({"1", "10"})
    public int ruleBase;

    private Path rules;
    private final RuleSetLoader loader = new RuleSetLoader(Json.mapper());

    @Setup
    public void setUp() {
        rules = RuleBaseScalingBenchmark.rulesTimes(ruleBase, null);
    }

    @Benchmark
    public RuleSet build() throws Exception {
        return loader.load(rules);
    }
}
