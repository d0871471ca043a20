package dev.advisor;

import dev.advisor.app.Advisor;
import dev.advisor.questionnaire.QuestionnaireException;
import dev.advisor.rules.RuleBuildException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shipped folders, as the tests see them from the project root, and one advisor built on them. */
public final class TestFolders {
    public static final Path QUESTIONNAIRES = Path.of("questionnaires");
    public static final Path RULES = Path.of("rules");
    public static final Path EXAMPLES = QUESTIONNAIRES.resolve("examples");
    private static Advisor shipped;

    private TestFolders() {
    }

    /** The file names of every shipped example brief, sorted: tests that cover "every example" use these. */
    public static Stream<String> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    /** A rules folder under {@code temp} with the shipped catalogue and no rule files yet. */
    public static Path catalogueOnlyRules(Path temp) throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules.resolve("catalogue"));
        try (Stream<Path> files = Files.list(RULES.resolve("catalogue"))) {
            for (Path f : files.toList()) Files.copy(f, rules.resolve("catalogue").resolve(f.getFileName()));
        }
        return rules;
    }

    /** A copy of the whole shipped rules folder under {@code temp}, for tests that change or add rules. */
    public static Path copyOfShippedRules(Path temp) throws IOException {
        Path rules = temp.resolve("rules");
        copyTree(RULES, rules);
        return rules;
    }

    /** Copies every file of the folder tree {@code from} to the same place under {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    /** Writes a file below {@code folder}, creating its parents. */
    public static void write(Path folder, String relative, String text) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Built once per test JVM: compiling the rules is the slow part and the advisor is thread-safe. */
    public static synchronized Advisor shippedAdvisor() {
        if (shipped == null) {
            try {
                shipped = new Advisor(QUESTIONNAIRES, RULES);
            } catch (QuestionnaireException | RuleBuildException e) {
                throw new IllegalStateException("the shipped questionnaires and rules must load", e);
            }
        }
        return shipped;
    }
}
