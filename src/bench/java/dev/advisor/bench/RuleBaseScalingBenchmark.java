package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.app.Advisor;
import dev.advisor.report.Report;
import dev.advisor.rules.RuleSet;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;
import java.util.List;

/**
 * One whole evaluation of an example brief on the shipped rule base and on one grown to
 * {@code ruleBase} times its size with {@link SyntheticRules}; and raw Drools, with a pooled session as
 * the advisor has, on the same KieBase and facts, which shows how much of the growth is the engine's.
 */
@State(Scope.Benchmark)
public class RuleBaseScalingBenchmark extends TimedBenchmark {
    @Param({"1", "10"})
    public int ruleBase;

    @Param({"vehicle-maker", "contact-lens-shop", "local-bakery"})
    public String example;

    private Advisor advisor;
    private JsonNode document;
    private KieSessionsPool pool;
    private List<Object> facts;

    @Setup
    public void setUp() {
        advisor = BenchFolders.advisor(rulesTimes(ruleBase, null));
        document = BenchFolders.example(example);
        RuleSet rules = advisor.ruleSet();
        pool = rules.kieBase().newKieSessionsPool(2);
        facts = BenchFolders.sessionFacts(advisor, rules, document);
    }

    /**
     * The shipped rules, or a folder with as many synthetic rules again as makes {@code times} their
     * count: of every shape, or {@code only} the one given.
     */
    static Path rulesTimes(int times, SyntheticRules.Shape only) {
        if (times == 1) return BenchFolders.RULES;
        Advisor shipped = BenchFolders.advisor(BenchFolders.RULES);
        int extra = shipped.ruleSet().rules().size() * (times - 1);
        Path target = BenchFolders.scratch("rules-x" + times + (only == null ? "" : "-" + only));
        return SyntheticRules.write(BenchFolders.RULES, target.resolve("rules"), extra,
                shipped.questionnaires().get("business-brief").orElseThrow(), shipped.ruleSet().catalogue(), only);
    }

    @Benchmark
    public Report advisor() throws Exception {
        return advisor.evaluate(document);
    }

    @Benchmark
    public int rawDroolsPooled() {
        return BenchFolders.fire(pool.newKieSession(), facts);
    }
}
