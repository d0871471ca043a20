package dev.advisor.rules;

/** An evaluation the engine stopped, for example a rule set that keeps firing past the limit. */
public class EvaluationException extends RuntimeException {
    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }

    public EvaluationException(String message) {
        super(message);
    }
}
