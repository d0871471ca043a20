package dev.advisor.scenarios;

import dev.advisor.app.Advisor;
import dev.advisor.facts.Finding;
import dev.advisor.facts.Recommendation;
import dev.advisor.facts.Stage;
import dev.advisor.questionnaire.AnswersInvalidException;
import dev.advisor.questionnaire.UnknownQuestionnaireException;
import dev.advisor.rules.EvaluationException;
import dev.advisor.rules.EvaluationResult;
import dev.advisor.rules.FiredRule;
import dev.advisor.rules.RuleLocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs scenarios against an advisor's rules and lints the rule set with what they show: every rule
 * must fire in some scenario and stay silent in another, and every recommendation must carry its
 * rationale, a first step and the answers it rests on.
 */
public final class ScenarioRunner {
    private static final Set<String> PRIORITIES = Set.of("high", "medium", "low");

    private final Advisor advisor;
    /** Every rule's name, for checking the names scenarios give. */
    private final Set<String> ruleNames;

    public ScenarioRunner(Advisor advisor) {
        this.advisor = advisor;
        this.ruleNames = advisor.ruleSet().rules().values().stream().map(RuleLocation::name).collect(Collectors.toSet());
    }

    /** What one scenario produced and, when it failed, each expectation it broke. */
    public record Outcome(Scenario scenario, List<String> failures, Set<String> findings, Set<String> firedRules,
                          EvaluationResult result) {
        public boolean passed() {
            return failures.isEmpty();
        }

        /** The scenario's verdict as a person reads it: the broken expectations and what was found instead. */
        public String describe() {
            if (passed()) return "ok    " + scenario.name();
            StringBuilder text = new StringBuilder("FAIL  " + scenario.name());
            failures.forEach(f -> text.append("\n      ").append(f));
            if (result != null) text.append("\n      found: ").append(findings.isEmpty() ? "nothing" : String.join(", ", findings));
            return text.toString();
        }
    }

    /** Every outcome, in file order, and the lint problems of the rule set as the scenarios exercised it. */
    public record Results(List<Outcome> outcomes, List<String> lint) {
        public boolean passed() {
            return lint.isEmpty() && outcomes.stream().allMatch(Outcome::passed);
        }

        public long failed() {
            return outcomes.stream().filter(o -> !o.passed()).count();
        }
    }

    public Results run(List<Scenario> scenarios) {
        List<Outcome> outcomes = scenarios.stream().map(this::run).toList();
        return new Results(outcomes, lint(outcomes));
    }

    Outcome run(Scenario scenario) {
        EvaluationResult result;
        try {
            result = advisor.evaluateInDetail(scenario.document(advisor.json())).result();
        } catch (AnswersInvalidException e) {
            List<String> failures = new ArrayList<>();
            failures.add("the given brief is not valid:");
            e.errors().forEach(p -> failures.add("  given." + p));
            return new Outcome(scenario, failures, Set.of(), Set.of(), null);
        } catch (UnknownQuestionnaireException | EvaluationException e) {
            return new Outcome(scenario, List.of(e.getMessage()), Set.of(), Set.of(), null);
        }
        Set<String> findings = result.factsOf(Finding.class).stream().map(Finding::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> fired = result.firedRules().stream().map(FiredRule::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> failures = new ArrayList<>();
        for (String id : scenario.expect()) {
            if (findings.stream().noneMatch(f -> Scenario.matches(id, f))) failures.add("expected, not found: " + id);
        }
        for (String id : scenario.expectNot()) {
            for (String found : findings) {
                if (Scenario.matches(id, found)) failures.add("not expected, found: " + found + origin(result, found));
            }
        }
        for (String rule : scenario.rulesFired()) {
            if (!ruleNames.contains(rule)) failures.add("rulesFired names no rule of the rule set: \"" + rule + "\"");
            else if (!fired.contains(rule)) failures.add("expected to fire, did not: rule \"" + rule + "\"");
        }
        for (String rule : scenario.rulesSilent()) {
            if (!ruleNames.contains(rule)) failures.add("rulesSilent names no rule of the rule set: \"" + rule + "\"");
            else if (fired.contains(rule)) failures.add("expected to stay silent, fired: rule \"" + rule + "\"");
        }
        return new Outcome(scenario, List.copyOf(failures), findings, fired, result);
    }

    private static String origin(EvaluationResult result, String id) {
        return result.factsOf(Finding.class).stream().filter(f -> f.id().equals(id)).map(result::origin)
                .filter(java.util.Objects::nonNull).findFirst()
                .map(at -> " (rule \"" + at.name() + "\" " + at.file() + ":" + at.line() + ")").orElse("");
    }

    private List<String> lint(List<Outcome> outcomes) {
        List<String> problems = new ArrayList<>();
        List<Outcome> evaluated = outcomes.stream().filter(o -> o.result() != null).toList();
        advisor.ruleSet().rules().values().stream()
                .sorted((a, b) -> a.file().equals(b.file()) ? Integer.compare(a.line(), b.line()) : a.file().compareTo(b.file()))
                .forEach(rule -> {
                    long firing = evaluated.stream().filter(o -> o.firedRules().contains(rule.name())).count();
                    String at = rule.file() + ":" + rule.line() + ": rule \"" + rule.name() + "\"";
                    if (firing == 0) problems.add(at + " fires in no scenario");
                    else if (firing == evaluated.size()) problems.add(at + " fires in every scenario; add one where it stays silent");
                });
        // Scenarios, traces and reports name rules by their sentence, so a sentence must be unique across packages.
        advisor.ruleSet().rules().values().stream()
                .collect(Collectors.groupingBy(RuleLocation::name, java.util.TreeMap::new, Collectors.toList()))
                .forEach((name, places) -> {
                    if (places.size() > 1) {
                        problems.add("rule name \"" + name + "\" is used " + places.size() + " times: " + places.stream()
                                .map(p -> p.file() + ":" + p.line()).sorted().collect(Collectors.joining(", ")));
                    }
                });
        Set<String> produced = new TreeSet<>();
        evaluated.forEach(o -> produced.addAll(o.findings()));
        for (Outcome o : outcomes) {
            for (String id : o.scenario().expectNot()) {
                if (produced.stream().noneMatch(f -> Scenario.matches(id, f))) {
                    problems.add(o.scenario().file() + ": scenario \"" + o.scenario().name() + "\": expectNot \"" + id
                            + "\" matches nothing any scenario produces (a typo?)");
                }
            }
        }
        Set<String> stages = advisor.ruleSet().catalogue().stages().stream().map(Stage::id).collect(Collectors.toSet());
        Set<String> defects = new TreeSet<>();
        for (Outcome o : evaluated) {
            for (Recommendation r : o.result().factsOf(Recommendation.class)) {
                RuleLocation at = o.result().origin(r);
                String where = at == null ? "an input fact" : at.file() + ":" + at.line() + ": rule \"" + at.name() + "\"";
                for (String defect : defects(r, stages)) defects.add(where + " gives recommendation \"" + r.id() + "\" " + defect);
            }
        }
        problems.addAll(defects);
        return List.copyOf(problems);
    }

    private static List<String> defects(Recommendation r, Set<String> stages) {
        List<String> defects = new ArrayList<>();
        if (blank(r.id())) defects.add("without an id");
        if (!PRIORITIES.contains(r.priority())) defects.add("with priority \"" + r.priority() + "\" (expected high, medium or low)");
        if (r.stage() != null && !stages.contains(r.stage())) defects.add("with unknown stage \"" + r.stage() + "\"");
        if (blank(r.category())) defects.add("without a category");
        if (blank(r.title())) defects.add("without a title");
        if (blank(r.detail())) defects.add("without a rationale (detail)");
        if (blank(r.firstStep())) defects.add("without a first step");
        if (r.because() == null || r.because().isEmpty()) defects.add("without the answers it rests on (because)");
        return defects;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
