package dev.advisor.rules;

/** One entry of the evaluation trace: the n-th rule that fired and where it is written. */
public record FiredRule(int order, String name, String file, int line) {
    /** The rule that fired, without its place in the trace. */
    public RuleLocation location() {
        return new RuleLocation(name, file, line);
    }
}
