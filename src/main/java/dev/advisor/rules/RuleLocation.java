package dev.advisor.rules;

/** Where a rule is written: its name, its file (as consultants see it) and the line of {@code rule}. */
public record RuleLocation(String name, String file, int line) {
}
