package dev.advisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advisor.facts.AuditType;
import dev.advisor.facts.CatalogueTool;
import dev.advisor.facts.Component;
import dev.advisor.facts.ResearchPoint;
import dev.advisor.facts.Stage;
import dev.advisor.facts.Strategy;
import dev.advisor.questionnaire.JsonSyntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data half of a rule set: the stage model, the tool catalogue, the strategies, the eight
 * components of an internet-marketing system, the points of competitor research and the audits, read
 * from {@code catalogue/*.json} under the rules folder and inserted into every evaluation as facts. Being
 * data, a consultant changes the funnel or adds a tool without writing a rule. {@code sources} are the
 * articles the topics come from, for the report to cite; they are not facts.
 */
public record Catalogue(List<Stage> stages, List<CatalogueTool> tools, List<Strategy> strategies,
                        List<Component> components, List<ResearchPoint> researchPoints, List<AuditType> audits,
                        List<Source> sources) {
    static final String FOLDER = "catalogue";
    /** What a tool can deliver; the tools question of the brief asks for an expected result from the same words. */
    static final Set<String> RESULTS = Set.of("awareness", "traffic", "leads", "sales", "repeat_sales", "brand", "measurement");
    static final Set<String> FITS = Set.of("b2b", "b2c", "local", "ecommerce");

    /**
     * A source article, from {@code catalogue/sources.json}: its titles, its address if known, and the rule
     * topics (folders under the rules folder) whose methods it teaches. {@code seed} is the number rule texts
     * cite it by ("seed 004"), so a report can show the title instead.
     */
    public record Source(String id, String seed, String titleEn, String titleRu, String url, List<String> topics) {
    }

    /** Every catalogue entry, as facts for a session. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(stages);
        facts.addAll(tools);
        facts.addAll(strategies);
        facts.addAll(components);
        facts.addAll(researchPoints);
        facts.addAll(audits);
        return facts;
    }

    /** Reads the catalogue from {@code contents}, the rule set's files by path relative to its folder. */
    static Catalogue read(Map<String, byte[]> contents, String displayRoot, ObjectMapper json, List<RuleProblem> problems) {
        Reader reader = new Reader(contents, displayRoot + "/" + FOLDER, json, problems);
        List<Stage> stages = new ArrayList<>();
        reader.each("stages.json", "stages", (node, path) -> stages.add(new Stage(
                reader.id(node, path), reader.integer(node, "order", path),
                reader.text(node, "name", "en", path), reader.text(node, "name", "ru", path),
                reader.text(node, "clientGoal", "en", path), reader.text(node, "marketerTask", "en", path),
                reader.strings(node, "kpis", path), reader.strings(node, "obstacles", path))));
        Set<String> stageIds = new HashSet<>();
        stages.forEach(s -> stageIds.add(s.id()));
        List<CatalogueTool> tools = new ArrayList<>();
        reader.each("tools.json", "tools", (node, path) -> {
            List<String> toolStages = reader.strings(node, "stages", path);
            reader.within(toolStages, stageIds, "tools.json", path + ".stages", "stage");
            List<String> results = reader.strings(node, "results", path);
            reader.within(results, RESULTS, "tools.json", path + ".results", "result");
            tools.add(new CatalogueTool(reader.id(node, path), reader.text(node, "name", "en", path),
                    reader.text(node, "name", "ru", path), toolStages, results,
                    node.path("monthsToFirstResult").isInt() ? node.get("monthsToFirstResult").asInt() : null,
                    reader.strings(node, "kpis", path),
                    reader.within(reader.strings(node, "fit", path), FITS, "tools.json", path + ".fit", "fit"),
                    reader.optionalPercent(node, "launchSalesShareMax", path)));
        });
        List<Strategy> strategies = new ArrayList<>();
        reader.each("strategies.json", "strategies", (node, path) -> strategies.add(new Strategy(
                reader.id(node, path), reader.integer(node, "order", path),
                reader.text(node, "name", "en", path), reader.text(node, "name", "ru", path))));
        List<Component> components = new ArrayList<>();
        reader.each("components.json", "components", (node, path) -> components.add(new Component(
                reader.id(node, path), reader.integer(node, "order", path),
                reader.text(node, "name", "en", path), reader.text(node, "name", "ru", path),
                reader.text(node, "covers", "en", path))));
        List<ResearchPoint> researchPoints = new ArrayList<>();
        reader.each("competitor-research.json", "points", (node, path) -> researchPoints.add(new ResearchPoint(
                reader.id(node, path), reader.integer(node, "order", path),
                reader.text(node, "name", "en", path), reader.text(node, "name", "ru", path),
                node.path("coveredBy").isTextual() ? node.get("coveredBy").asText() : null)));
        List<AuditType> audits = new ArrayList<>();
        reader.each("audits.json", "audits", (node, path) -> audits.add(new AuditType(
                reader.id(node, path), reader.integer(node, "order", path),
                reader.text(node, "name", "en", path), reader.text(node, "name", "ru", path),
                reader.text(node, "checks", "en", path))));
        List<Source> sources = new ArrayList<>();
        // Optional: a rule set without it builds as before and its reports cite no source.
        if (contents.containsKey(FOLDER + "/sources.json")) {
            reader.each("sources.json", "sources", (node, path) -> sources.add(new Source(
                    reader.id(node, path), node.path("seed").isTextual() ? node.get("seed").asText() : null,
                    reader.text(node, "title", "en", path), reader.text(node, "title", "ru", path),
                    node.path("url").isTextual() ? node.get("url").asText() : null, reader.strings(node, "topics", path))));
        }
        Comparator<Integer> byOrder = Comparator.naturalOrder();
        stages.sort(Comparator.comparing(Stage::order, byOrder));
        strategies.sort(Comparator.comparing(Strategy::order, byOrder));
        components.sort(Comparator.comparing(Component::order, byOrder));
        researchPoints.sort(Comparator.comparing(ResearchPoint::order, byOrder));
        audits.sort(Comparator.comparing(AuditType::order, byOrder));
        return new Catalogue(List.copyOf(stages), List.copyOf(tools), List.copyOf(strategies),
                List.copyOf(components), List.copyOf(researchPoints), List.copyOf(audits), List.copyOf(sources));
    }

    /** Reads catalogue files, turning every defect into a problem that names file and JSON path. */
    private static final class Reader {
        private final Map<String, byte[]> contents;
        private final String display;
        private final ObjectMapper json;
        private final List<RuleProblem> problems;
        private String file;

        Reader(Map<String, byte[]> contents, String display, ObjectMapper json, List<RuleProblem> problems) {
            this.contents = contents;
            this.display = display;
            this.json = json;
            this.problems = problems;
        }

        interface Entry {
            void read(JsonNode node, String path);
        }

        void each(String fileName, String arrayField, Entry entry) {
            file = fileName;
            byte[] content = contents.get(FOLDER + "/" + fileName);
            if (content == null) {
                problem(fileName, "missing: the rule set needs this catalogue file");
                return;
            }
            JsonNode root = JsonSyntax.read(json, content, problem -> problem(fileName, problem));
            if (root == null) return;
            JsonNode array = root.path(arrayField);
            if (!array.isArray() || array.isEmpty()) {
                problem(fileName, arrayField + ": expected a non-empty list");
                return;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                String at = arrayField + "[" + i + "]";
                JsonNode node = array.get(i);
                if (!node.isObject()) {
                    problem(fileName, at + ": expected an object");
                    continue;
                }
                if (node.path("id").isTextual() && !ids.add(node.get("id").asText())) {
                    problem(fileName, at + ".id: duplicate id '" + node.get("id").asText() + "'");
                }
                entry.read(node, at);
            }
        }

        String id(JsonNode node, String path) {
            JsonNode id = node.path("id");
            if (!id.isTextual() || !id.asText().matches("[a-z][a-z0-9_]*")) {
                problem(file, path + ".id: expected a snake_case id");
                return "";
            }
            return id.asText();
        }

        int integer(JsonNode node, String field, String path) {
            if (!node.path(field).isInt()) problem(file, path + "." + field + ": expected a whole number");
            return node.path(field).asInt();
        }

        String text(JsonNode node, String field, String language, String path) {
            JsonNode text = node.path(field).path(language);
            if (!text.isTextual() || text.asText().isBlank()) {
                problem(file, path + "." + field + "." + language + ": expected a text");
            }
            return text.asText();
        }

        List<String> strings(JsonNode node, String field, String path) {
            JsonNode list = node.path(field);
            List<String> values = new ArrayList<>();
            if (!list.isArray()) {
                problem(file, path + "." + field + ": expected a list of strings");
                return values;
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isTextual()) values.add(list.get(i).asText());
                else problem(file, path + "." + field + "[" + i + "]: expected a string");
            }
            return List.copyOf(values);
        }

        /** Reports every value outside {@code allowed}; returns the values for chaining. */
        List<String> within(List<String> values, Set<String> allowed, String fileName, String path, String what) {
            for (String value : values) {
                if (!allowed.contains(value)) problem(fileName, path + ": unknown " + what + " '" + value + "'");
            }
            return values;
        }

        Double optionalPercent(JsonNode node, String field, String path) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) return null;
            if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 100) {
                problem(file, path + "." + field + ": expected a percentage from 0 to 100");
                return null;
            }
            return value.asDouble();
        }

        void problem(String fileName, String message) {
            problems.add(new RuleProblem(display + "/" + fileName, 0, 0, message));
        }
    }
}
