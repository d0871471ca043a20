package dev.advisor.rules;

import dev.advisor.facts.TimeBudget;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs one evaluation: a session of the rule set's pool, the facts inserted, the rules fired within
 * the {@link EngineLimits}, everything in working memory collected, the session always disposed, which
 * resets it for the next evaluation. A session is used by one evaluation at a time and starts empty.
 */
public final class RuleEngine {
    private static final Pattern MATCHED_RULE = Pattern.compile("\\[Rule \"(.+?)\" in (\\S+?)]");
    private final EngineLimits limits;
    /** Fair, so evaluations run in the order they came: the wait of each is the queue ahead of it. */
    private final Semaphore slots;

    public RuleEngine() {
        this(EngineLimits.DEFAULT);
    }

    public RuleEngine(EngineLimits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.concurrentEvaluations(), true);
    }

    public EngineLimits limits() {
        return limits;
    }

    /**
     * Evaluates once a slot is free; throws {@link EvaluationBusyException} when none comes free within
     * the time budget, and {@link EvaluationException} when the rules fail or pass a limit.
     */
    public EvaluationResult evaluate(RuleSet ruleSet, Collection<?> facts) {
        try {
            if (!slots.tryAcquire(limits.timeBudget().toNanos(), TimeUnit.NANOSECONDS)) {
                throw new EvaluationBusyException("all " + limits.concurrentEvaluations() + " evaluation slots stayed busy for "
                        + limits.timeBudget().toMillis() + " ms; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationBusyException("interrupted while waiting for an evaluation slot");
        }
        try {
            return evaluateInSlot(ruleSet, facts);
        } finally {
            slots.release();
        }
    }

    private EvaluationResult evaluateInSlot(RuleSet ruleSet, Collection<?> facts) {
        long deadline = System.nanoTime() + limits.timeBudget().toNanos();
        KieSession session = ruleSet.sessions().newKieSession();
        TimeBudget.start(deadline);
        try {
            Trace trace = new Trace(ruleSet, deadline);
            session.addEventListener((DefaultAgendaEventListener) trace);
            session.addEventListener((RuleRuntimeEventListener) trace);
            ruleSet.catalogue().facts().forEach(session::insert);
            facts.forEach(session::insert);
            int count;
            try {
                count = session.fireAllRules(limits.firingLimit());
            } catch (RuntimeException e) {
                if (causedBy(e, TimeBudget.Exceeded.class)) throw outOfTimeMatching(ruleSet, trace, e);
                String last = trace.lastFired == null ? "" : " after rule " + describe(trace.lastFired);
                throw new EvaluationException("rule evaluation failed" + last + ": " + rootMessage(e), e);
            }
            if (trace.outOfTime) throw stopped(trace.fired, outOfTime(trace));
            if (count >= limits.firingLimit()) {
                throw stopped(trace.fired, "the rules fired " + trace.fired.size() + " times, past the limit of "
                        + limits.firingLimit());
            }
            return new EvaluationResult(new ArrayList<>(session.getObjects()), List.copyOf(trace.fired), trace.insertedBy);
        } finally {
            TimeBudget.end();
            session.dispose();
        }
    }

    private String outOfTime(Trace trace) {
        return "the rules ran past their time budget of " + limits.timeBudget().toMillis() + " ms after "
                + trace.fired.size() + " firings";
    }

    /**
     * The rule that fired most names the loop: in a runaway evaluation it is the one firing again and
     * again (the last one to fire may be its partner of the moment).
     */
    private static EvaluationException stopped(List<FiredRule> fired, String what) {
        if (fired.isEmpty()) return new EvaluationException(what + " (no rule had fired yet)", (RuleLocation) null);
        Map<RuleLocation, Long> counts = fired.stream().collect(Collectors.groupingBy(FiredRule::location, Collectors.counting()));
        Map.Entry<RuleLocation, Long> most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return new EvaluationException(what + "; the rule firing most was " + describe(most.getKey()) + " ("
                + most.getValue() + " times), the last " + describe(fired.get(fired.size() - 1).location())
                + " (is it looping?)", most.getKey());
    }

    /**
     * Out of time while Drools was matching, between two firings: the rule to name is the one being
     * matched, which Drools gives only in the text of its wrapper ("... in [Rule "name" in file]").
     */
    private EvaluationException outOfTimeMatching(RuleSet ruleSet, Trace trace, RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        Matcher named = MATCHED_RULE.matcher(message);
        RuleLocation rule = named.find() ? ruleSet.rules().values().stream()
                .filter(r -> r.name().equals(named.group(1)) && r.file().equals(named.group(2))).findFirst().orElse(null) : null;
        String where = rule != null ? " while matching rule " + describe(rule) : " while matching";
        return new EvaluationException(outOfTime(trace) + where + " (" + message + ")", rule);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
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
