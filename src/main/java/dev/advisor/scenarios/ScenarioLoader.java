package dev.advisor.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advisor.questionnaire.JsonSyntax;
import dev.advisor.rules.RuleSetLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every {@code *.scenarios.json} below a rules folder. The format:
 * <pre>
 * { "description": "...", "questionnaire": "business-brief" (optional),
 *   "scenarios": [ { "name": "...", "given": { answers }, "expect": [ids], "expectNot": [ids],
 *                    "rulesFired": [names], "rulesSilent": [names] } ] }
 * </pre>
 * Every defect of every file is collected, named by file and JSON path, and reported at once.
 */
public final class ScenarioLoader {
    private static final String DEFAULT_QUESTIONNAIRE = "business-brief";
    private static final Set<String> FILE_FIELDS = Set.of("description", "questionnaire", "scenarios");
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "given", "expect", "expectNot", "rulesFired", "rulesSilent");

    private final ObjectMapper json;

    public ScenarioLoader(ObjectMapper json) {
        this.json = json;
    }

    /** The scenarios in file path order; throws with the whole list of problems if any file is defective. */
    public List<Scenario> load(Path rulesDir) throws ScenarioException {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String root = rulesDir.getFileName() == null ? rulesDir.toString() : rulesDir.getFileName().toString();
        for (Path file : files(rulesDir)) {
            String name = root + "/" + rulesDir.relativize(file).toString().replace('\\', '/');
            read(file, name, scenarios, problems);
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return List.copyOf(scenarios);
    }

    private void read(Path file, String name, List<Scenario> scenarios, List<String> problems) {
        JsonNode root = JsonSyntax.read(json, file, problem -> problems.add(name + ": " + problem));
        if (root == null) return;
        if (!root.isObject()) {
            problems.add(name + ": expected an object with \"description\" and \"scenarios\"");
            return;
        }
        unknownFields(root, FILE_FIELDS, name + ": ", problems);
        if (!root.path("description").isTextual() || root.get("description").asText().isBlank()) {
            problems.add(name + ": description: expected a text saying what the scenarios check");
        }
        String questionnaire = root.path("questionnaire").isTextual() ? root.get("questionnaire").asText() : DEFAULT_QUESTIONNAIRE;
        JsonNode list = root.path("scenarios");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(name + ": scenarios: expected a non-empty list");
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = name + ": scenarios[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                problems.add(at + ": expected an object");
                continue;
            }
            unknownFields(node, SCENARIO_FIELDS, at + ".", problems);
            String scenarioName = node.path("name").asText("");
            if (!node.path("name").isTextual() || scenarioName.isBlank()) problems.add(at + ".name: expected a text");
            else if (!names.add(scenarioName)) problems.add(at + ".name: duplicate scenario name \"" + scenarioName + "\"");
            if (!node.path("given").isObject()) problems.add(at + ".given: expected the answers object of a brief");
            List<String> expect = strings(node, "expect", at, problems);
            List<String> expectNot = strings(node, "expectNot", at, problems);
            List<String> fired = strings(node, "rulesFired", at, problems);
            List<String> silent = strings(node, "rulesSilent", at, problems);
            if (expect.isEmpty() && expectNot.isEmpty() && fired.isEmpty() && silent.isEmpty()) {
                problems.add(at + ": expects nothing; give expect, expectNot, rulesFired or rulesSilent");
            }
            scenarios.add(new Scenario(name, scenarioName, questionnaire, node.path("given"), expect, expectNot, fired, silent));
        }
    }

    private static void unknownFields(JsonNode node, Set<String> known, String at, List<String> problems) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) problems.add(at + field + ": unknown field; expected one of " + known.stream().sorted().toList());
        });
    }

    private static List<String> strings(JsonNode node, String field, String at, List<String> problems) {
        JsonNode list = node.path(field);
        if (list.isMissingNode()) return List.of();
        List<String> values = new ArrayList<>();
        if (!list.isArray()) {
            problems.add(at + "." + field + ": expected a list of strings");
            return values;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isTextual() && !list.get(i).asText().isBlank()) values.add(list.get(i).asText());
            else problems.add(at + "." + field + "[" + i + "]: expected a non-empty string");
        }
        return List.copyOf(values);
    }

    private static List<Path> files(Path rulesDir) {
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(RuleSetLoader.SCENARIO_SUFFIX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
