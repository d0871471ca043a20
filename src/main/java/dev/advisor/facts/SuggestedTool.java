package dev.advisor.facts;

/**
 * Derived: a catalogue tool suggested for a funnel stage with no tool or only one, because it serves
 * the stage and fits the business; {@code rank} 1 is the best suggestion. The funnel advice and the
 * journey map's ideas both draw on these, so the two never suggest differently.
 */
public record SuggestedTool(String stage, String tool, String name, Integer monthsToFirstResult, int rank) {
}
