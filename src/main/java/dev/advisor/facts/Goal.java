package dev.advisor.facts;

/** A marketing goal: what is measured, the target, its unit and the months to reach it. */
public record Goal(int index, String metric, Double target, String unit, Integer deadlineMonths) {
}
