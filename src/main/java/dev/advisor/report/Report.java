package dev.advisor.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.advisor.facts.Because;
import dev.advisor.questionnaire.Text;
import dev.advisor.rules.FiredRule;

import java.util.List;

/**
 * The advice for one brief. Keys are stable and every list is in a fixed order, so identical answers
 * and rules give identical reports; {@code rulesVersion} names the rule set that produced it.
 * {@code summary} comes first, as an owner reads it; {@code references} names the articles its methods
 * come from. {@code glossary} is not part of the JSON, which keeps the ids: it gives the renderers the
 * plain names of those ids.
 */
public record Report(String questionnaire, String rulesVersion, Summary summary, StrategySection strategy,
                     FunnelSection funnel, List<UspEntry> usps, List<RecommendationEntry> recommendations,
                     List<ActionStep> actionPlan, List<ComponentEntry> components, List<MaturityArea> maturity,
                     SwotSection swot, List<JourneyMap> journeyMap, KpiSection kpis, List<AuditEntry> audits,
                     List<Warning> warnings, List<Reference> references, List<FiredRule> firedRules,
                     @JsonIgnore Glossary glossary) {

    /** What an owner reads first: the first steps of the action plan, and a verdict on each component. */
    public record Summary(List<FirstStep> firstSteps, List<AreaVerdict> areas) {
        private static final List<String> COUNTED = List.of("The first thing to do", "The two things to do first",
                "The three things to do first");

        /** The heading of {@code firstSteps} in as many words as there are steps; null when there are none. */
        public String firstStepsTitle() {
            return firstSteps.isEmpty() ? null : COUNTED.get(Math.min(firstSteps.size(), COUNTED.size()) - 1);
        }
    }

    /** One of the first steps of the action plan: its number there, the action and what to do first. */
    public record FirstStep(int step, String id, String title, String firstStep) {
    }

    /** A component in one sentence for an owner: "Lead generation: missing — nothing turns visitors into calls." */
    public record AreaVerdict(String component, String name, String status, String verdict) {
    }

    /** An article the report's methods come from, cited by its titles; {@code url} only when known. */
    public record Reference(String id, Text title, @JsonInclude(JsonInclude.Include.NON_NULL) String url) {
    }

    /** The strategies ranked by score, best first; {@code recommended} is null when nothing was scored. */
    public record StrategySection(String recommended, List<StrategyRank> ranking) {
    }

    public record StrategyRank(String strategy, String name, int score, List<Reason> reasons) {
    }

    /** Points for (positive) or against (negative) a strategy, why, and the rule that gave them. */
    public record Reason(int points, String text, List<Because> because, RuleRef rule) {
    }

    /**
     * The stages with their tools and verdicts; the conversion rates the funnel figures give, and the
     * bottleneck: the stage whose conversion is furthest below the usual (null without figures).
     */
    public record FunnelSection(List<StageEntry> stages, List<ConversionEntry> conversions, BottleneckEntry bottleneck) {
    }

    public record ConversionEntry(String conversion, String stage, double rate, double typical, List<Because> because,
                                  RuleRef rule) {
    }

    public record BottleneckEntry(String stage, String name, String conversion, double rate, double typical,
                                  List<Because> because, RuleRef rule) {
    }

    /** A funnel stage, the tools in use there, and the rules' verdict ({@code empty}, {@code thin}, {@code covered}). */
    public record StageEntry(String stage, String name, List<String> tools, String status) {
    }

    public record UspEntry(String segment, String proposition, List<String> benefits, List<String> needs,
                           List<Because> because, RuleRef rule) {
    }

    /**
     * Advice: {@code detail} is its rationale, {@code firstStep} what to do first, {@code stage} the funnel stage;
     * {@code covers} the recommendations about the same problem folded into this one.
     */
    public record RecommendationEntry(String id, String category, String priority, String stage, String title,
                                      String detail, String firstStep, List<Because> because, RuleRef rule,
                                      List<Covered> covers) {
    }

    /** A recommendation folded into another about the same problem: its id, title and the rule that made it. */
    public record Covered(String id, String title, RuleRef rule) {
    }

    /** One step of the action plan: a recommendation in plan order, numbered from 1. */
    public record ActionStep(int step, String id, String priority, String stage, String title, String firstStep,
                             RuleRef rule) {
    }

    /** One of the eight components of an internet-marketing system: {@code present}, {@code weak}, {@code missing}. */
    public record ComponentEntry(String component, String name, String status, String summary, String todo,
                                 List<Because> because, RuleRef rule) {
    }

    /** Analytics, CRM or automation maturity: how many of the area's checks are met, and each check. */
    public record MaturityArea(String area, int met, int total, List<MaturityEntry> checks) {
    }

    public record MaturityEntry(String check, boolean met, String text, List<Because> because, RuleRef rule) {
    }

    /** SWOT: strengths and weaknesses from our answers, opportunities and threats from the market; TOWS pairs them. */
    public record SwotSection(List<SwotEntry> strengths, List<SwotEntry> weaknesses, List<SwotEntry> opportunities,
                              List<SwotEntry> threats, List<TowsEntry> tows) {
    }

    public record SwotEntry(String id, String text, List<Because> because, RuleRef rule) {
    }

    /** A TOWS suggestion: {@code SO}, {@code ST}, {@code WO} or {@code WT}. */
    public record TowsEntry(String id, String kind, String text, List<Because> because, RuleRef rule) {
    }

    /** The customer journey of one segment ({@code segmentIndex} -1: all customers), stage by stage. */
    public record JourneyMap(String segment, int segmentIndex, List<JourneyStage> stages) {
    }

    public record JourneyStage(String stage, String name, List<String> goal, List<String> needs,
                               List<String> touchpoints, List<String> tools, List<String> kpi, List<String> task,
                               List<String> obstacles, List<String> ideas) {
        /** The rows of a journey map as people read it, in the order of seed 001's CJM, each with its field. */
        public static final List<Row> ROWS = List.of(new Row("Client's goal", JourneyStage::goal),
                new Row("Needs", JourneyStage::needs), new Row("Touchpoints", JourneyStage::touchpoints),
                new Row("Tools", JourneyStage::tools), new Row("Stage KPI", JourneyStage::kpi),
                new Row("Marketer's task", JourneyStage::task), new Row("Obstacles", JourneyStage::obstacles),
                new Row("Ideas", JourneyStage::ideas));

        public record Row(String title, java.util.function.Function<JourneyStage, List<String>> field) {
        }
    }

    /** The KPI dashboard: the metrics to watch per funnel stage and per tool in use. */
    public record KpiSection(List<KpiEntry> stages, List<KpiEntry> tools) {
    }

    /** {@code subject} is a stage or tool id, {@code name} its readable name. */
    public record KpiEntry(String subject, String name, List<String> metrics, RuleRef rule) {
    }

    /** An audit to run, what it checks, and what in the answers calls for it. */
    public record AuditEntry(String audit, String name, String checks, List<AuditReason> reasons) {
    }

    public record AuditReason(String reason, List<Because> because, RuleRef rule) {
    }

    /** The rule behind an item of the report: its name and where it is written. */
    public record RuleRef(String name, String file, int line) {
    }

    public record Warning(String path, String message) {
    }
}
