package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.app.Advisor;
import dev.advisor.report.Report;
import dev.advisor.rules.RuleSet;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * One whole evaluation of an example brief (validate, map to facts, fire with the trace, build the
 * report) against raw Drools firing the same facts on the same KieBase: a session, the facts inserted,
 * {@code fireAllRules}, dispose. Raw Drools is measured twice: with a new session each time, as the
 * Drools documentation starts, and with a session from a pool, as the advisor does. The ratios are
 * what our pipeline costs on top of the engine.
 */
@State(Scope.Benchmark)
public class EvaluationBenchmark extends TimedBenchmark {
    @Param({"bookshop-partners-app", "contact-lens-shop", "contradictory-furniture", "dental-clinic",
            "hotel-no-reviews", "industrial-pumps-dealers", "local-bakery", "vehicle-maker"})
    public String example;

    private Advisor advisor;
    private JsonNode document;
    private KieBase kieBase;
    private KieSessionsPool pool;
    private List<Object> facts;

    @Setup
    public void setUp() {
        advisor = BenchFolders.advisor(BenchFolders.RULES);
        document = BenchFolders.example(example);
        RuleSet rules = advisor.ruleSet();
        kieBase = rules.kieBase();
        pool = kieBase.newKieSessionsPool(2);
        facts = BenchFolders.sessionFacts(advisor, rules, document);
    }

    @Benchmark
    public Report advisor() throws Exception {
        return advisor.evaluate(document);
    }

    @Benchmark
    public int rawDrools() {
        return BenchFolders.fire(kieBase.newKieSession(), facts);
    }

    @Benchmark
    public int rawDroolsPooled() {
        return BenchFolders.fire(pool.newKieSession(), facts);
    }
}
