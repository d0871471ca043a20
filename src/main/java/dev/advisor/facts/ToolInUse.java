package dev.advisor.facts;

/**
 * A marketing tool the company runs, with what it spends and what it expects from it;
 * {@code commissionPercent} is what a partner or platform takes from each sale it brings; the leads and
 * sales it brings a month, where the owner knows them, give its cost per lead and per sale.
 */
public record ToolInUse(int index, String tool, Double monthlyBudget, Integer monthsRunning,
                        String expectedResult, Integer monthsToResult, Double expectedSalesShare,
                        Double commissionPercent, Integer leadsMonthly, Integer salesMonthly) {
}
