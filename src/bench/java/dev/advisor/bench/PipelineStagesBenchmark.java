package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advisor.app.Advisor;
import dev.advisor.facts.FactMapper;
import dev.advisor.questionnaire.AnswerValidator;
import dev.advisor.questionnaire.ValidatedAnswers;
import dev.advisor.report.Report;
import dev.advisor.report.ReportBuilder;
import dev.advisor.rules.EvaluationResult;
import dev.advisor.rules.RuleEngine;
import dev.advisor.rules.RuleSet;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * Each step of one evaluation on its own, to show where the time of {@link EvaluationBenchmark#advisor}
 * goes: reading the body, validation, mapping to facts, an empty session, the engine with its trace,
 * building the report and writing it as JSON.
 */
@State(Scope.Benchmark)
public class PipelineStagesBenchmark extends TimedBenchmark {
    @Param({"vehicle-maker"})
    public String example;

    private Advisor advisor;
    private RuleSet rules;
    private ObjectMapper json;
    private byte[] body;
    private JsonNode document;
    private AnswerValidator validator;
    private ValidatedAnswers validated;
    private List<Object> facts;
    private final FactMapper mapper = new FactMapper();
    private final RuleEngine engine = new RuleEngine();
    private final ReportBuilder reports = new ReportBuilder();
    private EvaluationResult result;
    private Report report;

    @Setup
    public void setUp() throws Exception {
        advisor = BenchFolders.advisor(BenchFolders.RULES);
        rules = advisor.ruleSet();
        json = advisor.json();
        body = BenchFolders.exampleBytes(example);
        document = json.readTree(body);
        validator = new AnswerValidator(advisor.questionnaires());
        validated = validator.validate(document);
        facts = mapper.map(validated);
        result = engine.evaluate(rules, facts);
        report = reports.build(validated.questionnaire(), rules, result, validated.warnings());
    }

    @Benchmark
    public JsonNode readBody() throws Exception {
        return json.readTree(body);
    }

    @Benchmark
    public ValidatedAnswers validate() throws Exception {
        return validator.validate(document);
    }

    @Benchmark
    public List<Object> mapToFacts() {
        return mapper.map(validated);
    }

    @Benchmark
    public long emptySession() {
        KieSession session = rules.kieBase().newKieSession();
        try {
            return session.getFactCount();
        } finally {
            session.dispose();
        }
    }

    @Benchmark
    public EvaluationResult engineWithTrace() {
        return engine.evaluate(rules, facts);
    }

    @Benchmark
    public Report buildReport() {
        return reports.build(validated.questionnaire(), rules, result, validated.warnings());
    }

    @Benchmark
    public byte[] writeJson() throws Exception {
        return json.writeValueAsBytes(report);
    }
}
