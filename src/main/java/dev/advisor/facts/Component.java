package dev.advisor.facts;

/** One of the eight components of an internet-marketing system, from {@code rules/catalogue/components.json}. */
public record Component(String id, int order, String nameEn, String nameRu, String covers) {
}
