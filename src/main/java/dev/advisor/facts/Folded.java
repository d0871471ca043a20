package dev.advisor.facts;

/**
 * Derived by the plan rules: a recommendation about the same underlying problem as a higher-ranked one,
 * shown inside it ({@code into}) rather than as an item of its own, so one problem is one finding.
 */
public record Folded(Recommendation recommendation, Recommendation into) implements Finding {
    @Override
    public String id() {
        return "folded." + recommendation.id();
    }
}
