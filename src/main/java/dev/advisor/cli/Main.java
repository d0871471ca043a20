package dev.advisor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.api.ApiServer;
import dev.advisor.app.Advisor;
import dev.advisor.app.Json;
import dev.advisor.questionnaire.AnswersInvalidException;
import dev.advisor.questionnaire.JsonSyntax;
import dev.advisor.questionnaire.QuestionnaireException;
import dev.advisor.questionnaire.UnknownQuestionnaireException;
import dev.advisor.report.MarkdownRenderer;
import dev.advisor.report.Report;
import dev.advisor.rules.EvaluationException;
import dev.advisor.rules.RuleBuildException;
import dev.advisor.rules.RuleSet;
import dev.advisor.rules.RuleSetLoader;
import dev.advisor.scenarios.Scenario;
import dev.advisor.scenarios.ScenarioException;
import dev.advisor.scenarios.ScenarioLoader;
import dev.advisor.scenarios.ScenarioRunner;
import io.javalin.Javalin;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code serve}, {@code evaluate}, {@code check-rules}. Exit codes: 0 success,
 * 1 the input or the rules have problems (all printed), 2 the command line itself is wrong.
 */
public final class Main {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    private static final String HELP = """
            strategy-advisor: a rules-driven internet-marketing strategy advisor

            Usage:
              java -jar strategy-advisor.jar serve [--port 7070] [--host 127.0.0.1]
              java -jar strategy-advisor.jar evaluate <answers.json> [--format json|markdown]
              java -jar strategy-advisor.jar check-rules [DIR]
              java -jar strategy-advisor.jar test-rules [DIR]
              java -jar strategy-advisor.jar --help

            Commands:
              serve        start the HTTP API with the questionnaires and rules
              evaluate     validate an answers document and print its report
              check-rules  build the rule set and print every error as file:line:col (exit 1 on errors)
              test-rules   run every *.scenarios.json under the rules folder and check that each rule
                           fires in some scenario and stays silent in another (exit 1 on any failure)

            Options:
              --rules DIR           the rules folder (default: ./rules, else the one next to the jar's folder)
              --questionnaires DIR  the questionnaires folder (default: ./questionnaires, likewise)
              --port N              serve: the port (default 7070; 0 picks a free one)
              --host ADDRESS        serve: the address to bind (default 127.0.0.1)
              --format F            evaluate: json (default) or markdown
            """;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err).run(args);
        if (code != OK || args.length == 0 || !"serve".equals(args[0])) System.exit(code);
    }

    int run(String[] args) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("run with --help for usage");
            return USAGE;
        }
        if (a.help || a.command == null) {
            (a.help ? out : err).print(HELP);
            return a.help ? OK : USAGE;
        }
        try {
            return switch (a.command) {
                case "serve" -> serve(a);
                case "evaluate" -> evaluate(a);
                case "check-rules" -> checkRules(a);
                case "test-rules" -> testRules(a);
                default -> {
                    err.println("error: unknown command '" + a.command + "'; run with --help for usage");
                    yield USAGE;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
    }

    private int serve(Arguments a) {
        Advisor advisor = advisor(a);
        if (advisor == null) return PROBLEMS;
        String host = a.option("host", "127.0.0.1");
        int port = a.intOption("port", 7070);
        Javalin app = new ApiServer(advisor).create();
        app.start(host, port);
        out.println("strategy-advisor serving on http://" + host + ":" + app.port()
                + " (rules " + advisor.ruleSet().version() + ", " + advisor.ruleSet().rules().size() + " rules)");
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        return OK;
    }

    private int evaluate(Arguments a) {
        if (a.positional.size() != 1) throw new IllegalArgumentException("evaluate needs one answers file");
        String format = a.option("format", "json");
        if (!Set.of("json", "markdown").contains(format)) throw new IllegalArgumentException("--format must be json or markdown");
        Path file = Path.of(a.positional.get(0));
        Advisor advisor = advisor(a);
        if (advisor == null) return PROBLEMS;
        JsonNode document = JsonSyntax.read(advisor.json(), file, problem -> err.println(file + ": " + problem));
        if (document == null) return PROBLEMS;
        try {
            Report report = advisor.evaluate(document);
            out.print("markdown".equals(format) ? new MarkdownRenderer().render(report)
                    : advisor.json().writeValueAsString(report) + "\n");
            report.warnings().forEach(w -> err.println("warning: " + w.path() + ": " + w.message()));
            return OK;
        } catch (AnswersInvalidException e) {
            err.println(file + ": " + e.errors().size() + " problem(s):");
            e.errors().forEach(p -> err.println("  " + p));
            e.warnings().forEach(p -> err.println("  warning: " + p));
            return PROBLEMS;
        } catch (UnknownQuestionnaireException e) {
            err.println(file + ": " + e.getMessage());
            return PROBLEMS;
        } catch (EvaluationException | JsonProcessingException e) {
            err.println(file + ": " + e.getMessage());
            return PROBLEMS;
        }
    }

    private int checkRules(Arguments a) {
        if (a.positional.size() > 1) throw new IllegalArgumentException("check-rules takes at most one folder");
        Path dir = a.positional.isEmpty() ? Folders.rules(a.option("rules", null)) : Path.of(a.positional.get(0));
        try {
            RuleSet rules = new RuleSetLoader(Json.mapper()).load(dir);
            out.println(rules.root() + ": " + rules.rules().size() + " rules in " + rules.files().size()
                    + " files, " + rules.catalogue().tools().size() + " catalogue tools, version " + rules.version());
            return OK;
        } catch (RuleBuildException e) {
            e.problems().forEach(p -> err.println(p));
            err.println(e.problems().size() + " error(s)");
            return PROBLEMS;
        }
    }

    private int testRules(Arguments a) {
        if (a.positional.size() > 1) throw new IllegalArgumentException("test-rules takes at most one folder");
        Path rules = a.positional.isEmpty() ? Folders.rules(a.option("rules", null)) : Path.of(a.positional.get(0));
        Advisor advisor = advisor(a, rules);
        if (advisor == null) return PROBLEMS;
        List<Scenario> scenarios;
        try {
            scenarios = new ScenarioLoader(advisor.json()).load(rules);
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + " problem(s) in the scenario files");
            return PROBLEMS;
        }
        ScenarioRunner.Results results = new ScenarioRunner(advisor).run(scenarios);
        String file = null;
        for (ScenarioRunner.Outcome outcome : results.outcomes()) {
            if (!outcome.scenario().file().equals(file)) {
                file = outcome.scenario().file();
                out.println(file);
            }
            out.println("  " + outcome.describe().replace("\n", "\n  "));
        }
        if (!results.lint().isEmpty()) {
            out.println("rule coverage and lint:");
            results.lint().forEach(p -> out.println("  " + p));
        }
        long passed = results.outcomes().size() - results.failed();
        out.println(results.outcomes().size() + " scenarios: " + passed + " passed, " + results.failed() + " failed; "
                + advisor.ruleSet().rules().size() + " rules, " + results.lint().size() + " lint problem(s)");
        return results.passed() ? OK : PROBLEMS;
    }

    private Advisor advisor(Arguments a) {
        return advisor(a, Folders.rules(a.option("rules", null)));
    }

    private Advisor advisor(Arguments a, Path rules) {
        Path questionnaires = Folders.questionnaires(a.option("questionnaires", null));
        try {
            return new Advisor(questionnaires, rules);
        } catch (QuestionnaireException e) {
            e.problems().forEach(err::println);
            err.println("the questionnaires in " + questionnaires + " cannot be used");
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + " error(s): the rules in " + rules + " cannot be built");
        }
        return null;
    }

    /** Parsed arguments: a command, its positional arguments and {@code --name value} options. */
    static final class Arguments {
        private static final Set<String> OPTIONS = Set.of("rules", "questionnaires", "port", "host", "format");
        String command;
        boolean help;
        final List<String> positional = new ArrayList<>();
        final Map<String, String> options = new HashMap<>();

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    a.help = true;
                } else if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    if (!OPTIONS.contains(name)) throw new IllegalArgumentException("unknown option " + arg);
                    if (i + 1 >= args.length) throw new IllegalArgumentException(arg + " needs a value");
                    a.options.put(name, args[++i]);
                } else if (a.command == null) {
                    a.command = arg;
                } else {
                    a.positional.add(arg);
                }
            }
            return a;
        }

        String option(String name, String fallback) {
            return options.getOrDefault(name, fallback);
        }

        int intOption(String name, int fallback) {
            String value = options.get(name);
            if (value == null) return fallback;
            try {
                int n = Integer.parseInt(value);
                if (n < 0 || n > 65535) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a port number from 0 to 65535, got '" + value + "'");
            }
        }
    }
}
