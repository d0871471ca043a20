package dev.advisor.facts;

/** A marketing tool the company runs, with what it spends and what it expects from it. */
public record ToolInUse(int index, String tool, Double monthlyBudget, Integer monthsRunning,
                        String expectedResult, Integer monthsToResult, Double expectedSalesShare) {
}
