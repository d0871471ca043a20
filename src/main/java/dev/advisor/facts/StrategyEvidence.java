package dev.advisor.facts;

import java.util.List;

/** Derived: points for (or, when negative, against) a strategy, with the reason and its answers. */
public record StrategyEvidence(String strategy, int points, String reason, List<Because> because) {
}
