package dev.advisor.scenarios;

import java.util.List;

/** Scenario files that cannot be read, with every problem found. */
public final class ScenarioException extends Exception {
    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(problems.size() + " problem(s) in the scenario files");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
