package dev.advisor.facts;

import java.util.List;

/** A product benefit, the proof behind it and the customer needs it answers. */
public record Benefit(int index, String benefit, String proof, List<String> answersNeeds) {
    public boolean proven() {
        return proof != null && !proof.isBlank();
    }
}
