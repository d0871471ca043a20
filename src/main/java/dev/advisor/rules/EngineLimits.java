package dev.advisor.rules;

import java.time.Duration;

/**
 * How far evaluations may go. One evaluation: at most {@code firingLimit} rule firings and
 * {@code timeBudget} of time; a rule set that passes either is looping or far too slow for the brief,
 * and the evaluation is stopped with an error naming the rule, so the server answers and goes on.
 * All evaluations: at most {@code concurrentEvaluations} at once, the others wait their turn (up to
 * the time budget). Evaluating is CPU work; run more at once than there are cores and they only slow
 * each other down (measured: 32 at once on 2 cores answered 170 briefs a second, 2 at once 415), and
 * each running one holds a session's memory.
 */
public record EngineLimits(int firingLimit, Duration timeBudget, int concurrentEvaluations) {
    /** Far above what the shipped rules need on the largest brief the questionnaire accepts; one evaluation per core. */
    public static final EngineLimits DEFAULT = new EngineLimits(100_000, Duration.ofSeconds(10),
            Runtime.getRuntime().availableProcessors());

    public EngineLimits {
        if (firingLimit < 1) throw new IllegalArgumentException("the firing limit must be at least 1, got " + firingLimit);
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, got " + timeBudget);
        }
        if (concurrentEvaluations < 1) {
            throw new IllegalArgumentException("at least one evaluation must be able to run, got " + concurrentEvaluations);
        }
    }

    /** Limits with this firing limit and time budget, and the default number of evaluations at once. */
    public static EngineLimits of(int firingLimit, Duration timeBudget) {
        return new EngineLimits(firingLimit, timeBudget, DEFAULT.concurrentEvaluations());
    }
}
