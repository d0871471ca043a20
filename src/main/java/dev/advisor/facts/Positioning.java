package dev.advisor.facts;

/**
 * How the company stands on the axes that tell the five strategies of the brief apart: price,
 * cost, product uniqueness and quality, niche and relationship.
 */
public record Positioning(String claimedStrategy, String pricePosition, Boolean costAdvantage,
                          String productUniqueness, Integer productQuality, String niche,
                          Integer relationshipDepth, Double repeatSalesShare) {
}
