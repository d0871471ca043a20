package dev.advisor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as a user sees it: the packaged jar started with {@code serve}, timed from the process start
 * to the line that says it is serving, then the first evaluation (a cold JVM) and the tenth. On the
 * shipped rules and on ten times as many. Arguments: {@code --runs N}, {@code --out DIR}.
 */
public final class StartupBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        int runs = options.number("--runs", 5);
        Path out = Path.of(options.text("--out", "target/bench"));
        Files.createDirectories(out);
        Path jar = BenchFolders.ROOT.resolve("target/strategy-advisor.jar");
        byte[] brief = BenchFolders.exampleBytes("vehicle-maker");
        ObjectNode results = JSON.createObjectNode();
        for (int times : new int[]{1, 10}) {
            Path rules = RuleBaseScalingBenchmark.rulesTimes(times, null);
            ArrayNode samples = JSON.createArrayNode();
            for (int run = 0; run < runs; run++) samples.add(startOnce(jar, rules, brief));
            ObjectNode entry = JSON.createObjectNode();
            entry.put("medianServingMillis", median(samples, "servingMillis"));
            entry.put("medianFirstEvaluationMillis", median(samples, "firstEvaluationMillis"));
            entry.put("medianTenthEvaluationMillis", median(samples, "tenthEvaluationMillis"));
            entry.set("runs", samples);
            results.set("rules-x" + times, entry);
        }
        Files.writeString(out.resolve("startup.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.exit(0);
    }

    private static ObjectNode startOnce(Path jar, Path rules, byte[] brief) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "serve", "--port", "0", "--rules", rules.toString(),
                "--questionnaires", BenchFolders.QUESTIONNAIRES.toString());
        long start = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("strategy-advisor serving on ")) {
                // Javalin's own start-up lines
            }
            if (line == null) throw new IllegalStateException("the server stopped before serving");
            long serving = System.nanoTime();
            String base = line.substring(line.indexOf("http://"), line.indexOf(" (rules"));
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/evaluations"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(brief)).build();
            long first = timed(client, post);
            long tenth = 0;
            for (int i = 2; i <= 10; i++) tenth = timed(client, post);
            return JSON.createObjectNode().put("servingMillis", (serving - start) / 1_000_000)
                    .put("firstEvaluationMillis", first / 1_000_000).put("tenthEvaluationMillis", tenth / 1_000_000);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static long timed(HttpClient client, HttpRequest post) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(post, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) throw new IllegalStateException("evaluation answered " + response.statusCode());
        return System.nanoTime() - start;
    }

    private static long median(ArrayNode samples, String field) {
        List<Long> values = new ArrayList<>();
        samples.forEach(s -> values.add(s.get(field).asLong()));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
