package dev.advisor.facts;

/**
 * A marketing goal: what is measured, the target, its unit, the months to reach it and the business
 * goal it serves.
 */
public record Goal(int index, String metric, Double target, String unit, Integer deadlineMonths,
                   String businessGoal) {
}
