package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.TestFolders;
import dev.advisor.api.ApiServer;
import dev.advisor.app.Advisor;
import dev.advisor.app.RulesReload;
import io.javalin.Javalin;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP benchmark: {@code POST /api/evaluations} of the example briefs against a bare Javalin
 * server, started here in the same JVM, whose one route reads the same bodies and echoes them; both
 * loaded by wrk with the same connections and script in the same run. Then a soak of the advisor with
 * the live heap sampled after a full collection, and the live heap across rule reloads.
 *
 * <p>Arguments: {@code --seconds N} (each measured run), {@code --warmup N}, {@code --connections N},
 * {@code --soak N} (seconds of the soak, 0 to skip), {@code --reloads N}, {@code --out DIR}.
 */
public final class HttpBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMPTY_DRAFT = "{\"questionnaire\": \"business-brief\", \"status\": \"draft\", \"answers\": {}}";

    private final int seconds;
    private final int warmup;
    private final int connections;
    private final Path work;

    private HttpBenchmark(int seconds, int warmup, int connections) {
        this.seconds = seconds;
        this.warmup = warmup;
        this.connections = connections;
        this.work = BenchFolders.scratch("http");
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        int seconds = options.number("--seconds", 30);
        int warmup = options.number("--warmup", 20);
        int connections = options.number("--connections", 32);
        int soak = options.number("--soak", 300);
        int reloads = options.number("--reloads", 20);
        Path out = Path.of(options.text("--out", "target/bench"));
        Files.createDirectories(out);
        HttpBenchmark bench = new HttpBenchmark(seconds, warmup, connections);
        ObjectNode results = JSON.createObjectNode();
        results.put("connections", connections).put("seconds", seconds).put("cores", Runtime.getRuntime().availableProcessors());
        bench.throughput(results);
        if (soak > 0) bench.soak(results, soak);
        if (reloads > 0) bench.reloads(results, reloads);
        Files.writeString(out.resolve("http.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.exit(0);
    }

    /** Echo, advisor on the example briefs, advisor on an empty draft: each warmed up, then measured. */
    private void throughput(ObjectNode results) throws Exception {
        List<Path> examples = exampleBodies();
        Path draft = work.resolve("empty-draft.json");
        Files.writeString(draft, EMPTY_DRAFT);
        Javalin echo = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/echo", ctx -> ctx.contentType("application/json").result(ctx.bodyAsBytes()));
        }).start("127.0.0.1", 0);
        Advisor advisor = BenchFolders.advisor(BenchFolders.RULES);
        Javalin api = new ApiServer(advisor).create().start("127.0.0.1", 0);
        try {
            results.set("echo", measure(echo.port(), "/echo", examples));
            results.set("advisor", measure(api.port(), "/api/evaluations", examples));
            results.set("advisorEmptyDraft", measure(api.port(), "/api/evaluations", List.of(draft)));
        } finally {
            echo.stop();
            api.stop();
        }
        double echoRate = rate(results.get("echo"));
        for (String target : List.of("advisor", "advisorEmptyDraft")) {
            ObjectNode r = (ObjectNode) results.get(target);
            r.put("throughputRatioToEcho", rate(r) / echoRate);
            r.put("p99OverP50", r.get("latency_us").get("p99").asDouble() / r.get("latency_us").get("p50").asDouble());
        }
    }

    private JsonNode measure(int port, String path, List<Path> bodies) throws Exception {
        wrk(port, path, bodies, warmup);
        ObjectNode measured = (ObjectNode) wrk(port, path, bodies, seconds);
        measured.put("requestsPerSecond", rate(measured));
        return measured;
    }

    /**
     * A soak of the advisor: wrk runs the whole time while, every 15 s, a full collection is forced
     * and the live heap read. Flat memory means the last samples are no higher than the first ones.
     */
    private void soak(ObjectNode results, int soakSeconds) throws Exception {
        Advisor advisor = BenchFolders.advisor(BenchFolders.RULES);
        Javalin api = new ApiServer(advisor).create().start("127.0.0.1", 0);
        try {
            wrk(api.port(), "/api/evaluations", exampleBodies(), warmup);
            WrkRun load = startWrk(api.port(), "/api/evaluations", exampleBodies(), soakSeconds);
            ArrayNode samples = JSON.createArrayNode();
            long start = System.nanoTime();
            samples.add(sample(0));
            while (!load.process().waitFor(15, TimeUnit.SECONDS)) {
                samples.add(sample((System.nanoTime() - start) / 1e9));
            }
            ObjectNode soak = (ObjectNode) load.summary();
            soak.put("requestsPerSecond", rate(soak));
            soak.set("liveHeapMiB", samples);
            results.set("soak", soak);
        } finally {
            api.stop();
        }
    }

    /** The live heap after rebuilding the rules {@code count} times, each a real change of the folder. */
    private void reloads(ObjectNode results, int count) throws Exception {
        Path rules = work.resolve("rules");
        TestFolders.copyTree(BenchFolders.RULES, rules);
        Advisor advisor = BenchFolders.advisor(rules);
        ArrayNode samples = JSON.createArrayNode();
        samples.add(sample(0));
        long builds = 0;
        for (int i = 1; i <= count; i++) {
            Files.writeString(rules.resolve("plan/plan.drl"), "\n// reload " + i + "\n", StandardOpenOption.APPEND);
            RulesReload reload = advisor.reloadRules().get();
            if (!(reload instanceof RulesReload.Reloaded r)) throw new IllegalStateException("reload " + i + ": " + reload);
            builds += r.buildTime().toMillis();
            advisor.evaluate(BenchFolders.example("vehicle-maker"));
            if (i % 5 == 0) samples.add(sample(i));
        }
        ObjectNode reload = JSON.createObjectNode();
        reload.put("reloads", count).put("meanBuildMillis", builds / (double) count);
        reload.set("liveHeapMiB", samples);
        results.set("reloads", reload);
    }

    private static ObjectNode sample(double at) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return JSON.createObjectNode().put("at", Math.round(at)).put("mib", Math.round(used / 1048576.0 * 10) / 10.0);
    }

    private static List<Path> exampleBodies() {
        return BenchFolders.exampleNames().stream().map(n -> BenchFolders.EXAMPLES.resolve(n + ".json").toAbsolutePath()).toList();
    }

    /** A wrk run in progress and the file its output goes to. */
    private record WrkRun(Process process, Path output) {
        JsonNode summary() throws IOException, InterruptedException {
            process.waitFor();
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith("{")) return JSON.readTree(lines.get(i));
            }
            throw new IllegalStateException("wrk printed no summary: " + lines);
        }
    }

    private JsonNode wrk(int port, String path, List<Path> bodies, int duration) throws Exception {
        WrkRun run = startWrk(port, path, bodies, duration);
        if (!run.process().waitFor(duration + 60L, TimeUnit.SECONDS)) throw new IllegalStateException("wrk did not finish");
        return run.summary();
    }

    private WrkRun startWrk(int port, String path, List<Path> bodies, int duration) throws IOException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", "2", "-c", String.valueOf(connections),
                "-d", duration + "s", "--timeout", "10s", "-s", BenchFolders.ROOT.resolve("bench/post.lua").toString(),
                "http://127.0.0.1:" + port, "--", path));
        bodies.forEach(b -> command.add(b.toString()));
        Path output = Files.createTempFile(work, "wrk-", ".out");
        return new WrkRun(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start(), output);
    }

    private static double rate(JsonNode wrk) {
        return wrk.get("requests").asDouble() / (wrk.get("duration_us").asDouble() / 1e6);
    }
}
