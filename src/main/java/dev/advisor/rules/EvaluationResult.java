package dev.advisor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation produced: every fact in working memory at the end, the rules that fired in
 * order, and for each fact a rule inserted, that rule. Facts are indexed by class once, because the
 * report asks for one kind of fact at a time, some twenty times per evaluation.
 */
public record EvaluationResult(List<Object> facts, List<FiredRule> firedRules,
                               Map<Object, RuleLocation> insertedBy, Map<Class<?>, List<Object>> byClass) {

    public EvaluationResult(List<Object> facts, List<FiredRule> firedRules, Map<Object, RuleLocation> insertedBy) {
        this(facts, firedRules, insertedBy, index(facts));
    }

    /** The facts of this type, its subtypes included: each class in working-memory order, class by class. */
    public <T> List<T> factsOf(Class<T> type) {
        List<T> found = new ArrayList<>();
        byClass.forEach((factClass, facts) -> {
            if (type.isAssignableFrom(factClass)) facts.forEach(fact -> found.add(type.cast(fact)));
        });
        return found;
    }

    /** The rule that inserted this fact, or {@code null} for an input fact. */
    public RuleLocation origin(Object fact) {
        return insertedBy.get(fact);
    }

    private static Map<Class<?>, List<Object>> index(List<Object> facts) {
        Map<Class<?>, List<Object>> byClass = new LinkedHashMap<>();
        for (Object fact : facts) byClass.computeIfAbsent(fact.getClass(), c -> new ArrayList<>()).add(fact);
        return byClass;
    }
}
