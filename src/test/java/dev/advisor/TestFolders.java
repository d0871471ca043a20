package dev.advisor;

import dev.advisor.app.Advisor;
import dev.advisor.questionnaire.QuestionnaireException;
import dev.advisor.rules.RuleBuildException;

import java.nio.file.Path;

/** The shipped folders, as the tests see them from the project root, and one advisor built on them. */
public final class TestFolders {
    public static final Path QUESTIONNAIRES = Path.of("questionnaires");
    public static final Path RULES = Path.of("rules");
    public static final Path EXAMPLES = QUESTIONNAIRES.resolve("examples");
    private static Advisor shipped;

    private TestFolders() {
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
