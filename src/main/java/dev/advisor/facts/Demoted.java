package dev.advisor.facts;

/**
 * Derived by the plan rules: a high-priority recommendation outranked by the five high ones the report
 * keeps as "do now"; the report shows it as medium, so an owner meets at most five urgent items.
 */
public record Demoted(Recommendation recommendation) implements Finding {
    @Override
    public String id() {
        return "demoted." + recommendation.id();
    }
}
