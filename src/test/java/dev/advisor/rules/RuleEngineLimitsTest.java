package dev.advisor.rules;

import dev.advisor.RulesFolderTest;
import dev.advisor.app.Json;
import dev.advisor.facts.Answer;
import dev.advisor.facts.Recommendation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule set that loops or runs too long is stopped within the engine's limits, and the error names the rule. */
class RuleEngineLimitsTest extends RulesFolderTest {
    private static final String HEADER = "package rules.test;\n\nimport dev.advisor.facts.*;\nimport java.util.List;\n\n";
    private static final String INSERT_ANOTHER =
            "insert(new Recommendation(java.util.UUID.randomUUID().toString(), \"x\", \"low\", null, \"t\", \"d\", \"s\", List.of()));";

    /** A condition that never finishes but checks the budget, as the text helpers do. */
    private static final String ENDLESS_MATCH = """
                function boolean endless(String id) {
                    while (true) {
                        TimeBudget.check();
                    }
                }

                rule "A condition that never finishes"
                when
                    Stage( endless(id) )
                then
                end
                """;

    private RuleSet build(String file, String drl) throws Exception {
        write(file, HEADER + drl);
        return new RuleSetLoader(Json.mapper()).load(rules);
    }

    @Test
    void aLoopingRuleIsStoppedAtTheFiringLimitNamingTheRuleThatFiredMost() throws Exception {
        // given a rule that inserts what makes it fire again
        RuleSet set = build("loop/loop.drl", """
                rule "Insert forever"
                when
                    Stage( id == "awareness" )
                then
                    %1$s
                end

                rule "Keep going"
                when
                    Recommendation()
                then
                    %1$s
                end
                """.formatted(INSERT_ANOTHER));
        // when evaluated with a limit of 500 firings
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> new RuleEngine(EngineLimits.of(500, Duration.ofSeconds(30))).evaluate(set, List.of()));
        // then the error gives the limit and the looping rule with its place
        assertTrue(e.getMessage().startsWith("the rules fired 501 times, past the limit of 500; the rule firing most was "
                + "\"Keep going\" at rules/loop/loop.drl:13 (500 times)"), e.getMessage());
        assertEquals(new RuleLocation("Keep going", "rules/loop/loop.drl", 13), e.rule());
    }

    @Test
    void aRuleThatKeepsFiringSlowlyIsStoppedAtTheTimeBudget() throws Exception {
        // given a loop whose every firing takes a while, and far more firings allowed than time
        RuleSet set = build("slow/slow.drl", """
                rule "Keep going slowly"
                when
                    $r : Recommendation()
                then
                    double x = 0;
                    for (int i = 0; i < 200000; i++) x += Math.sqrt(i);
                    insert(new Recommendation($r.id() + x, "x", "low", null, "t", "d", "s", List.of()));
                end

                rule "Start"
                when
                    Stage( id == "awareness" )
                then
                    %s
                end
                """.formatted(INSERT_ANOTHER));
        // when evaluated with a budget of 200 ms
        long start = System.nanoTime();
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> new RuleEngine(EngineLimits.of(10_000_000, Duration.ofMillis(200))).evaluate(set, List.of()));
        // then it stops soon after the budget, naming it and the rule
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000, "stopped late");
        assertTrue(e.getMessage().startsWith("the rules ran past their time budget of 200 ms after "), e.getMessage());
        assertTrue(e.getMessage().contains("the rule firing most was \"Keep going slowly\" at rules/slow/slow.drl:6"),
                e.getMessage());
    }

    @Test
    void aMatchThatRunsPastTheBudgetBetweenTwoFiringsIsStoppedNamingTheRuleBeingMatched() throws Exception {
        // given a condition that never finishes but checks the budget, as the text helpers do
        RuleSet set = build("slow/match.drl", ENDLESS_MATCH);
        // when evaluated with a budget of 200 ms
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> new RuleEngine(EngineLimits.of(1_000, Duration.ofMillis(200))).evaluate(set, List.of()));
        // then it names the rule being matched with its place
        assertTrue(e.getMessage().startsWith("the rules ran past their time budget of 200 ms after 0 firings while "
                + "matching rule \"A condition that never finishes\" at rules/slow/match.drl:12"), e.getMessage());
        assertEquals("rules/slow/match.drl", e.rule().file());
    }

    @Test
    void theThreadOfAStoppedEvaluationEvaluatesTheNextBriefNormally() throws Exception {
        // given an evaluation stopped by its budget on this thread
        RuleSet slow = build("slow/match.drl", ENDLESS_MATCH);
        assertThrows(EvaluationException.class,
                () -> new RuleEngine(EngineLimits.of(1_000, Duration.ofMillis(50))).evaluate(slow, List.of()));
        // when the same thread matches text outside any evaluation, then the spent budget does not follow it
        assertEquals(List.of("still", "fine"), dev.advisor.facts.Words.of("Still fine"));
    }

    @Test
    void aSessionReusedAfterAStoppedEvaluationStartsEmpty() throws Exception {
        // given rules that loop only for one answer, and an evaluation of another answer
        RuleSet set = build("loop/loop.drl", """
                rule "A name is noted"
                when
                    $a : Answer( question == "company_name" )
                then
                    insertLogical(new Recommendation("noted." + $a.text(), "x", "low", null, "t", "d", "s", List.of()));
                end

                rule "The looping name loops"
                when
                    Answer( question == "company_name", text == "Loop" )
                    Recommendation()
                then
                    %s
                end
                """.formatted(INSERT_ANOTHER));
        RuleEngine engine = new RuleEngine(EngineLimits.of(300, Duration.ofSeconds(30)));
        List<Object> calm = List.of(new Answer("company_name", "company_name", null, -1, "Calm", null, null, null));
        EvaluationResult before = engine.evaluate(set, calm);
        // when an evaluation is stopped in the middle, and the calm brief is evaluated again on the same pool
        assertThrows(EvaluationException.class, () -> engine.evaluate(set,
                List.of(new Answer("company_name", "company_name", null, -1, "Loop", null, null, null))));
        EvaluationResult after = engine.evaluate(set, calm);
        // then nothing of the stopped one is left: the same rules fire and the same facts remain
        assertEquals(before.firedRules(), after.firedRules());
        assertEquals(before.facts().size(), after.facts().size());
        assertEquals(before.factsOf(Recommendation.class), after.factsOf(Recommendation.class));
    }
}
