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
import dev.advisor.rules.EvaluationResult;
import dev.advisor.rules.RuleBuildException;
import dev.advisor.rules.RuleEngine;
import dev.advisor.rules.RuleSet;
import dev.advisor.rules.RuleSetLoader;

import java.nio.file.Path;

/**
 * The advisor, built from its two folders: the questionnaires and the rules. The CLI, the HTTP API and
 * the tests all construct it the same way. Thread-safe: the rule set is shared, every evaluation has
 * its own session.
 */
public final class Advisor {
    private final ObjectMapper json;
    private final Questionnaires questionnaires;
    private final RuleSet ruleSet;
    private final AnswerValidator validator;
    private final FactMapper facts = new FactMapper();
    private final RuleEngine engine = new RuleEngine();
    private final ReportBuilder reports = new ReportBuilder();
    private final ExampleBriefs examples;

    public Advisor(Path questionnairesDir, Path rulesDir) throws QuestionnaireException, RuleBuildException {
        this.json = Json.mapper();
        this.questionnaires = new QuestionnaireLoader(json).load(questionnairesDir);
        this.ruleSet = new RuleSetLoader(json).load(rulesDir);
        this.validator = new AnswerValidator(questionnaires);
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

    public RuleSet ruleSet() {
        return ruleSet;
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
        EvaluationResult result = engine.evaluate(ruleSet, facts.map(answers));
        return new Evaluation(reports.build(answers.questionnaire().id(), ruleSet, result, answers.warnings()), result);
    }
}
