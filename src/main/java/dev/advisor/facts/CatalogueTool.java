package dev.advisor.facts;

import java.util.List;

/**
 * A tool of the catalogue in {@code rules/catalogue/tools.json}: the stages it serves, the results it
 * can deliver, the usual months to its first result, its KPIs, the businesses it fits ({@code b2b},
 * {@code b2c}, {@code local}, {@code ecommerce}) and, for tools that need an audience built first, the
 * largest share of sales it can bring at launch ({@code launchSalesShareMax}, percent; null when no
 * such limit applies).
 *
 * <p>The last three fields are business-profile traits of {@code rules/catalogue/traits.json}, each
 * list empty when the entry has none: {@code requires} holds the traits that must all hold for the
 * tool to make sense at all (landing pages need a site); {@code suits} the traits for which the tool is
 * among the first to suggest (maps for a business customers walk into); {@code unsuitedFor} the traits
 * any one of which makes it a poor suggestion (video ads for a customer who needs help now).
 */
public record CatalogueTool(String id, String nameEn, String nameRu, List<String> stages, List<String> results,
                            Integer monthsToFirstResult, List<String> kpis, List<String> fit,
                            Double launchSalesShareMax, List<String> requires, List<String> suits,
                            List<String> unsuitedFor) {
}
