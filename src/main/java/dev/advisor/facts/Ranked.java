package dev.advisor.facts;

/**
 * Derived by the plan rules: how much a recommendation matters for this business ({@code score}, higher
 * first) and the underlying problem it is about ({@code problem}; recommendations about the same problem
 * are folded into the highest-ranked one). The report orders recommendations and the plan by it.
 */
public record Ranked(Recommendation recommendation, int score, String problem) implements Finding {
    @Override
    public String id() {
        return "rank." + recommendation.id();
    }
}
