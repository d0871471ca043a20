package dev.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        assertTrue(run.out().contains("rules/funnel/funnel.drl:"), run.out());
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
}
