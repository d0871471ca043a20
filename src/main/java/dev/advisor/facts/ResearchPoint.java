package dev.advisor.facts;

/**
 * A point of competitor analysis from {@code rules/catalogue/competitor-research.json};
 * {@code coveredBy} is the competitor sub-question that answers it, or null when the brief does not ask.
 */
public record ResearchPoint(String id, int order, String nameEn, String nameRu, String coveredBy) {
}
