package dev.advisor.facts;

/** Derived: the strategy the rules recommend. */
public record RecommendedStrategy(String strategy, int score) {
}
