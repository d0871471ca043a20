package dev.advisor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.api.AdminToken;
import dev.advisor.api.ApiServer;
import dev.advisor.app.Advisor;
import dev.advisor.app.Json;
import dev.advisor.app.RulesReload;
import dev.advisor.app.RulesWatcher;
import dev.advisor.questionnaire.AnswersInvalidException;
import dev.advisor.questionnaire.JsonSyntax;
import dev.advisor.questionnaire.QuestionnaireException;
import dev.advisor.questionnaire.UnknownQuestionnaireException;
import dev.advisor.report.MarkdownRenderer;
import dev.advisor.report.Report;
import dev.advisor.rules.EngineLimits;
import dev.advisor.rules.EvaluationBusyException;
import dev.advisor.rules.EvaluationException;
import dev.advisor.rules.RuleBuildException;
import dev.advisor.rules.RuleSet;
import dev.advisor.rules.RuleSetLoader;
import dev.advisor.scenarios.Scenario;
import dev.advisor.scenarios.ScenarioException;
import dev.advisor.scenarios.ScenarioLoader;
import dev.advisor.scenarios.ScenarioRunner;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
              java -jar strategy-advisor.jar serve [--port 7070] [--host 127.0.0.1] [--watch]
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
              --host ADDRESS        serve: the address to bind (default 127.0.0.1, this machine only)
              --watch               serve: reload the rules when a file under the rules folder changes
              --format F            evaluate: json (default) or markdown
              --firing-limit N      most rule firings one evaluation may take (default 100000)
              --time-budget-ms N    longest one evaluation may run, in milliseconds (default 10000)
              --concurrent-evaluations N
                                    most evaluations at once, the others wait their turn (default: one
                                    per core)

            Environment:
              ADVISOR_ADMIN_TOKEN   serve: enables POST /api/admin/rules/reload for requests that send
                                    'Authorization: Bearer <token>' (at least 16 characters); unset, the
                                    admin routes are off. Rule files are code: reload is for trusted rule
                                    authors, and rules are never accepted over HTTP.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    Main(PrintStream out, PrintStream err) {
        this(out, err, Map.of());
    }

    Main(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err, System.getenv()).run(args);
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
        AdminToken token = AdminToken.of(env.get(AdminToken.VARIABLE));
        String host = a.option("host", "127.0.0.1");
        int port = a.intOption("port", 7070);
        Advisor advisor = advisor(a);
        if (advisor == null) return PROBLEMS;
        Javalin app = new ApiServer(advisor, token).create();
        app.start(host, port);
        out.println("strategy-advisor serving on http://" + host + ":" + app.port()
                + " (rules " + advisor.ruleSet().version() + ", " + advisor.ruleSet().rules().size() + " rules)");
        if (token.enabled()) {
            out.println("admin routes on: POST /api/admin/rules/reload with 'Authorization: Bearer <" + AdminToken.VARIABLE + ">'");
            if (!isLoopback(host)) err.println("warning: the admin token travels in clear text to " + host + "; put TLS in front");
        }
        List<AutoCloseable> running = new ArrayList<>(List.of(app::stop));
        if (a.flag("watch")) {
            try {
                running.add(0, RulesWatcher.start(advisor, this::reported, problem -> err.println("watch: " + problem)));
                out.println("watching " + advisor.rulesDir() + " for changes");
            } catch (IOException e) {
                err.println("error: cannot watch " + advisor.rulesDir() + ": " + e.getMessage());
                app.stop();
                return PROBLEMS;
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(Main::closeQuietly)));
        return OK;
    }

    /** What a reload did, one line (and the errors of a refused one), for the log of a watching server. */
    private void reported(RulesReload reload) {
        if (reload instanceof RulesReload.Reloaded r) {
            out.println("rules reloaded: version " + r.serving().version() + " (" + r.serving().rules().size()
                    + " rules, built in " + r.buildTime().toMillis() + " ms) replaces " + r.previousVersion());
        } else if (reload instanceof RulesReload.Refused r) {
            err.println("rules not reloaded: " + r.problems().size() + " error(s); version " + r.serving().version()
                    + " keeps serving");
            r.problems().forEach(p -> err.println("  " + p));
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // shutting down: nothing left to tell
        }
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
        } catch (EvaluationException | EvaluationBusyException | JsonProcessingException e) {
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
        EngineLimits limits = new EngineLimits(a.intOption("firing-limit", EngineLimits.DEFAULT.firingLimit(), 1, Integer.MAX_VALUE),
                Duration.ofMillis(a.intOption("time-budget-ms", (int) EngineLimits.DEFAULT.timeBudget().toMillis(), 1, Integer.MAX_VALUE)),
                a.intOption("concurrent-evaluations", EngineLimits.DEFAULT.concurrentEvaluations(), 1, 1_000));
        try {
            return new Advisor(questionnaires, rules, limits);
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
        private static final Set<String> OPTIONS = Set.of("rules", "questionnaires", "port", "host", "format",
                "firing-limit", "time-budget-ms", "concurrent-evaluations");
        private static final Set<String> FLAGS = Set.of("watch");
        String command;
        boolean help;
        final List<String> positional = new ArrayList<>();
        final Map<String, String> options = new HashMap<>();
        final Set<String> flags = new HashSet<>();

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    a.help = true;
                } else if (arg.startsWith("--") && FLAGS.contains(arg.substring(2))) {
                    a.flags.add(arg.substring(2));
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

        boolean flag(String name) {
            return flags.contains(name);
        }

        int intOption(String name, int fallback) {
            return intOption(name, fallback, 0, 65535);
        }

        int intOption(String name, int fallback, int min, int max) {
            String value = options.get(name);
            if (value == null) return fallback;
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                String what = max == 65535 ? "a port number" : "a whole number";
                throw new IllegalArgumentException("--" + name + " must be " + what + " from " + min + " to " + max
                        + ", got '" + value + "'");
            }
        }
    }
}
