package dev.advisor.facts;

import java.util.List;

/**
 * Derived: the metrics to watch for one funnel stage ({@code scope} {@code stage}) or one tool in use
 * ({@code scope} {@code tool}); {@code subject} is the stage or tool id.
 */
public record KpiEntry(String scope, String subject, List<String> metrics) implements Finding {
    @Override
    public String id() {
        return "kpi." + scope + "." + subject;
    }
}
