package dev.advisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be built; it carries every problem of every file, never just the first. */
public class RuleBuildException extends Exception {
    private final List<RuleProblem> problems;

    public RuleBuildException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
