package dev.advisor.facts;

/** Derived: the verdict on one funnel stage, such as {@code empty} or {@code covered}. */
public record StageStatus(String stage, String status) {
}
