package dev.advisor.facts;

/** Derived: the verdict on one funnel stage: {@code empty}, {@code thin} (one tool) or {@code covered}. */
public record StageStatus(String stage, String status) implements Finding {
    @Override
    public String id() {
        return "funnel.stage." + stage + "." + status;
    }
}
