package dev.advisor.report;

import dev.advisor.facts.CatalogueTool;
import dev.advisor.facts.Recommendation;
import dev.advisor.facts.RecommendedStrategy;
import dev.advisor.facts.Stage;
import dev.advisor.facts.StageStatus;
import dev.advisor.facts.Strategy;
import dev.advisor.facts.StrategyEvidence;
import dev.advisor.facts.StrategyScore;
import dev.advisor.facts.ToolAtStage;
import dev.advisor.facts.Usp;
import dev.advisor.questionnaire.Problem;
import dev.advisor.rules.EvaluationResult;
import dev.advisor.rules.RuleLocation;
import dev.advisor.rules.RuleSet;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the report from what the rules left in working memory. It decides nothing: every verdict
 * comes from a rule; this class only orders, names and attributes.
 */
public final class ReportBuilder {
    private static final List<String> PRIORITIES = List.of("high", "medium", "low");

    public Report build(String questionnaire, RuleSet ruleSet, EvaluationResult result, List<Problem> warnings) {
        return new Report(questionnaire, ruleSet.version(), strategy(ruleSet, result), funnel(ruleSet, result),
                usps(result), recommendations(result),
                warnings.stream().map(w -> new Report.Warning(w.path(), w.message()))
                        .sorted(Comparator.comparing(Report.Warning::path)).toList(),
                result.firedRules());
    }

    private static Report.StrategySection strategy(RuleSet ruleSet, EvaluationResult result) {
        Map<String, Strategy> strategies = ruleSet.catalogue().strategies().stream()
                .collect(Collectors.toMap(Strategy::id, Function.identity()));
        Map<String, List<StrategyEvidence>> evidence = result.factsOf(StrategyEvidence.class).stream()
                .collect(Collectors.groupingBy(StrategyEvidence::strategy));
        List<Report.StrategyRank> ranking = result.factsOf(StrategyScore.class).stream()
                .sorted(Comparator.comparingInt(StrategyScore::score).reversed().thenComparingInt(StrategyScore::order))
                .map(score -> new Report.StrategyRank(score.strategy(),
                        strategies.containsKey(score.strategy()) ? strategies.get(score.strategy()).nameEn() : score.strategy(),
                        score.score(),
                        evidence.getOrDefault(score.strategy(), List.of()).stream()
                                .map(e -> new Report.Reason(e.points(), e.reason(), e.because(), ref(result.origin(e))))
                                .sorted(Comparator.comparingInt(Report.Reason::points).reversed()
                                        .thenComparing(Report.Reason::text))
                                .toList()))
                .toList();
        String recommended = result.factsOf(RecommendedStrategy.class).stream()
                .map(RecommendedStrategy::strategy).sorted().findFirst().orElse(null);
        return new Report.StrategySection(recommended, ranking);
    }

    private static Report.FunnelSection funnel(RuleSet ruleSet, EvaluationResult result) {
        Map<String, String> toolNames = ruleSet.catalogue().tools().stream()
                .collect(Collectors.toMap(CatalogueTool::id, CatalogueTool::nameEn));
        Map<String, String> statuses = result.factsOf(StageStatus.class).stream()
                .collect(Collectors.toMap(StageStatus::stage, StageStatus::status, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        List<ToolAtStage> placed = result.factsOf(ToolAtStage.class);
        return new Report.FunnelSection(ruleSet.catalogue().stages().stream()
                .sorted(Comparator.comparingInt(Stage::order))
                .map(stage -> new Report.StageEntry(stage.id(), stage.nameEn(),
                        placed.stream().filter(t -> t.stage().equals(stage.id()))
                                .sorted(Comparator.comparingInt(ToolAtStage::toolIndex))
                                .map(t -> toolNames.getOrDefault(t.tool(), t.tool())).distinct().toList(),
                        statuses.getOrDefault(stage.id(), "unknown")))
                .toList());
    }

    private static List<Report.UspEntry> usps(EvaluationResult result) {
        return result.factsOf(Usp.class).stream()
                .sorted(Comparator.comparingInt(Usp::segmentIndex))
                .map(u -> new Report.UspEntry(u.segment(), u.proposition(), u.benefits(), u.needs(), u.because(),
                        ref(result.origin(u))))
                .toList();
    }

    private static List<Report.RecommendationEntry> recommendations(EvaluationResult result) {
        return result.factsOf(Recommendation.class).stream()
                .map(r -> new Report.RecommendationEntry(r.id(), r.category(), r.priority(), r.title(), r.detail(),
                        r.because(), ref(result.origin(r))))
                .sorted(Comparator.comparingInt((Report.RecommendationEntry r) -> priorityRank(r.priority()))
                        .thenComparing(Report.RecommendationEntry::id))
                .toList();
    }

    private static int priorityRank(String priority) {
        int rank = PRIORITIES.indexOf(priority);
        return rank < 0 ? PRIORITIES.size() : rank;
    }

    private static Report.RuleRef ref(RuleLocation location) {
        return location == null ? null : new Report.RuleRef(location.name(), location.file(), location.line());
    }
}
