package dev.advisor.rules;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Runs one evaluation: a fresh session on the shared KieBase, the facts inserted, the rules fired up
 * to a limit, everything in working memory collected, the session always disposed. Sessions are not
 * thread-safe and hold per-request state, so none is ever reused.
 */
public final class RuleEngine {
    /** Far above what the shipped rules need on a large brief; a rule set past it is looping. */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    private final int firingLimit;

    public RuleEngine() {
        this(DEFAULT_FIRING_LIMIT);
    }

    public RuleEngine(int firingLimit) {
        this.firingLimit = firingLimit;
    }

    public EvaluationResult evaluate(RuleSet ruleSet, Collection<?> facts) {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            List<FiredRule> fired = new ArrayList<>();
            Map<Object, RuleLocation> insertedBy = EvaluationResult.identityMap();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    RuleLocation at = locate(ruleSet, event.getMatch().getRule());
                    fired.add(new FiredRule(fired.size() + 1, at.name(), at.file(), at.line()));
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        insertedBy.putIfAbsent(event.getObject(), locate(ruleSet, event.getRule()));
                    }
                }
            });
            ruleSet.catalogue().facts().forEach(session::insert);
            facts.forEach(session::insert);
            int count;
            try {
                count = session.fireAllRules(firingLimit);
            } catch (RuntimeException e) {
                String last = fired.isEmpty() ? "" : " after rule \"" + fired.get(fired.size() - 1).name() + "\"";
                throw new EvaluationException("rule evaluation failed" + last + ": " + rootMessage(e), e);
            }
            if (count >= firingLimit) {
                FiredRule last = fired.get(fired.size() - 1);
                throw new EvaluationException("rules fired " + count + " times, the limit; the last was \""
                        + last.name() + "\" at " + last.file() + ":" + last.line() + " (is it looping?)");
            }
            return new EvaluationResult(new ArrayList<>(session.getObjects()), List.copyOf(fired), insertedBy);
        } finally {
            session.dispose();
        }
    }

    private static RuleLocation locate(RuleSet ruleSet, Rule rule) {
        return ruleSet.locate(rule.getPackageName(), rule.getName());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
