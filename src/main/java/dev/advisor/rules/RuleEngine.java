package dev.advisor.rules;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs one evaluation: a fresh session on the shared KieBase, the facts inserted, the rules fired
 * within the {@link EngineLimits}, everything in working memory collected, the session always
 * disposed. Sessions are not thread-safe and hold per-request state, so none is ever reused.
 */
public final class RuleEngine {
    private final EngineLimits limits;

    public RuleEngine() {
        this(EngineLimits.DEFAULT);
    }

    public RuleEngine(EngineLimits limits) {
        this.limits = limits;
    }

    public EngineLimits limits() {
        return limits;
    }

    public EvaluationResult evaluate(RuleSet ruleSet, Collection<?> facts) {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            Trace trace = new Trace(ruleSet, System.nanoTime() + limits.timeBudget().toNanos());
            session.addEventListener((DefaultAgendaEventListener) trace);
            session.addEventListener((RuleRuntimeEventListener) trace);
            ruleSet.catalogue().facts().forEach(session::insert);
            facts.forEach(session::insert);
            int count;
            try {
                count = session.fireAllRules(limits.firingLimit());
            } catch (RuntimeException e) {
                String last = trace.fired.isEmpty() ? "" : " after rule " + describe(trace.lastFired);
                throw new EvaluationException("rule evaluation failed" + last + ": " + rootMessage(e), e);
            }
            if (trace.outOfTime) {
                throw stopped(trace.fired, "the rules ran past their time budget of " + limits.timeBudget().toMillis()
                        + " ms after " + trace.fired.size() + " firings");
            }
            if (count >= limits.firingLimit()) {
                throw stopped(trace.fired, "the rules fired " + count + " times, the limit");
            }
            return new EvaluationResult(new ArrayList<>(session.getObjects()), List.copyOf(trace.fired), trace.insertedBy);
        } finally {
            session.dispose();
        }
    }

    /**
     * The rule that fired most names the loop: in a runaway evaluation it is the one firing again and
     * again (the last one to fire may be its partner of the moment).
     */
    private static EvaluationException stopped(List<FiredRule> fired, String what) {
        Map<RuleLocation, Long> counts = fired.stream().collect(Collectors.groupingBy(
                f -> new RuleLocation(f.name(), f.file(), f.line()), Collectors.counting()));
        Map.Entry<RuleLocation, Long> most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        FiredRule last = fired.get(fired.size() - 1);
        return new EvaluationException(what + "; the rule firing most was " + describe(most.getKey()) + " ("
                + most.getValue() + " times), the last " + describe(new RuleLocation(last.name(), last.file(), last.line()))
                + " (is it looping?)", most.getKey());
    }

    private static String describe(RuleLocation rule) {
        return "\"" + rule.name() + "\" at " + rule.file() + ":" + rule.line();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Listens to one session: the rules in firing order, the rule behind each inserted fact, and the
     * clock, checked after every firing; past the deadline it halts the session.
     */
    private static final class Trace extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final RuleSet ruleSet;
        private final long deadline;
        final List<FiredRule> fired = new ArrayList<>();
        final Map<Object, RuleLocation> insertedBy = new IdentityHashMap<>();
        RuleLocation lastFired;
        boolean outOfTime;

        Trace(RuleSet ruleSet, long deadline) {
            this.ruleSet = ruleSet;
            this.deadline = deadline;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            RuleLocation at = ruleSet.locate(event.getMatch().getRule());
            lastFired = at;
            fired.add(new FiredRule(fired.size() + 1, at.name(), at.file(), at.line()));
            if (System.nanoTime() - deadline > 0) {
                outOfTime = true;
                event.getKieRuntime().halt();
            }
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Rule rule = event.getRule();
            if (rule != null) insertedBy.putIfAbsent(event.getObject(), ruleSet.locate(rule));
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
        }
    }
}
