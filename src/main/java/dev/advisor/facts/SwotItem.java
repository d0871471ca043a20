package dev.advisor.facts;

import java.util.List;

/**
 * Derived: one entry of the SWOT analysis. {@code quadrant} is {@code strength} or {@code weakness}
 * (from our own answers) or {@code opportunity} or {@code threat} (from competitors and the market).
 */
public record SwotItem(String id, String quadrant, String text, List<Because> because) implements Finding {
}
