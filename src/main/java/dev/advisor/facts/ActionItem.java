package dev.advisor.facts;

/** Derived: a recommendation chosen for the prioritised action plan. */
public record ActionItem(Recommendation recommendation) implements Finding {
    @Override
    public String id() {
        return "plan." + recommendation.id();
    }
}
