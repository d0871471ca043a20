package dev.advisor.report;

import dev.advisor.facts.Because;
import dev.advisor.rules.FiredRule;

import java.util.List;

/**
 * The advice for one brief. Keys are stable and every list is in a fixed order, so identical answers
 * and rules give identical reports; {@code rulesVersion} names the rule set that produced it.
 */
public record Report(String questionnaire, String rulesVersion, StrategySection strategy, FunnelSection funnel,
                     List<UspEntry> usps, List<RecommendationEntry> recommendations, List<Warning> warnings,
                     List<FiredRule> firedRules) {

    /** The strategies ranked by score, best first; {@code recommended} is null when nothing was scored. */
    public record StrategySection(String recommended, List<StrategyRank> ranking) {
    }

    public record StrategyRank(String strategy, String name, int score, List<Reason> reasons) {
    }

    /** Points for (positive) or against (negative) a strategy, why, and the rule that gave them. */
    public record Reason(int points, String text, List<Because> because, RuleRef rule) {
    }

    public record FunnelSection(List<StageEntry> stages) {
    }

    /** A funnel stage, the tools in use there, and the rules' verdict ({@code empty}, {@code covered}). */
    public record StageEntry(String stage, String name, List<String> tools, String status) {
    }

    public record UspEntry(String segment, String proposition, List<String> benefits, List<String> needs,
                           List<Because> because, RuleRef rule) {
    }

    public record RecommendationEntry(String id, String category, String priority, String title, String detail,
                                      List<Because> because, RuleRef rule) {
    }

    /** The rule behind an item of the report: its name and where it is written. */
    public record RuleRef(String name, String file, int line) {
    }

    public record Warning(String path, String message) {
    }
}
