package dev.advisor.facts;

import java.util.List;

/**
 * A product benefit, the proof behind it, the customer needs it answers and the segments (by name) the
 * owner says it matters to.
 */
public record Benefit(int index, String benefit, String proof, List<String> answersNeeds, List<String> servesSegments) {
    public boolean proven() {
        return proof != null && !proof.isBlank();
    }
}
