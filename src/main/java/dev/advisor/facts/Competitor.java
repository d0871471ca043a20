package dev.advisor.facts;

import java.util.List;

/** A competitor; {@code priceLevel} is their prices compared with ours (lower, same, higher). */
public record Competitor(int index, String name, String kind, String priceLevel, String usp,
                         List<String> channels, List<String> strengths, List<String> weaknesses) {
}
