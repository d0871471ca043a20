package dev.advisor.facts;

/** Derived: the strategy the rules recommend. */
public record RecommendedStrategy(String strategy, int score) implements Finding {
    @Override
    public String id() {
        return "strategy.is." + strategy;
    }
}
