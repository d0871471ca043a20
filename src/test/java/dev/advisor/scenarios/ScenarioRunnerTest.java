package dev.advisor.scenarios;

import dev.advisor.RulesFolderTest;
import dev.advisor.TestFolders;
import dev.advisor.app.Advisor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario files and the rule lint, on a small rule set of its own in a temporary folder. */
class ScenarioRunnerTest extends RulesFolderTest {
    private static final String HEADER = "package rules.test;\n\nimport dev.advisor.facts.*;\nimport java.util.List;\n\n";
    /** Flags a CRM-less brief; line 6 of its file is the rule line. */
    private static final String NO_CRM_RULE = HEADER + """
            rule "A business without a CRM is told to start one"
            when
                $c : Company( hasCrm == false )
            then
                insertLogical(new Recommendation("crm.none", "crm", "high", "retention", "Start a CRM",
                    "Without a CRM repeat sales cannot be counted.", "List the CRMs that fit the budget.",
                    List.of(Because.of("has_crm", "no"))));
            end
            """;

    private ScenarioRunner.Results run() throws Exception {
        Advisor advisor = new Advisor(TestFolders.QUESTIONNAIRES, rules);
        return new ScenarioRunner(advisor).run(new ScenarioLoader(advisor.json()).load(rules));
    }

    private static String scenarios(String... scenarios) {
        return "{\"description\": \"CRM advice\", \"scenarios\": [" + String.join(",", scenarios) + "]}";
    }

    private static final String WITHOUT_CRM = """
            {"name": "No CRM is flagged", "given": {"company_name": "A", "has_crm": false}, "expect": ["crm.none"]}""";
    private static final String WITH_CRM = """
            {"name": "A CRM is not flagged", "given": {"company_name": "A", "has_crm": true}, "expectNot": ["crm.*"]}""";

    @Test
    void aRuleThatFiresInOneScenarioAndIsSilentInAnotherPassesWithoutLint() throws Exception {
        // given a rule and two scenarios, one on each side of its condition
        write("crm/crm.drl", NO_CRM_RULE);
        write("crm/crm.scenarios.json", scenarios(WITHOUT_CRM, WITH_CRM));
        // when run
        ScenarioRunner.Results results = run();
        // then both pass and the rule is covered
        assertTrue(results.passed(), results.lint() + " " + results.outcomes().stream().map(ScenarioRunner.Outcome::describe).toList());
        assertEquals(2, results.outcomes().size());
    }

    @Nested
    class AFailingScenario {
        @Test
        void namesTheMissingFindingAndWhatWasFoundInstead() throws Exception {
            // given a scenario that expects advice the brief does not call for
            write("crm/crm.drl", NO_CRM_RULE);
            write("crm/crm.scenarios.json", scenarios(WITHOUT_CRM, """
                    {"name": "Wrong expectation", "given": {"company_name": "A", "has_crm": true}, "expect": ["crm.none"]}"""));
            // when run
            ScenarioRunner.Outcome failed = run().outcomes().get(1);
            // then the diff says what was expected and what was found
            assertFalse(failed.passed());
            String text = failed.describe();
            assertTrue(text.startsWith("FAIL  Wrong expectation"), text);
            assertTrue(text.contains("expected, not found: crm.none"), text);
            assertTrue(text.endsWith("\n      found: nothing"), text);
        }

        @Test
        void namesTheUnexpectedFindingAndTheRuleThatGaveIt() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE);
            write("crm/crm.scenarios.json", scenarios(WITH_CRM, """
                    {"name": "Wrongly silent", "given": {"has_crm": false, "company_name": "A"}, "expectNot": ["crm.none"]}"""));
            String text = run().outcomes().get(1).describe();
            assertTrue(text.contains("not expected, found: crm.none (rule \"A business without a CRM is told to start one\" rules/crm/crm.drl:6)"), text);
        }

        @Test
        void whoseBriefIsInvalidNamesTheAnswer() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE);
            write("crm/crm.scenarios.json", scenarios(WITHOUT_CRM, WITH_CRM, """
                    {"name": "Bad brief", "given": {"has_crm": "maybe"}, "expect": ["crm.none"]}"""));
            String text = run().outcomes().get(2).describe();
            assertTrue(text.contains("the given brief is not valid") && text.contains("given.has_crm"), text);
        }

        @Test
        void thatNamesAnUnknownRuleSaysSo() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE);
            write("crm/crm.scenarios.json", scenarios(WITHOUT_CRM, WITH_CRM, """
                    {"name": "Typo", "given": {"has_crm": true}, "rulesFired": ["A business without CRM"]}"""));
            String text = run().outcomes().get(2).describe();
            assertTrue(text.contains("rulesFired names no rule of the rule set: \"A business without CRM\""), text);
        }
    }

    @Nested
    class TheLint {
        @Test
        void listsARuleNoScenarioFiresWithItsFileAndLine() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE);
            write("crm/crm.scenarios.json", scenarios(WITH_CRM));
            List<String> lint = run().lint();
            assertTrue(lint.contains("rules/crm/crm.drl:6: rule \"A business without a CRM is told to start one\" fires in no scenario"), lint.toString());
        }

        @Test
        void listsARuleThatFiresInEveryScenario() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE);
            write("crm/crm.scenarios.json", scenarios(WITHOUT_CRM));
            List<String> lint = run().lint();
            assertTrue(lint.stream().anyMatch(l -> l.contains("fires in every scenario")), lint.toString());
        }

        @Test
        void listsARecommendationWithoutRationaleOrFirstStep() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE.replace("\"Without a CRM repeat sales cannot be counted.\"", "\"\"")
                    .replace("\"List the CRMs that fit the budget.\"", "null"));
            write("crm/crm.scenarios.json", scenarios(WITHOUT_CRM, WITH_CRM));
            List<String> lint = run().lint();
            assertTrue(lint.contains("rules/crm/crm.drl:6: rule \"A business without a CRM is told to start one\" gives "
                    + "recommendation \"crm.none\" without a rationale (detail)"), lint.toString());
            assertTrue(lint.stream().anyMatch(l -> l.endsWith("without a first step")), lint.toString());
        }

        @Test
        void listsARuleNameUsedInTwoPackages() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE);
            write("other/other.drl", NO_CRM_RULE.replace("package rules.test;", "package rules.other;")
                    .replace("\"crm.none\"", "\"other.none\""));
            write("crm/crm.scenarios.json", scenarios(WITHOUT_CRM, WITH_CRM));
            List<String> lint = run().lint();
            assertTrue(lint.contains("rule name \"A business without a CRM is told to start one\" is used 2 times: "
                    + "rules/crm/crm.drl:6, rules/other/other.drl:6"), lint.toString());
        }

        @Test
        void listsAnExpectNotThatNothingEverProduces() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE);
            write("crm/crm.scenarios.json", scenarios(WITHOUT_CRM, WITH_CRM, """
                    {"name": "Typo in expectNot", "given": {"has_crm": true}, "expectNot": ["crm.nnone"]}"""));
            List<String> lint = run().lint();
            assertTrue(lint.stream().anyMatch(l -> l.contains("expectNot \"crm.nnone\" matches nothing")), lint.toString());
        }
    }

    @Nested
    class AScenarioFileWithDefects {
        @Test
        void isRefusedWithEveryProblemNamedByFileAndPath() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE);
            write("crm/crm.scenarios.json", """
                    {"scenarios": [
                      {"name": "One", "given": {}, "expect": ["x"]},
                      {"name": "One", "given": [], "expected": ["x"]}
                    ]}""");
            Advisor advisor = new Advisor(TestFolders.QUESTIONNAIRES, rules);
            ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader(advisor.json()).load(rules));
            assertEquals(List.of(
                    "rules/crm/crm.scenarios.json: description: expected a text saying what the scenarios check",
                    "rules/crm/crm.scenarios.json: scenarios[1].expected: unknown field; expected one of [expect, expectNot, given, name, rulesFired, rulesSilent]",
                    "rules/crm/crm.scenarios.json: scenarios[1].name: duplicate scenario name \"One\"",
                    "rules/crm/crm.scenarios.json: scenarios[1].given: expected the answers object of a brief",
                    "rules/crm/crm.scenarios.json: scenarios[1]: expects nothing; give expect, expectNot, rulesFired or rulesSilent"),
                    e.problems());
        }

        @Test
        void thatIsNotJsonNamesItsLine() throws Exception {
            write("crm/crm.drl", NO_CRM_RULE);
            write("crm/crm.scenarios.json", "{\n \"description\": \"x\",\n oops }");
            Advisor advisor = new Advisor(TestFolders.QUESTIONNAIRES, rules);
            ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader(advisor.json()).load(rules));
            assertTrue(e.problems().get(0).startsWith("rules/crm/crm.scenarios.json: not valid JSON at line 3"), e.problems().toString());
        }
    }

    @Test
    void aWildcardMatchesAnyRunOfCharacters() {
        assertTrue(Scenario.matches("funnel.stage.*.covered", "funnel.stage.search.covered"));
        assertTrue(Scenario.matches("funnel.*", "funnel.empty-stage.search"));
        assertFalse(Scenario.matches("funnel.stage.*.covered", "funnel.stage.search.empty"));
        assertFalse(Scenario.matches("crm.none", "crm.none.0"));
    }
}
