package dev.advisor.facts;

import java.util.List;

/**
 * A tool of the catalogue in {@code rules/catalogue/tools.json}: the stages it serves, the results it
 * can deliver and the usual months to its first result.
 */
public record CatalogueTool(String id, String nameEn, String nameRu, List<String> stages,
                            List<String> results, Integer monthsToFirstResult, List<String> kpis) {
}
