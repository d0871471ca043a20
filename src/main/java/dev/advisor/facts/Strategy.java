package dev.advisor.facts;

/** One of the marketing strategies, from {@code rules/catalogue/strategies.json}. */
public record Strategy(String id, int order, String nameEn, String nameRu) {
}
