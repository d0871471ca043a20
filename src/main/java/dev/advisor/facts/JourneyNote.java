package dev.advisor.facts;

/**
 * Derived: one cell entry of the customer journey map. {@code segmentIndex} is the segment's index in
 * the brief, or -1 for an entry that holds for every segment; {@code field} is one of {@code goal},
 * {@code needs}, {@code touchpoints}, {@code tools}, {@code kpi}, {@code task}, {@code obstacles},
 * {@code ideas}.
 */
public record JourneyNote(int segmentIndex, String stage, String field, String text) {
}
