package dev.advisor.facts;

/** Monthly funnel figures, when the brief gives them. */
public record FunnelFigures(Long visitors, Long leads, Long customers, Long repeatCustomers) {
}
