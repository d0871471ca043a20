package dev.advisor.app;

import dev.advisor.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve --watch}: a change under the rules folder reloads the rules, a broken change is refused. */
class RulesWatcherTest {
    @TempDir
    Path temp;
    private Path rules;
    private Advisor advisor;
    private RulesWatcher watcher;
    private final BlockingQueue<RulesReload> reloads = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> problems = new LinkedBlockingQueue<>();

    @BeforeEach
    void watchACopyOfTheShippedRules() throws Exception {
        rules = TestFolders.copyOfShippedRules(temp);
        advisor = new Advisor(TestFolders.QUESTIONNAIRES, rules);
        watcher = RulesWatcher.start(advisor, reloads::add, problems::add);
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
    }

    /** The next reload the watcher reports; the timeout only guards against a hang. */
    private RulesReload nextReload() throws InterruptedException {
        RulesReload reload = reloads.poll(120, TimeUnit.SECONDS);
        assertNotNull(reload, "no reload within two minutes; watch problems: " + problems);
        return reload;
    }

    @Test
    void aChangedRuleFileIsReloaded() throws Exception {
        String before = advisor.ruleSet().version();
        Files.writeString(rules.resolve("plan/plan.drl"), "\n// a consultant's note\n", java.nio.file.StandardOpenOption.APPEND);
        RulesReload.Reloaded reload = assertInstanceOf(RulesReload.Reloaded.class, nextReload());
        assertEquals(before, reload.previousVersion());
        assertEquals(reload.serving().version(), advisor.ruleSet().version());
        assertTrue(!before.equals(advisor.ruleSet().version()));
    }

    @Test
    void aRuleFileInANewFolderIsReloaded() throws Exception {
        TestFolders.write(rules, "retention/loyalty.drl", """
                package rules.retention;

                import dev.advisor.facts.*;

                rule "A company is noticed"
                when
                    Company()
                then
                end
                """);
        RulesReload.Reloaded reload = assertInstanceOf(RulesReload.Reloaded.class, nextReload());
        assertEquals("rules/retention/loyalty.drl", reload.serving().locate("rules.retention", "A company is noticed").file());
    }

    @Test
    void aBrokenChangeIsRefusedAndThePreviousRulesKeepServing() throws Exception {
        String before = advisor.ruleSet().version();
        TestFolders.write(rules, "plan/broken.drl", "package rules.plan;\nrule \"Broken\"\nwhen\n    Stage( order > )\nthen\nend\n");
        RulesReload.Refused refused = assertInstanceOf(RulesReload.Refused.class, nextReload());
        assertTrue(refused.problems().stream().anyMatch(p -> p.location().startsWith("rules/plan/broken.drl:4")),
                refused.problems().toString());
        assertEquals(before, advisor.ruleSet().version());
    }
}
