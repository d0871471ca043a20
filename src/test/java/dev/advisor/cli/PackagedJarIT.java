package dev.advisor.cli;

import dev.advisor.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shaded jar, started as a user would from another directory: Drools must find its services in
 * the merged jar, and the jar must find the shipped rules and questionnaires next to its folder.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/strategy-advisor.jar").toAbsolutePath();
    private static final Path EXAMPLE = Path.of("questionnaires/examples/vehicle-maker.json").toAbsolutePath();

    @TempDir
    Path elsewhere;

    private record Run(int exit, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectError(elsewhere.resolve("err.txt").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        return new Run(process.exitValue(), out, java.nio.file.Files.readString(elsewhere.resolve("err.txt")));
    }

    @Test
    void theJarEvaluatesAnExampleFromAnotherDirectory() throws Exception {
        Run run = java("evaluate", EXAMPLE.toString(), "--format", "markdown");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("**Recommended: "), run.out());
        assertTrue(run.out().contains(".drl:"), "every recommendation names its rule: " + run.out());
    }

    @Test
    void theJarChecksTheShippedRulesFromAnotherDirectory() throws Exception {
        Run run = java("check-rules");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("rules: "), run.out());
    }

    @Test
    void theJarRunsTheRuleScenariosFromAnotherDirectory() throws Exception {
        Run run = java("test-rules");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains(" 0 failed; "), run.out());
    }

    @Test
    void theJarServesWithWatchAndAnAdminTokenReloadingChangedRules() throws Exception {
        // given a copy of the shipped rules and a server started on it with --watch and an admin token
        Path rules = TestFolders.copyOfShippedRules(elsewhere);
        String token = "jar-test-token-0123456789";
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "serve", "--port", "0", "--watch", "--rules", rules.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true);
        builder.environment().put("ADVISOR_ADMIN_TOKEN", token);
        Process server = builder.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException e) {
                // the server was stopped: its output ends here
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String serving = awaitLine(lines, "strategy-advisor serving on ");
            String base = serving.substring(serving.indexOf("http://"), serving.indexOf(" (rules"));
            awaitLine(lines, "watching ");
            // when a rule file changes, then the server reports the reload
            Files.writeString(rules.resolve("plan/plan.drl"), "\n// changed\n", StandardOpenOption.APPEND);
            assertTrue(awaitLine(lines, "rules reloaded: version ").contains(" rules, built in "));
            // and the admin route answers with the token, and only with it
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest.Builder reload = HttpRequest.newBuilder(URI.create(base + "/api/admin/rules/reload"))
                    .POST(HttpRequest.BodyPublishers.noBody());
            assertEquals(401, client.send(reload.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> answer = client.send(reload.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"unchanged\""), answer.body());
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The next line of the server's output that starts with {@code prefix}; the timeout guards against a hang. */
    private static String awaitLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) break;
            if (line.startsWith(prefix)) return line;
            seen.add(line);
        }
        throw new AssertionError("no line starting with '" + prefix + "'; the server printed: " + seen);
    }
}
