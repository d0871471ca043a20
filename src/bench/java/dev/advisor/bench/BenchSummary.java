package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The figures of one {@code bench/run} as Markdown tables, with the ratios the targets are stated in:
 * read from the JMH results, {@code http.json} and {@code startup.json} in the output folder and
 * written to {@code summary.md} there (and printed). Arguments: {@code --out DIR}.
 */
public final class BenchSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path out;
    private final StringBuilder md = new StringBuilder();
    private final List<JsonNode> jmh = new ArrayList<>();

    private BenchSummary(Path out) throws IOException {
        this.out = out;
        try (var files = Files.list(out)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("jmh-")).sorted().toList()) {
                JSON.readTree(f.toFile()).forEach(jmh::add);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(new BenchOptions(args).text("--out", "target/bench"));
        BenchSummary summary = new BenchSummary(out);
        summary.evaluation();
        summary.paired();
        summary.stages();
        summary.http();
        summary.briefScaling();
        summary.ruleBase();
        summary.ruleBuild();
        summary.startup();
        summary.memory();
        Files.writeString(out.resolve("summary.md"), summary.md);
        System.out.print(summary.md);
    }

    private void evaluation() {
        Map<String, Map<String, Double>> byExample = scores("EvaluationBenchmark", "example");
        if (byExample.isEmpty()) return;
        md.append("### One evaluation against raw Drools (µs per evaluation, lower is better)\n\n")
                .append("| brief | advisor | raw Drools, new session | raw Drools, pooled session | advisor / raw new | advisor / raw pooled |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        byExample.forEach((example, s) -> md.append(row(example, us(s.get("advisor")), us(s.get("rawDrools")),
                us(s.get("rawDroolsPooled")), ratio(s.get("advisor") / s.get("rawDrools")),
                ratio(s.get("advisor") / s.get("rawDroolsPooled")))));
        md.append('\n');
    }

    private void paired() throws IOException {
        Path file = out.resolve("paired.json");
        if (!Files.exists(file)) return;
        JsonNode paired = JSON.readTree(file.toFile());
        md.append("### The same ratios measured in pairs (median of ").append(paired.get("pairs").asInt())
                .append(" neighbouring blocks of ").append(paired.get("block").asInt()).append(" evaluations; quartiles)\n\n")
                .append("| brief | advisor µs | advisor / raw new | advisor / raw pooled |\n|---|---:|---:|---:|\n");
        paired.fields().forEachRemaining(e -> {
            if (!e.getValue().isObject()) return;
            JsonNode r = e.getValue();
            md.append(row(e.getKey(), format("%.0f", r.get("advisorMicros").asDouble()),
                    format("%.2f (%.2f-%.2f)", r.get("overRawNewSession").asDouble(), r.get("overRawNewSessionQ1").asDouble(),
                            r.get("overRawNewSessionQ3").asDouble()),
                    format("%.2f (%.2f-%.2f)", r.get("overRawPooledSession").asDouble(), r.get("overRawPooledSessionQ1").asDouble(),
                            r.get("overRawPooledSessionQ3").asDouble())));
        });
        md.append('\n');
    }

    private void stages() {
        Map<String, Map<String, Double>> byExample = scores("PipelineStagesBenchmark", "example");
        if (byExample.isEmpty()) return;
        md.append("### Where one evaluation's time goes (µs)\n\n| brief | step | µs |\n|---|---|---:|\n");
        byExample.forEach((example, s) -> s.forEach((step, score) -> md.append(row(example, step, us(score)))));
        md.append('\n');
    }

    private void http() throws IOException {
        Path file = out.resolve("http.json");
        if (!Files.exists(file)) return;
        JsonNode http = JSON.readTree(file.toFile());
        md.append("### HTTP, ").append(http.get("connections").asInt()).append(" connections, ")
                .append(http.get("seconds").asInt()).append(" s each, ").append(http.get("cores").asInt()).append(" cores\n\n")
                .append("| target | requests/s | × echo | p50 ms | p99 ms | p99 / p50 | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String target : List.of("echo", "advisor", "advisorEmptyDraft")) {
            JsonNode r = http.get(target);
            if (r == null) continue;
            double echo = http.get("echo").get("requestsPerSecond").asDouble();
            md.append(row(target, format("%.0f", r.get("requestsPerSecond").asDouble()),
                    ratio(r.get("requestsPerSecond").asDouble() / echo), ms(r.get("latency_us").get("p50")),
                    ms(r.get("latency_us").get("p99")),
                    ratio(r.get("latency_us").get("p99").asDouble() / r.get("latency_us").get("p50").asDouble()),
                    String.valueOf(errors(r))));
        }
        md.append('\n');
    }

    private void briefScaling() {
        Map<String, Double> byShape = single("BriefScalingBenchmark", "shape");
        if (byShape.isEmpty()) return;
        md.append("### Evaluation time as the brief grows (vehicle maker)\n\n| brief | µs | × smallest |\n|---|---:|---:|\n");
        for (String kind : List.of("segments", "tools")) {
            Double first = null;
            for (Map.Entry<String, Double> e : byShape.entrySet()) {
                if (!e.getKey().startsWith(kind + "=")) continue;
                if (first == null) first = e.getValue();
                md.append(row(e.getKey(), us(e.getValue()), ratio(e.getValue() / first)));
            }
        }
        md.append('\n');
    }

    private void ruleBase() {
        // brief -> "advisor 1", "advisor 10", "rawDroolsPooled 1", ...
        Map<String, Map<String, Double>> byExample = new LinkedHashMap<>();
        for (JsonNode r : results(b -> b.contains(".RuleBaseScalingBenchmark."))) {
            String name = r.get("benchmark").asText();
            byExample.computeIfAbsent(r.get("params").get("example").asText(), e -> new LinkedHashMap<>())
                    .put(name.substring(name.lastIndexOf('.') + 1) + " " + r.get("params").get("ruleBase").asText(), score(r));
        }
        if (byExample.isEmpty()) return;
        md.append("### Evaluation time as the rule base grows (µs)\n\n")
                .append("| brief | advisor, shipped rules | advisor, × 10 rules | advisor ratio | raw Drools (pooled), shipped | raw Drools, × 10 | raw ratio |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        byExample.forEach((example, s) -> md.append(row(example, us(s.get("advisor 1")), us(s.get("advisor 10")),
                ratio(s.get("advisor 10") / s.get("advisor 1")), us(s.get("rawDroolsPooled 1")), us(s.get("rawDroolsPooled 10")),
                ratio(s.get("rawDroolsPooled 10") / s.get("rawDroolsPooled 1")))));
        md.append('\n');
        Map<String, Double> byShape = single("RuleShapeBenchmark", "shape");
        Double shipped = byExample.getOrDefault("vehicle-maker", Map.of()).get("advisor 1");
        if (byShape.isEmpty() || shipped == null) return;
        md.append("### What nine times the shipped rules' count of one shape adds (vehicle maker, µs)\n\n")
                .append("| shape | evaluation | added | × shipped |\n|---|---:|---:|---:|\n");
        byShape.forEach((shape, score) -> md.append(row(shape, us(score), us(score - shipped), ratio(score / shipped))));
        md.append('\n');
    }

    private void ruleBuild() {
        List<JsonNode> builds = results(b -> b.contains("RuleBuildBenchmark"));
        if (builds.isEmpty()) return;
        md.append("### Building the rule set (ms)\n\n| rule base | as at start-up (first build in a JVM) | as a reload (warm JVM) |\n|---|---:|---:|\n");
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (JsonNode r : builds) {
            String base = r.get("params").get("ruleBase").asText().equals("1") ? "shipped" : "× " + r.get("params").get("ruleBase").asText();
            String[] cells = rows.computeIfAbsent(base, b -> new String[]{"", ""});
            cells[r.get("warmupIterations").asInt() == 0 ? 0 : 1] = format("%.0f", score(r));
        }
        rows.forEach((base, cells) -> md.append(row(base, cells[0], cells[1])));
        md.append('\n');
    }

    private void startup() throws IOException {
        Path file = out.resolve("startup.json");
        if (!Files.exists(file)) return;
        JsonNode startup = JSON.readTree(file.toFile());
        md.append("### Start-up of the jar (median of the runs, ms)\n\n| rule base | to serving | first evaluation | tenth evaluation |\n|---|---:|---:|---:|\n");
        startup.fields().forEachRemaining(e -> md.append(row(e.getKey(), e.getValue().get("medianServingMillis").asText(),
                e.getValue().get("medianFirstEvaluationMillis").asText(), e.getValue().get("medianTenthEvaluationMillis").asText())));
        md.append('\n');
    }

    private void memory() throws IOException {
        Path file = out.resolve("http.json");
        if (!Files.exists(file)) return;
        JsonNode http = JSON.readTree(file.toFile());
        JsonNode soak = http.get("soak");
        if (soak != null) {
            md.append("### Live heap under steady load (after a full collection, MiB)\n\n")
                    .append(format("%.0f requests/s over %.0f s, %d errors.\n\n", soak.get("requestsPerSecond").asDouble(),
                            soak.get("duration_us").asDouble() / 1e6, errors(soak)))
                    .append(curve(soak.get("liveHeapMiB"), "s")).append('\n');
        }
        JsonNode reloads = http.get("reloads");
        if (reloads != null) {
            md.append("### Live heap across rule reloads (after a full collection, MiB)\n\n")
                    .append(format("%d reloads, %.0f ms per build on average.\n\n", reloads.get("reloads").asInt(),
                            reloads.get("meanBuildMillis").asDouble()))
                    .append(curve(reloads.get("liveHeapMiB"), "reloads")).append('\n');
        }
    }

    private static String curve(JsonNode samples, String unit) {
        StringBuilder header = new StringBuilder("| " + unit + " |");
        StringBuilder line = new StringBuilder("|---|");
        StringBuilder values = new StringBuilder("| MiB |");
        samples.forEach(s -> {
            header.append(' ').append(s.get("at").asText()).append(" |");
            line.append("---:|");
            values.append(' ').append(s.get("mib").asText()).append(" |");
        });
        return header + "\n" + line + "\n" + values + "\n";
    }

    // ------------------------------------------------------------------ reading JMH results

    private List<JsonNode> results(Predicate<String> benchmark) {
        return jmh.stream().filter(r -> benchmark.test(r.get("benchmark").asText())).toList();
    }

    /** Score by parameter value, then by benchmark method. */
    private Map<String, Map<String, Double>> scores(String benchmarkClass, String param) {
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        for (JsonNode r : results(b -> b.contains("." + benchmarkClass + "."))) {
            String name = r.get("benchmark").asText();
            scores.computeIfAbsent(r.get("params").get(param).asText(), p -> new LinkedHashMap<>())
                    .put(name.substring(name.lastIndexOf('.') + 1), score(r));
        }
        return scores;
    }

    private Map<String, Double> single(String benchmarkClass, String param) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (JsonNode r : results(b -> b.contains("." + benchmarkClass + "."))) {
            scores.put(r.get("params").get(param).asText(), score(r));
        }
        return scores;
    }

    private static double score(JsonNode result) {
        return result.get("primaryMetric").get("score").asDouble();
    }

    private static long errors(JsonNode wrk) {
        long errors = 0;
        for (JsonNode e : wrk.get("errors")) errors += e.asLong();
        return errors;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String us(Double value) {
        return value == null ? "" : format("%.0f", value);
    }

    private static String ms(JsonNode micros) {
        return format("%.1f", micros.asDouble() / 1000);
    }

    private static String ratio(double value) {
        return Double.isFinite(value) ? format("%.2f", value) : "";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
