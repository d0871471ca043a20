package dev.advisor.facts;

/** A stage of the customer path, from the stage model in {@code rules/catalogue/stages.json}. */
public record Stage(String id, int order, String nameEn, String nameRu) {
}
