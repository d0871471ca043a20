package dev.advisor.facts;

import java.util.List;

/**
 * A tool of the catalogue in {@code rules/catalogue/tools.json}: the stages it serves, the results it
 * can deliver, the usual months to its first result, its KPIs, the businesses it fits ({@code b2b},
 * {@code b2c}, {@code local}, {@code ecommerce}) and, for tools that need an audience built first, the
 * largest share of sales it can bring at launch ({@code launchSalesShareMax}, percent; null when no
 * such limit applies).
 */
public record CatalogueTool(String id, String nameEn, String nameRu, List<String> stages, List<String> results,
                            Integer monthsToFirstResult, List<String> kpis, List<String> fit,
                            Double launchSalesShareMax) {
}
