package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.app.Advisor;
import dev.advisor.app.Json;
import dev.advisor.facts.FactMapper;
import dev.advisor.questionnaire.AnswerValidator;
import dev.advisor.questionnaire.Option;
import dev.advisor.questionnaire.Question;
import dev.advisor.rules.RuleSet;
import org.kie.api.runtime.KieSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped folders as the benchmarks see them (run from the project root, or with
 * {@code -Dadvisor.root=DIR}), and the inputs every benchmark shares.
 */
final class BenchFolders {
    static final Path ROOT = Path.of(System.getProperty("advisor.root", ".")).toAbsolutePath().normalize();
    static final Path QUESTIONNAIRES = ROOT.resolve("questionnaires");
    static final Path RULES = ROOT.resolve("rules");
    static final Path EXAMPLES = QUESTIONNAIRES.resolve("examples");

    private BenchFolders() {
    }

    /** A fresh empty folder for what a benchmark writes (synthetic rules, bodies), removed when the JVM exits. */
    static Path scratch(String prefix) {
        try {
            Path dir = Files.createTempDirectory("advisor-bench-" + prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static Advisor advisor(Path rules) {
        try {
            return new Advisor(QUESTIONNAIRES, rules);
        } catch (Exception e) {
            throw new IllegalStateException("the advisor cannot be built from " + rules, e);
        }
    }

    /** The names of the example briefs (their files without ".json"), sorted. */
    static List<String> exampleNames() {
        try (var files = Files.list(EXAMPLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .map(n -> n.substring(0, n.length() - ".json".length())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] exampleBytes(String example) {
        try {
            return Files.readAllBytes(EXAMPLES.resolve(example + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode example(String example) {
        try {
            return Json.mapper().readTree(exampleBytes(example));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What raw Drools is given: the catalogue facts and the facts our mapping makes of the brief, built
     * once, so the raw side pays for nothing but the session.
     */
    static List<Object> sessionFacts(Advisor advisor, RuleSet rules, JsonNode document) {
        try {
            List<Object> facts = new ArrayList<>(rules.catalogue().facts());
            facts.addAll(new FactMapper().map(new AnswerValidator(advisor.questionnaires()).validate(document)));
            return List.copyOf(facts);
        } catch (Exception e) {
            throw new IllegalStateException("the brief does not validate", e);
        }
    }

    /** The values a brief may give a choice question, in the questionnaire's order. */
    static List<String> optionValues(Question question) {
        return question.options().stream().map(Option::value).toList();
    }

    /** Raw Drools, once: the facts inserted into the session, every rule fired, the session disposed. */
    static int fire(KieSession session, List<Object> facts) {
        try {
            facts.forEach(session::insert);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }
}
