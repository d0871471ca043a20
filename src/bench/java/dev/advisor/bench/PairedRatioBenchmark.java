package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.app.Advisor;
import dev.advisor.rules.RuleSet;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The advisor's cost over raw Drools as a ratio measured in pairs: in one warm JVM, a block of whole
 * evaluations of a brief, then a block of raw Drools on the same facts and KieBase, then again, many
 * times; each pair of neighbouring blocks gives one ratio and the median of them is reported. On a
 * shared machine the speed drifts by tens of percent from one second to the next (JMH's error bars
 * show it); neighbouring blocks see the same drift, so their ratio keeps what separate JMH runs lose.
 * Arguments: {@code --pairs N}, {@code --block N} (evaluations per block), {@code --out DIR}.
 */
public final class PairedRatioBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PairedRatioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        int pairs = options.number("--pairs", 60);
        int block = options.number("--block", 40);
        Path out = Path.of(options.text("--out", "target/bench"));
        Files.createDirectories(out);
        Advisor advisor = BenchFolders.advisor(BenchFolders.RULES);
        RuleSet rules = advisor.ruleSet();
        KieBase kieBase = rules.kieBase();
        KieSessionsPool pool = kieBase.newKieSessionsPool(2);
        ObjectNode results = JSON.createObjectNode().put("pairs", pairs).put("block", block);
        List<String> examples = BenchFolders.exampleNames();
        // Warm every path on every brief first: the JIT needs about twenty seconds of evaluations.
        for (int round = 0; round < 3; round++) {
            for (String example : examples) {
                JsonNode document = BenchFolders.example(example);
                List<Object> facts = BenchFolders.sessionFacts(advisor, rules, document);
                time(block * 5, () -> evaluate(advisor, document));
                time(block * 5, () -> BenchFolders.fire(kieBase.newKieSession(), facts));
                time(block * 5, () -> BenchFolders.fire(pool.newKieSession(), facts));
            }
        }
        for (String example : examples) {
            JsonNode document = BenchFolders.example(example);
            List<Object> facts = BenchFolders.sessionFacts(advisor, rules, document);
            List<Double> overNew = new ArrayList<>();
            List<Double> overPooled = new ArrayList<>();
            List<Double> advisorMicros = new ArrayList<>();
            for (int pair = 0; pair < pairs; pair++) {
                double ours = time(block, () -> evaluate(advisor, document));
                double rawNew = time(block, () -> BenchFolders.fire(kieBase.newKieSession(), facts));
                double rawPooled = time(block, () -> BenchFolders.fire(pool.newKieSession(), facts));
                overNew.add(ours / rawNew);
                overPooled.add(ours / rawPooled);
                advisorMicros.add(ours);
            }
            results.set(example, JSON.createObjectNode()
                    .put("advisorMicros", median(advisorMicros))
                    .put("overRawNewSession", median(overNew)).put("overRawNewSessionQ1", quartile(overNew, 1))
                    .put("overRawNewSessionQ3", quartile(overNew, 3))
                    .put("overRawPooledSession", median(overPooled)).put("overRawPooledSessionQ1", quartile(overPooled, 1))
                    .put("overRawPooledSessionQ3", quartile(overPooled, 3)));
        }
        Files.writeString(out.resolve("paired.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.exit(0);
    }

    private static int evaluate(Advisor advisor, JsonNode document) {
        try {
            return advisor.evaluate(document).firedRules().size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Microseconds per call over {@code n} calls; the sum of results keeps the JIT from dropping the work. */
    private static double time(int n, IntSupplier work) {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) sink += work.getAsInt();
        double micros = (System.nanoTime() - start) / 1_000.0 / n;
        if (sink == Long.MIN_VALUE) System.out.println(sink);
        return micros;
    }

    private static double median(List<Double> values) {
        return quartile(values, 2);
    }

    private static double quartile(List<Double> values, int q) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * q / 4));
    }
}
