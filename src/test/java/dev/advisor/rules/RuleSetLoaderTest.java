package dev.advisor.rules;

import dev.advisor.RulesFolderTest;
import dev.advisor.TestFolders;
import dev.advisor.app.Json;
import dev.advisor.facts.Recommendation;
import dev.advisor.facts.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetLoaderTest extends RulesFolderTest {
    private final RuleSetLoader loader = new RuleSetLoader(Json.mapper());

    private static final String HEADER = "package rules.test;\n\nimport dev.advisor.facts.*;\nimport java.util.List;\n\n";

    @Test
    void theShippedRulesBuildAndIndexEveryRuleWithItsLine() throws Exception {
        RuleSet shipped = loader.load(TestFolders.RULES);
        assertEquals("rules", shipped.root());
        assertTrue(shipped.rules().size() >= 20, "rules: " + shipped.rules().size());
        RuleLocation empty = shipped.locate("rules.funnel", "A funnel stage with no tools in use is flagged");
        List<String> lines = Files.readAllLines(TestFolders.RULES.resolve("funnel/funnel.drl"));
        assertEquals("rule \"A funnel stage with no tools in use is flagged\"", lines.get(empty.line() - 1));
        assertEquals("rules/funnel/funnel.drl", empty.file());
    }

    @Test
    void theExampleRuleOfTheAuthorsGuideBuildsWithTheShippedRules() throws Exception {
        // given the shipped rules plus the example rule of rules/README.md
        String guide = Files.readString(TestFolders.RULES.resolve("README.md"));
        // The example sits in a numbered list, so its lines are indented by three spaces.
        int start = guide.indexOf("```\n   package rules.retention");
        String example = guide.substring(start + 4, guide.indexOf("```", start + 4)).replaceAll("(?m)^   ", "");
        Path all = TestFolders.copyOfShippedRules(temp.resolve("all"));
        TestFolders.write(all, "retention/loyalty.drl", example);
        // when built, then the example's rule is there
        RuleSet set = loader.load(all);
        assertEquals("rules/retention/loyalty.drl", set.locate("rules.retention",
                "A business with repeat customers but no loyalty programme is advised to start one").file());
    }

    @Test
    void theVersionChangesWhenARuleFileChanges() throws Exception {
        write("a/a.drl", HEADER + "rule \"One\"\nwhen\n    Stage()\nthen\nend\n");
        String before = loader.load(rules).version();
        write("a/a.drl", HEADER + "rule \"One\"\nwhen\n    Stage( order > 0 )\nthen\nend\n");
        assertNotEquals(before, loader.load(rules).version());
    }

    @Test
    void theTraceListsFiredRulesInOrderWithFileAndLine() throws Exception {
        // given a rule that fires once per stage and a second that fires on its output
        write("trace/trace.drl", HEADER + """
                rule "Every stage gets a recommendation"
                when
                    $s : Stage()
                then
                    insert(new Recommendation("t." + $s.id(), "test", "low", null, "t", "d", "s", List.of()));
                end

                rule "The retention recommendation is seen"
                when
                    Recommendation( id == "t.retention" )
                then
                end
                """);
        RuleSet set = loader.load(rules);
        // when evaluated with no input facts
        EvaluationResult result = new RuleEngine().evaluate(set, List.of());
        // then the trace numbers the firings, each naming its rule, file and line
        int stages = set.catalogue().stages().size();
        assertEquals(stages + 1, result.firedRules().size());
        for (int i = 0; i < result.firedRules().size(); i++) assertEquals(i + 1, result.firedRules().get(i).order());
        assertEquals(1, result.firedRules().stream().filter(f -> f.name().equals("The retention recommendation is seen")
                && f.file().equals("rules/trace/trace.drl") && f.line() == 13).count(), result.firedRules().toString());
        assertEquals(stages, result.firedRules().stream().filter(f -> f.line() == 6).count());
        // and each inserted recommendation knows the rule that made it
        Recommendation any = result.factsOf(Recommendation.class).get(0);
        assertEquals(new RuleLocation("Every stage gets a recommendation", "rules/trace/trace.drl", 6), result.origin(any));
        assertEquals(null, result.origin(result.factsOf(Stage.class).get(0)));
    }

    @Nested
    class ABrokenRuleSetIsRefusedWithEveryErrorAsFileLineColumn {
        @Test
        void aSyntaxErrorNamesItsFileAndLine() throws Exception {
            write("broken/syntax.drl", HEADER + "rule \"Broken\"\nwhen\n    Stage( order > )\nthen\nend\n");
            RuleBuildException e = assertThrows(RuleBuildException.class, () -> loader.load(rules));
            assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("rules/broken/syntax.drl") && p.line() == 8),
                    e.getMessage());
            assertTrue(e.getMessage().startsWith("rules/broken/syntax.drl:8:20:"), e.getMessage());
        }

        @Test
        void anUnknownFactFieldNamesItsFileAndLine() throws Exception {
            write("broken/field.drl", HEADER + "rule \"Bad field\"\nwhen\n    Segment( colour == \"red\" )\nthen\nend\n");
            RuleBuildException e = assertThrows(RuleBuildException.class, () -> loader.load(rules));
            assertTrue(e.getMessage().startsWith("rules/broken/field.drl:8:5: Unable to Analyse Expression colour"),
                    e.getMessage());
        }

        @Test
        void errorsInSeveralFilesAreAllReported() throws Exception {
            write("broken/syntax.drl", HEADER + "rule \"Broken\"\nwhen\n    Stage( order > )\nthen\nend\n");
            write("broken/field.drl", HEADER.replace("rules.test", "rules.other")
                    + "rule \"Bad field\"\nwhen\n    Segment( colour == \"red\" )\nthen\nend\n");
            RuleBuildException e = assertThrows(RuleBuildException.class, () -> loader.load(rules));
            assertTrue(e.getMessage().contains("rules/broken/syntax.drl:8"), e.getMessage());
            assertTrue(e.getMessage().contains("rules/broken/field.drl:8"), e.getMessage());
        }

        @Test
        void aDuplicateRuleNameInOnePackageIsReportedWithBothPlaces() throws Exception {
            write("a/one.drl", HEADER + "rule \"Same\"\nwhen\n    Stage()\nthen\nend\n");
            write("b/two.drl", HEADER + "rule \"Same\"\nwhen\n    Stage()\nthen\nend\n");
            RuleBuildException e = assertThrows(RuleBuildException.class, () -> loader.load(rules));
            assertTrue(e.getMessage().contains("rules/b/two.drl:6: duplicate rule name \"Same\" in package rules.test, first at rules/a/one.drl:6"),
                    e.getMessage());
        }

        @Test
        void aStrOperatorThatWouldFailOnceCompiledIsRefusedWithItsPlace() throws Exception {
            // given a rule whose condition uses str[startsWith], fine for the first evaluations only
            write("s/str.drl", HEADER + "rule \"Prefix\"\nwhen\n    Stage( id str[startsWith] \"aw\" )\nthen\nend\n");
            // when built, then refused at the operator, with the replacement named
            RuleBuildException e = assertThrows(RuleBuildException.class, () -> loader.load(rules));
            assertTrue(e.getMessage().startsWith("rules/s/str.drl:8:15: the str[...] operators fail at run time"), e.getMessage());
            assertTrue(e.getMessage().contains("text.startsWith(\"x\")"), e.getMessage());
        }

        @Test
        void aBrokenCatalogueNamesFileAndJsonPath() throws Exception {
            write("ok.drl", HEADER + "rule \"Fine\"\nwhen\n    Stage()\nthen\nend\n");
            write("catalogue/tools.json", "{\"tools\": [{\"id\": \"x\", \"name\": {\"en\": \"X\", \"ru\": \"Х\"},"
                    + " \"stages\": [\"nowhere\"], \"results\": [], \"kpis\": [], \"fit\": [\"b2b\"]}]}");
            RuleBuildException e = assertThrows(RuleBuildException.class, () -> loader.load(rules));
            assertEquals("rules/catalogue/tools.json: tools[0].stages: unknown stage 'nowhere'", e.getMessage());
        }

        @Test
        void aCatalogueFileThatIsNotJsonNamesItsLine() throws Exception {
            write("ok.drl", HEADER + "rule \"Fine\"\nwhen\n    Stage()\nthen\nend\n");
            write("catalogue/strategies.json", "{\n  \"strategies\": [\n    oops\n]}");
            RuleBuildException e = assertThrows(RuleBuildException.class, () -> loader.load(rules));
            assertTrue(e.getMessage().startsWith("rules/catalogue/strategies.json: not valid JSON at line 3, column"), e.getMessage());
        }

        @Test
        void aFolderWithoutRuleFilesIsRefused() {
            RuleBuildException e = assertThrows(RuleBuildException.class, () -> loader.load(rules));
            assertTrue(e.getMessage().contains("no .drl rule files found"), e.getMessage());
        }
    }
}
