package dev.advisor.facts;

/**
 * A derived fact a scenario can name: recommendations, stage verdicts, SWOT items, audits and the
 * rest each have a stable, dotted id ({@code funnel.stage.retention.empty}) so a consultant's scenario
 * says "expect this" or "expect not this" without knowing Java types.
 */
public interface Finding {
    String id();
}
