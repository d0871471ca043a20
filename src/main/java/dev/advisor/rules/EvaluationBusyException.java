package dev.advisor.rules;

/** No evaluation slot came free within the time budget: the server is evaluating as many briefs as it can. */
public class EvaluationBusyException extends RuntimeException {
    public EvaluationBusyException(String message) {
        super(message);
    }
}
