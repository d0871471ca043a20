package dev.advisor.rules;

/**
 * An evaluation the engine could not finish: a rule failed, or the rules passed the firing limit or
 * the time budget. {@link #rule()} is the rule to look at, when one can be named.
 */
public class EvaluationException extends RuntimeException {
    private final transient RuleLocation rule;

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
        this.rule = null;
    }

    public EvaluationException(String message, RuleLocation rule) {
        super(message);
        this.rule = rule;
    }

    /** The rule that stopped the evaluation, or {@code null}. */
    public RuleLocation rule() {
        return rule;
    }
}
