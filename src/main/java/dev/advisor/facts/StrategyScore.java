package dev.advisor.facts;

/** Derived: the sum of a strategy's evidence; {@code order} breaks ties the same way every time. */
public record StrategyScore(String strategy, int order, int score) {
}
