package dev.advisor.rules;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation produced: every fact in working memory at the end, the rules that fired in
 * order, and for each fact a rule inserted, that rule.
 */
public record EvaluationResult(List<Object> facts, List<FiredRule> firedRules,
                               Map<Object, RuleLocation> insertedBy) {

    public <T> List<T> factsOf(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The rule that inserted this fact, or {@code null} for an input fact. */
    public RuleLocation origin(Object fact) {
        return insertedBy.get(fact);
    }

    static Map<Object, RuleLocation> identityMap() {
        return new IdentityHashMap<>();
    }
}
