package dev.advisor.scenarios;

import dev.advisor.TestFolders;
import dev.advisor.app.Advisor;
import dev.advisor.app.Json;
import dev.advisor.rules.RuleBuildException;
import dev.advisor.rules.RuleSetLoader;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The consultants' scenario files under {@code rules/}, one test per scenario, and the lint of the
 * shipped rule set: every rule covered (fires somewhere, silent somewhere), no duplicate rule names,
 * every recommendation with rationale, first step and the answers it rests on.
 */
class ShippedScenariosTest {

    private static ScenarioRunner.Results results() throws ScenarioException {
        Advisor advisor = TestFolders.shippedAdvisor();
        List<Scenario> scenarios = new ScenarioLoader(advisor.json()).load(TestFolders.RULES);
        return new ScenarioRunner(advisor).run(scenarios);
    }

    @TestFactory
    Stream<DynamicContainer> everyShippedScenarioHoldsAgainstTheShippedRules() throws ScenarioException {
        Map<String, List<ScenarioRunner.Outcome>> byFile = results().outcomes().stream()
                .collect(Collectors.groupingBy(o -> o.scenario().file(), LinkedHashMap::new, Collectors.toList()));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(outcome -> DynamicTest.dynamicTest(outcome.scenario().name(),
                        () -> assertTrue(outcome.passed(), file.getKey() + "\n" + outcome.describe())))));
    }

    @Test
    void everyRuleTopicHasScenarios() throws ScenarioException {
        // given every folder of rule files, when the scenarios are listed, then each folder has some
        Advisor advisor = TestFolders.shippedAdvisor();
        List<String> covered = new ScenarioLoader(advisor.json()).load(TestFolders.RULES).stream()
                .map(s -> s.file().substring(0, s.file().lastIndexOf('/'))).distinct().toList();
        List<String> missing = advisor.ruleSet().files().stream()
                .map(f -> f.file().substring(0, f.file().lastIndexOf('/'))).distinct()
                .filter(folder -> !covered.contains(folder)).toList();
        assertTrue(missing.isEmpty(), "rule folders without a *.scenarios.json: " + missing);
    }

    @Test
    void theShippedRuleSetHasNoLintProblems() throws Exception {
        // given the shipped rules (a build failure, duplicate rule names included, is a lint failure too)
        try {
            new RuleSetLoader(Json.mapper()).load(TestFolders.RULES);
        } catch (RuleBuildException e) {
            fail("the shipped rules do not build:\n" + String.join("\n", e.problems().stream().map(Object::toString).toList()));
        }
        // when every scenario has run
        List<String> lint = results().lint();
        // then nothing is uncovered, always firing or without rationale; the message lists every problem
        assertTrue(lint.isEmpty(), lint.size() + " lint problem(s):\n" + String.join("\n", lint));
    }
}
