package dev.advisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.TestFolders;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line, run in-process with its output captured; the working directory is the project root. */
class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VEHICLE_MAKER = TestFolders.EXAMPLES.resolve("vehicle-maker.json").toString();
    private static final List<String> REPORT_KEYS = List.of("questionnaire", "rulesVersion", "summary", "strategy",
            "funnel", "usps", "recommendations", "actionPlan", "components", "maturity", "swot", "journeyMap", "kpis",
            "audits", "warnings", "references", "firedRules");

    /** The DRL with an unknown fact field; the Segment pattern is on line {@link #FIELD_LINE}. */
    private static final String FIELD_DRL = """
            package rules.broken;
            import dev.advisor.facts.*;

            rule "Bad field"
            when
                Segment( colour == "red" )
            then
            end
            """;
    private static final int FIELD_LINE = lineOf(FIELD_DRL, "Segment(");

    /** A DRL whose condition is cut short. */
    private static final String SYNTAX_DRL = """
            package rules.broken;
            import dev.advisor.facts.*;

            rule "Cut short"
            when
                Segment( name ==
            then
            end
            """;

    /** One run of the command line: its exit code and what it printed. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        return runWith(Map.of(), args);
    }

    private static Run runWith(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Main(o, e, env).run(args);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new IllegalArgumentException(needle + " not in the text");
    }

    private static Path addRuleFile(Path rules, String name, String drl) throws IOException {
        Path file = rules.resolve("broken").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, drl);
    }

    /** Whether {@code text} names {@code file} at {@code line}, as {@code file:line} or {@code file:line:column}. */
    private static boolean namesLine(String text, String file, int line) {
        return Pattern.compile(Pattern.quote(file) + ":" + line + "(?!\\d)").matcher(text).find();
    }

    /** The .drl files below {@code rules}. */
    private static List<Path> drlFiles(Path rules) throws IOException {
        try (Stream<Path> walk = Files.walk(rules)) {
            return walk.filter(p -> p.toString().endsWith(".drl")).toList();
        }
    }

    /** The rules written in {@code rules}, counted from the text: every line starting {@code rule "}. */
    private static long ruleCount(Path rules) throws IOException {
        long count = 0;
        for (Path drl : drlFiles(rules)) {
            count += Files.readAllLines(drl).stream().filter(l -> l.startsWith("rule \"")).count();
        }
        return count;
    }

    // ---------------------------------------------------------------- help and usage

    @Test
    void helpExitsZeroAndNamesEveryCommand() {
        // given / when
        Run run = run("--help");
        // then
        assertEquals(Main.OK, run.code());
        assertTrue(run.out().startsWith("strategy-advisor"), run.out());
        for (String command : List.of("serve", "evaluate", "check-rules", "test-rules")) {
            assertTrue(run.out().contains("strategy-advisor.jar " + command), "usage of " + command + ": " + run.out());
        }
        assertEquals("", run.err());
    }

    // ---------------------------------------------------------------- evaluate

    @Test
    void evaluatePrintsTheReportAsJson() throws Exception {
        // given the vehicle maker's brief
        // when
        Run run = run("evaluate", VEHICLE_MAKER);
        // then
        assertEquals(Main.OK, run.code(), run.err());
        JsonNode report = JSON.readTree(run.out());
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertEquals(REPORT_KEYS, keys);
        assertEquals("business-brief", report.get("questionnaire").asText());
        assertEquals(5, report.at("/strategy/ranking").size());
        assertEquals(5, report.at("/funnel/stages").size());
        assertEquals(5, report.get("usps").size());
        assertEquals("differentiation", report.at("/strategy/recommended").asText());
        assertTrue(run.out().endsWith("}\n"), "ends with one newline");
    }

    @Test
    void evaluateTwiceGivesTheSameOutput() {
        // given / when
        Run first = run("evaluate", VEHICLE_MAKER);
        Run second = run("evaluate", VEHICLE_MAKER);
        // then
        assertEquals(Main.OK, first.code());
        assertEquals(first.out(), second.out());
    }

    @Test
    void evaluateWithFormatMarkdownPrintsMarkdown() {
        // given / when
        Run run = run("evaluate", VEHICLE_MAKER, "--format", "markdown");
        // then
        assertEquals(Main.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("# "), run.out().substring(0, Math.min(80, run.out().length())));
        assertTrue(run.out().contains("Rescue services (MES)"), "the report names the segments");
        assertFalse(run.out().contains("\"rulesVersion\" :"), "not JSON");
    }

    @Test
    void checkRulesPrintsTheRuleCount() throws Exception {
        // given the project's rules
        long rules = ruleCount(TestFolders.RULES);
        int files = drlFiles(TestFolders.RULES).size();
        // when
        Run run = run("check-rules");
        // then
        assertEquals(Main.OK, run.code(), run.err());
        assertTrue(rules > 0 && files > 0);
        assertTrue(run.out().startsWith("rules: " + rules + " rules in " + files + " files"), run.out());
        assertTrue(run.out().matches("(?s).*version [0-9a-f]{16}\\s*"), run.out());
    }

    @Test
    void checkRulesOnACleanCopyOfTheRulesSucceeds(@TempDir Path dir) throws Exception {
        // given an unchanged copy
        Path rules = TestFolders.copyOfShippedRules(dir);
        // when
        Run run = run("check-rules", rules.toString());
        // then
        assertEquals(Main.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("rules: " + ruleCount(rules) + " rules"), run.out());
    }

    @Test
    void testRulesRunsEveryShippedScenarioAndPasses() {
        // given the shipped rules and their scenario files
        // when
        Run run = run("test-rules");
        // then every scenario passes and the summary names the counts
        assertEquals(Main.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("rules/funnel/funnel.scenarios.json\n  ok    "), run.out());
        assertTrue(run.out().matches("(?s).*\\d+ scenarios: \\d+ passed, 0 failed; \\d+ rules, 0 lint problem\\(s\\)\\s*"), run.out());
    }

    @Test
    void testRulesPrintsAReadableDiffAndExitsOneWhenAScenarioFails(@TempDir Path dir) throws Exception {
        // given a copy of the rules with a scenario that expects what the brief does not call for
        Path rules = TestFolders.copyOfShippedRules(dir);
        Files.writeString(rules.resolve("funnel/wrong.scenarios.json"), """
                {"description": "A wrong expectation",
                 "scenarios": [{"name": "Search ads cover retention", "given": {"tools": [{"tool": "search_ads"}]},
                                "expect": ["funnel.stage.retention.covered"]}]}""");
        // when
        Run run = run("test-rules", rules.toString());
        // then
        assertEquals(Main.PROBLEMS, run.code(), run.out());
        assertTrue(run.out().contains("funnel/wrong.scenarios.json\n  FAIL  Search ads cover retention\n"
                + "        expected, not found: funnel.stage.retention.covered\n        found: "), run.out());
        assertTrue(run.out().contains(" 1 failed;"), run.out());
    }

    @Test
    void testRulesRefusesADefectiveScenarioFileNamingIt(@TempDir Path dir) throws Exception {
        Path rules = TestFolders.copyOfShippedRules(dir);
        Files.writeString(rules.resolve("funnel/broken.scenarios.json"), "{\"description\": \"x\", \"scenarios\": []}");
        Run run = run("test-rules", rules.toString());
        assertEquals(Main.PROBLEMS, run.code(), run.out());
        assertTrue(run.err().contains("funnel/broken.scenarios.json: scenarios: expected a non-empty list"), run.err());
    }

    // ---------------------------------------------------------------- failures

    @Nested
    class CommandLineMistakes {

        @Test
        void noArgumentsExitsTwoWithUsageOnStderr() {
            // given / when
            Run run = run();
            // then
            assertEquals(Main.USAGE, run.code());
            assertTrue(run.err().contains("Usage:"), run.err());
            assertEquals("", run.out());
        }

        @Test
        void unknownCommandExitsTwoNamingIt() {
            // given / when
            Run run = run("frobnicate");
            // then
            assertEquals(Main.USAGE, run.code());
            assertTrue(run.err().contains("unknown command 'frobnicate'"), run.err());
        }

        @Test
        void unknownOptionExitsTwoNamingIt() {
            // given / when
            Run run = run("evaluate", VEHICLE_MAKER, "--colour", "red");
            // then
            assertEquals(Main.USAGE, run.code());
            assertTrue(run.err().contains("unknown option --colour"), run.err());
            assertEquals("", run.out());
        }

        @Test
        void optionWithoutAValueExitsTwo() {
            // given / when
            Run run = run("evaluate", VEHICLE_MAKER, "--format");
            // then
            assertEquals(Main.USAGE, run.code());
            assertTrue(run.err().contains("--format needs a value"), run.err());
        }

        @Test
        void unknownFormatExitsTwo() {
            // given / when
            Run run = run("evaluate", VEHICLE_MAKER, "--format", "xml");
            // then
            assertEquals(Main.USAGE, run.code());
            assertTrue(run.err().contains("--format must be json or markdown"), run.err());
            assertEquals("", run.out());
        }

        @Test
        void evaluateWithoutAFileExitsTwo() {
            // given / when
            Run run = run("evaluate");
            // then
            assertEquals(Main.USAGE, run.code());
            assertTrue(run.err().contains("evaluate needs one answers file"), run.err());
        }

        @Test
        void anAdminTokenTooShortToBeSafeStopsServeBeforeItStarts() {
            Run run = runWith(Map.of("ADVISOR_ADMIN_TOKEN", "secret"), "serve", "--port", "0");
            assertEquals(Main.USAGE, run.code());
            assertTrue(run.err().contains("ADVISOR_ADMIN_TOKEN must be at least 16 characters"), run.err());
            assertFalse(run.out().contains("serving"), run.out());
        }

        @Test
        void engineLimitsOutOfRangeExitTwoNamingTheOption() {
            Run none = run("evaluate", VEHICLE_MAKER, "--concurrent-evaluations", "0");
            assertEquals(Main.USAGE, none.code());
            assertTrue(none.err().contains("--concurrent-evaluations must be a whole number from 1 to 1000, got '0'"), none.err());
            Run budget = run("evaluate", VEHICLE_MAKER, "--time-budget-ms", "soon");
            assertEquals(Main.USAGE, budget.code());
            assertTrue(budget.err().contains("--time-budget-ms must be a whole number"), budget.err());
        }

        @Test
        void aFiringLimitTheRulesPassEndsTheEvaluationWithExitOneNamingTheRule() {
            Run run = run("evaluate", VEHICLE_MAKER, "--firing-limit", "50");
            assertEquals(Main.PROBLEMS, run.code());
            assertTrue(run.err().contains("past the limit of 50; the rule firing most was \""), run.err());
            assertTrue(run.err().contains(".drl:"), run.err());
        }

        @Test
        void servePortThatIsNotANumberExitsTwoWithoutStarting() {
            // given / when
            Run run = run("serve", "--port", "seventy");
            // then
            assertEquals(Main.USAGE, run.code());
            assertTrue(run.err().contains("'seventy'"), run.err());
            assertFalse(run.out().contains("serving"), run.out());
        }
    }

    @Nested
    class BadInput {

        @TempDir
        Path dir;

        @Test
        void invalidAnswersExitOneNamingThePathOfEachProblem() throws Exception {
            // given the vehicle maker's brief with a string for a list and an unknown option
            ObjectNode brief = (ObjectNode) JSON.readTree(Files.readString(Path.of(VEHICLE_MAKER)));
            ((ObjectNode) brief.at("/answers/segments/0")).put("needs", "not a list");
            ((ObjectNode) brief.get("answers")).put("seasonality", "always");
            Path file = Files.writeString(dir.resolve("invalid.json"), JSON.writeValueAsString(brief));
            // when
            Run run = run("evaluate", file.toString());
            // then
            assertEquals(Main.PROBLEMS, run.code());
            assertTrue(run.err().contains(file + ": 2 problem(s)"), run.err());
            assertTrue(run.err().contains("segments[0].needs: expected a list of strings"), run.err());
            assertTrue(run.err().contains("seasonality: expected one of"), run.err());
            assertEquals("", run.out());
        }

        @Test
        void malformedJsonExitsOneNamingLineAndColumn() throws Exception {
            // given JSON with an error on line 3
            Path file = Files.writeString(dir.resolve("malformed.json"),
                    "{\n  \"questionnaire\": \"business-brief\",\n  \"status\": draft\n}\n");
            // when
            Run run = run("evaluate", file.toString());
            // then
            assertEquals(Main.PROBLEMS, run.code());
            assertTrue(run.err().startsWith(file + ": not valid JSON at line 3, column "), run.err());
            assertEquals("", run.out());
        }

        @Test
        void missingFileExitsOneNamingIt() {
            // given a file that does not exist
            Path file = dir.resolve("nowhere.json");
            // when
            Run run = run("evaluate", file.toString());
            // then
            assertEquals(Main.PROBLEMS, run.code());
            assertTrue(run.err().contains(file + ": cannot be read"), run.err());
            assertEquals("", run.out());
        }

        @Test
        void unknownQuestionnaireExitsOneNamingIt() throws Exception {
            // given answers to a questionnaire nobody loaded
            Path file = Files.writeString(dir.resolve("nope.json"),
                    "{\"questionnaire\": \"nope\", \"status\": \"draft\", \"answers\": {}}");
            // when
            Run run = run("evaluate", file.toString());
            // then
            assertEquals(Main.PROBLEMS, run.code());
            assertTrue(run.err().contains("unknown questionnaire 'nope'"), run.err());
        }
    }

    @Nested
    class BrokenRules {

        @TempDir
        Path dir;

        @Test
        void syntaxErrorExitsOneWithFileAndLine() throws Exception {
            // given a copy of the rules with a rule cut short
            Path rules = TestFolders.copyOfShippedRules(dir);
            addRuleFile(rules, "syntax.drl", SYNTAX_DRL);
            // when
            Run run = run("check-rules", rules.toString());
            // then
            assertEquals(Main.PROBLEMS, run.code());
            Matcher where = Pattern.compile("rules/broken/syntax\\.drl:(\\d+)").matcher(run.err());
            assertTrue(where.find(), run.err());
            int line = Integer.parseInt(where.group(1));
            assertTrue(line >= lineOf(SYNTAX_DRL, "Segment(") && line <= SYNTAX_DRL.split("\n").length,
                    "line " + line + " is in the broken rule");
            assertTrue(run.err().contains("error(s)"), run.err());
            assertEquals("", run.out());
        }

        @Test
        void unknownFactFieldExitsOneAtTheLineOfThePattern() throws Exception {
            // given a copy of the rules with a pattern on a field Segment does not have
            Path rules = TestFolders.copyOfShippedRules(dir);
            addRuleFile(rules, "field.drl", FIELD_DRL);
            // when
            Run run = run("check-rules", rules.toString());
            // then
            assertEquals(Main.PROBLEMS, run.code());
            assertTrue(namesLine(run.err(), "rules/broken/field.drl", FIELD_LINE), "expected line " + FIELD_LINE + ": " + run.err());
            assertTrue(run.err().contains("colour"), "the message names the field: " + run.err());
            assertTrue(run.err().contains("1 error(s)"), run.err());
        }

        @Test
        void bothBrokenFilesAreReportedInOneRun() throws Exception {
            // given a copy of the rules with both broken files
            Path rules = TestFolders.copyOfShippedRules(dir);
            addRuleFile(rules, "syntax.drl", SYNTAX_DRL);
            addRuleFile(rules, "field.drl", FIELD_DRL);
            // when
            Run run = run("check-rules", rules.toString());
            // then
            assertEquals(Main.PROBLEMS, run.code());
            assertTrue(Pattern.compile("rules/broken/syntax\\.drl:\\d+").matcher(run.err()).find(), run.err());
            assertTrue(namesLine(run.err(), "rules/broken/field.drl", FIELD_LINE), run.err());
        }

        @Test
        void evaluateWithBrokenRulesExitsOneWithFileAndLine() throws Exception {
            // given a copy of the rules with the unknown field
            Path rules = TestFolders.copyOfShippedRules(dir);
            addRuleFile(rules, "field.drl", FIELD_DRL);
            // when
            Run run = run("evaluate", VEHICLE_MAKER, "--rules", rules.toString());
            // then
            assertEquals(Main.PROBLEMS, run.code());
            assertTrue(namesLine(run.err(), "rules/broken/field.drl", FIELD_LINE), run.err());
            assertTrue(run.err().contains("the rules in " + rules + " cannot be built"), run.err());
            assertEquals("", run.out(), "no report from broken rules");
        }

        @Test
        void checkRulesOnAMissingFolderExitsOne() {
            // given a folder that does not exist
            Path missing = dir.resolve("no-rules-here");
            // when
            Run run = run("check-rules", missing.toString());
            // then
            assertEquals(Main.PROBLEMS, run.code());
            assertTrue(run.err().contains(missing + ": not a folder"), run.err());
        }
    }
}
