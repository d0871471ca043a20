package dev.advisor.facts;

import java.util.List;

/**
 * Derived: a TOWS suggestion that pairs the SWOT quadrants: {@code SO} (use a strength to take an
 * opportunity), {@code ST} (use a strength against a threat), {@code WO} (close a weakness to take an
 * opportunity), {@code WT} (close a weakness a threat would exploit).
 */
public record TowsAction(String id, String kind, String text, List<Because> because) implements Finding {
}
