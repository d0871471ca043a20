package dev.advisor.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advisor.facts.FactMapper;
import dev.advisor.questionnaire.AnswerValidator;
import dev.advisor.questionnaire.AnswersInvalidException;
import dev.advisor.questionnaire.QuestionnaireException;
import dev.advisor.questionnaire.QuestionnaireLoader;
import dev.advisor.questionnaire.Questionnaires;
import dev.advisor.questionnaire.UnknownQuestionnaireException;
import dev.advisor.questionnaire.ValidatedAnswers;
import dev.advisor.report.Report;
import dev.advisor.report.ReportBuilder;
import dev.advisor.rules.EngineLimits;
import dev.advisor.rules.EvaluationResult;
import dev.advisor.rules.RuleBuildException;
import dev.advisor.rules.RuleEngine;
import dev.advisor.rules.RuleProblem;
import dev.advisor.rules.RuleSet;
import dev.advisor.rules.RuleSetLoader;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The advisor, built from its two folders: the questionnaires and the rules. The CLI, the HTTP API and
 * the tests all construct it the same way. Thread-safe: the rule set is shared, every evaluation has
 * its own session.
 *
 * <p>The rules can be reloaded while it serves: {@link #reloadRules()} builds the folder on a thread of
 * its own and swaps the new rule set in at once, so an evaluation runs wholly on the rule set it
 * started with and none waits for a build. A folder that does not build is refused with all its
 * errors and the previous rules keep serving.
 */
public final class Advisor {
    private final ObjectMapper json;
    private final Questionnaires questionnaires;
    private final Path rulesDir;
    private final RuleSetLoader loader;
    private final AtomicReference<RuleSet> ruleSet;
    private final AnswerValidator validator;
    private final FactMapper facts = new FactMapper();
    private final RuleEngine engine;
    private final ReportBuilder reports = new ReportBuilder();
    private final ExampleBriefs examples;
    /** Builds run one at a time, off the request threads; a daemon, so it never keeps the JVM alive. */
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rules-builder");
        thread.setDaemon(true);
        return thread;
    });
    /** A reload asked for but not started yet: later requests join it, as it will read the files after them. */
    private CompletableFuture<RulesReload> queued;
    /** The last refused build, so the same broken files are not built again and again (read on the builder thread only). */
    private String refusedVersion;
    private List<RuleProblem> refusedProblems;

    public Advisor(Path questionnairesDir, Path rulesDir) throws QuestionnaireException, RuleBuildException {
        this(questionnairesDir, rulesDir, EngineLimits.DEFAULT);
    }

    public Advisor(Path questionnairesDir, Path rulesDir, EngineLimits limits) throws QuestionnaireException, RuleBuildException {
        this.json = Json.mapper();
        this.questionnaires = new QuestionnaireLoader(json).load(questionnairesDir);
        this.rulesDir = rulesDir;
        this.loader = new RuleSetLoader(json);
        this.ruleSet = new AtomicReference<>(loader.load(rulesDir));
        this.validator = new AnswerValidator(questionnaires);
        this.engine = new RuleEngine(limits);
        this.examples = ExampleBriefs.load(questionnairesDir.resolve("examples"), json);
    }

    /** The example briefs shipped beside the questionnaires. */
    public ExampleBriefs examples() {
        return examples;
    }

    public ObjectMapper json() {
        return json;
    }

    public Questionnaires questionnaires() {
        return questionnaires;
    }

    /** The rule set serving now. */
    public RuleSet ruleSet() {
        return ruleSet.get();
    }

    /** The folder the rules are read from, and reloaded from. */
    public Path rulesDir() {
        return rulesDir;
    }

    public EngineLimits limits() {
        return engine.limits();
    }

    /** Validates an answers document and evaluates it into a report. */
    public Report evaluate(JsonNode document) throws AnswersInvalidException, UnknownQuestionnaireException {
        return evaluateInDetail(document).report();
    }

    /** The report and what it was built from: every fact the rules left and the rules that fired. */
    public record Evaluation(Report report, EvaluationResult result) {
    }

    /** Like {@link #evaluate}, keeping the engine's result for rule tests and traces. */
    public Evaluation evaluateInDetail(JsonNode document) throws AnswersInvalidException, UnknownQuestionnaireException {
        ValidatedAnswers answers = validator.validate(document);
        RuleSet rules = ruleSet.get();
        EvaluationResult result = engine.evaluate(rules, facts.map(answers));
        return new Evaluation(reports.build(answers.questionnaire(), rules, result, answers.warnings()), result);
    }

    /**
     * Rebuilds the rules folder and swaps the result in, off the caller's thread. Completes with what
     * happened; never exceptionally for a broken folder, which is a {@link RulesReload.Refused}.
     */
    public synchronized CompletableFuture<RulesReload> reloadRules() {
        if (queued != null) return queued;
        CompletableFuture<RulesReload> reload = new CompletableFuture<>();
        queued = reload;
        builder.execute(() -> {
            synchronized (this) {
                if (queued == reload) queued = null;
            }
            try {
                reload.complete(rebuild());
            } catch (RuntimeException | Error e) {
                reload.completeExceptionally(e);
            }
        });
        return reload;
    }

    private RulesReload rebuild() {
        RuleSet serving = ruleSet.get();
        String version = "";
        try {
            version = loader.version(rulesDir);
            if (version.equals(serving.version())) return new RulesReload.Unchanged(serving);
            if (version.equals(refusedVersion)) return new RulesReload.Refused(serving, refusedProblems);
            long start = System.nanoTime();
            RuleSet built = loader.load(rulesDir);
            ruleSet.set(built);
            return new RulesReload.Reloaded(built, serving.version(), Duration.ofNanos(System.nanoTime() - start));
        } catch (RuleBuildException e) {
            refusedVersion = version;
            refusedProblems = e.problems();
            return new RulesReload.Refused(serving, e.problems());
        } catch (UncheckedIOException e) {
            return new RulesReload.Refused(serving, List.of(new RuleProblem(rulesDir.toString(), 0, 0,
                    "cannot be read: " + e.getCause().getMessage())));
        }
    }
}
