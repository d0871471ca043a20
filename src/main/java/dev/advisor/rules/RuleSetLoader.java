package dev.advisor.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a {@link RuleSet} from a rules folder: every {@code *.drl} below it (subfolders by topic) and
 * the catalogue. Uses the classic DRL compiler, whose messages keep the file and line consultants need,
 * and either returns a complete rule set or throws with every problem; never a half-loaded one.
 */
public final class RuleSetLoader {
    /** Inside the KieFileSystem each file keeps its real name, so messages can be mapped back. */
    /** How scenario files (tests of the rules, read by the scenarios package) end. */
    public static final String SCENARIO_SUFFIX = ".scenarios.json";
    private static final String KIE_PREFIX = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    /** Sessions made up front; the pool grows past it when more evaluations run at once. */
    private static final int POOLED_SESSIONS = 2;
    private static final Pattern STR_OPERATOR = Pattern.compile("\\bstr\\s*\\[");
    private static final Pattern POSITION_HINT = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");

    private final ObjectMapper json;

    public RuleSetLoader(ObjectMapper json) {
        this.json = json;
    }

    public RuleSet load(Path rulesDir) throws RuleBuildException {
        Path dir = rulesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new RuleBuildException(List.of(new RuleProblem(rulesDir.toString(), 0, 0, "not a folder")));
        }
        String root = dir.getFileName().toString();
        // Read once: what is compiled, what the catalogue holds and what the version hashes are the same bytes.
        Map<String, byte[]> contents = contents(dir);
        Map<String, String> sources = new LinkedHashMap<>();
        contents.forEach((file, bytes) -> {
            if (file.endsWith(".drl")) sources.put(root + "/" + file, new String(bytes, StandardCharsets.UTF_8));
        });
        List<RuleProblem> problems = new ArrayList<>();
        if (sources.isEmpty()) problems.add(new RuleProblem(root, 0, 0, "no .drl rule files found"));
        Catalogue catalogue = Catalogue.read(contents, root, json, problems);

        List<RuleSet.RuleFile> ruleFiles = new ArrayList<>();
        Map<String, RuleLocation> locations = new LinkedHashMap<>();
        Map<String, String> parsed = index(sources, ruleFiles, locations, problems);
        parsed.forEach((file, text) -> refuseFailingOperators(file, text, problems));
        // Files that parse are compiled even when others do not, so one run reports every error.
        KieBase kieBase = parsed.isEmpty() ? null : compile(parsed, problems);
        if (!problems.isEmpty()) throw new RuleBuildException(problems);
        return new RuleSet(root, version(contents), kieBase, List.copyOf(ruleFiles), Map.copyOf(locations), catalogue,
                compiledLocations(kieBase, locations), kieBase.newKieSessionsPool(POOLED_SESSIONS));
    }

    /**
     * The version {@link #load} would give the rule set now in the folder, without building it: a
     * reload asks this first, so files saved unchanged (or only scenario files) cost no build.
     */
    public String version(Path rulesDir) {
        Path dir = rulesDir.toAbsolutePath().normalize();
        return Files.isDirectory(dir) ? version(contents(dir)) : "";
    }

    /**
     * The {@code str[...]} operators compile, and pass the first evaluations, but once Drools 10.2
     * compiles the condition to bytecode (after about twenty evaluations) every evaluation fails with
     * {@code NoSuchMethodError: EvaluatorHelper.initOperators}. A rule set that would break in production
     * after a few requests is refused now, with the place and the replacement.
     */
    private static void refuseFailingOperators(String file, String text, List<RuleProblem> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher operator = STR_OPERATOR.matcher(lines[i]);
            if (!operator.find()) continue;
            int comment = lines[i].indexOf("//");
            if (comment >= 0 && comment < operator.start()) continue;
            problems.add(new RuleProblem(file, i + 1, operator.start() + 1, "the str[...] operators fail at run time "
                    + "in this Drools version once the condition is compiled; write text.startsWith(\"x\"), "
                    + "text.endsWith(\"x\") or text.length() instead"));
        }
    }

    /**
     * Parses each file to record where each rule is written (the compiled rules do not keep their
     * line) and reports syntax errors with their position. Returns the files that parsed.
     */
    private static Map<String, String> index(Map<String, String> sources, List<RuleSet.RuleFile> ruleFiles,
                                             Map<String, RuleLocation> locations, List<RuleProblem> problems) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String file = source.getKey();
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr descr;
            try {
                descr = parser.parse(new StringReader(source.getValue()));
            } catch (DroolsParserException e) {
                problems.add(new RuleProblem(file, 0, 0, e.getMessage()));
                continue;
            }
            if (parser.hasErrors() || descr == null) {
                for (DroolsError error : parser.getErrors()) {
                    problems.add(error instanceof ParserError p
                            ? new RuleProblem(file, p.getRow(), p.getCol() + 1, oneLine(p.getMessage()))
                            : new RuleProblem(file, error.getLines().length > 0 ? error.getLines()[0] : 0, 0, oneLine(error.getMessage())));
                }
                if (!parser.hasErrors()) problems.add(new RuleProblem(file, 0, 0, "the file holds no DRL package"));
                continue;
            }
            parsed.put(file, source.getValue());
            List<String> names = new ArrayList<>();
            for (RuleDescr rule : descr.getRules()) {
                names.add(rule.getName());
                RuleLocation earlier = locations.putIfAbsent(RuleSet.key(descr.getName(), rule.getName()),
                        new RuleLocation(rule.getName(), file, rule.getLine()));
                if (earlier != null) {
                    problems.add(new RuleProblem(file, rule.getLine(), rule.getColumn(), "duplicate rule name \""
                            + rule.getName() + "\" in package " + descr.getName() + ", first at "
                            + earlier.file() + ":" + earlier.line()));
                }
            }
            ruleFiles.add(new RuleSet.RuleFile(file, descr.getName(), List.copyOf(names)));
        }
        return parsed;
    }

    private static KieBase compile(Map<String, String> sources, List<RuleProblem> problems) {
        KieServices services = KieServices.Factory.get();
        // Every build gets its own release id: builds sharing one would see each other's rules.
        ReleaseId releaseId = services.newReleaseId("dev.advisor.rules", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        sources.forEach((file, text) -> files.write(KIE_PREFIX + file, text.getBytes(StandardCharsets.UTF_8)));
        KieBuilder builder = services.newKieBuilder(files).buildAll(DrlProject.class);
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "?" : message.getPath();
            if (path.startsWith(KIE_PREFIX)) path = path.substring(KIE_PREFIX.length());
            String text = oneLine(message.getText());
            problems.add(new RuleProblem(path, message.getLine(), column(message, text), text));
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
        // The KieBase is all we keep; leaving the module in the repository would leak one per build.
        services.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /** Each rule object of the KieBase and where it is written; read-only once built, so shared by every evaluation. */
    private static Map<Rule, RuleLocation> compiledLocations(KieBase kieBase, Map<String, RuleLocation> locations) {
        Map<Rule, RuleLocation> compiled = new IdentityHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleLocation location = locations.get(RuleSet.key(rule.getPackageName(), rule.getName()));
                if (location != null) compiled.put(rule, location);
            }
        }
        return Collections.unmodifiableMap(compiled);
    }

    /**
     * The compiler often leaves the column out but names it in the text as "[Line: 8, Column: 4]",
     * counted from 0 like the parser's; we print columns from 1, as editors do.
     */
    private static int column(Message message, String text) {
        if (message.getColumn() > 0) return message.getColumn();
        Matcher hint = POSITION_HINT.matcher(text);
        return hint.find() && Integer.parseInt(hint.group(1)) == message.getLine() ? Integer.parseInt(hint.group(2)) + 1 : 0;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A hash of every rule and catalogue file, names included, in path order. */
    private static String version(Map<String, byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.forEach((file, bytes) -> {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Every {@code .drl} and {@code .json} file below the folder, by slash-separated relative path, sorted.
     * Scenario files are tests of the rules, not part of them: they change no report, so not the version.
     */
    private static Map<String, byte[]> contents(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            Map<String, byte[]> contents = new TreeMap<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl") || name.endsWith(".json") && !name.endsWith(SCENARIO_SUFFIX)) {
                    contents.put(slashes(dir.relativize(file)), Files.readAllBytes(file));
                }
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
