package dev.advisor.rules;

import java.time.Duration;

/**
 * How far one evaluation may go: at most {@code firingLimit} rule firings and {@code timeBudget} of
 * time. A rule set that passes either is looping or far too slow for the brief; the evaluation is
 * stopped and its error names the rule, so the server answers and goes on serving.
 */
public record EngineLimits(int firingLimit, Duration timeBudget) {
    /** Far above what the shipped rules need on the largest brief the questionnaire accepts. */
    public static final EngineLimits DEFAULT = new EngineLimits(100_000, Duration.ofSeconds(10));

    public EngineLimits {
        if (firingLimit < 1) throw new IllegalArgumentException("the firing limit must be at least 1, got " + firingLimit);
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, got " + timeBudget);
        }
    }
}
