package dev.advisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advisor.facts.AuditType;
import dev.advisor.facts.CatalogueTool;
import dev.advisor.facts.Component;
import dev.advisor.facts.ConversionBenchmark;
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
import java.util.regex.Pattern;

/**
 * The data half of a rule set: the stage model, the tool catalogue, the strategies, the eight
 * components of an internet-marketing system, the points of competitor research, the audits and the
 * usual funnel conversions per kind of business, read from {@code catalogue/*.json} under the rules
 * folder and inserted into every evaluation as facts. Being data, a consultant changes the funnel or
 * adds a tool without writing a rule. The trait vocabulary ({@code traits.json}) is read only to check
 * that every trait the tools and benchmarks name exists: the traits themselves are derived by rules.
 * {@code sources} are the articles the topics come from, for the report to cite; they are not facts.
 */
public record Catalogue(List<Stage> stages, List<CatalogueTool> tools, List<Strategy> strategies,
                        List<Component> components, List<ResearchPoint> researchPoints, List<AuditType> audits,
                        List<ConversionBenchmark> benchmarks, List<Source> sources) {
    static final String FOLDER = "catalogue";
    /** What a tool can deliver; the tools question of the brief asks for an expected result from the same words. */
    static final Set<String> RESULTS = Set.of("awareness", "traffic", "leads", "sales", "repeat_sales", "brand", "measurement");
    static final Set<String> FITS = Set.of("b2b", "b2c", "local", "ecommerce");
    /** Trait ids and benchmark kinds are written like the traits of the profile: has-site, local-walk-in. */
    private static final Pattern HYPHENATED_ID = Pattern.compile("[a-z][a-z0-9-]*");
    /** One word as {@link dev.advisor.facts.Words} splits a text (lower case, "е" for "ё"), optionally ending in *. */
    private static final Pattern KEYWORD = Pattern.compile("[\\p{Ll}\\p{N}&&[^ё]]+\\*?");

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
        facts.addAll(benchmarks);
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
        Set<String> traitIds = new HashSet<>();
        reader.each("traits.json", "traits", (node, path) -> traitIds.add(reader.traitId(node, path)));
        List<CatalogueTool> tools = new ArrayList<>();
        reader.each("tools.json", "tools", (node, path) -> {
            List<String> toolStages = reader.strings(node, "stages", path);
            reader.within(toolStages, stageIds, "tools.json", path + ".stages", "stage");
            List<String> results = reader.strings(node, "results", path);
            reader.within(results, RESULTS, "tools.json", path + ".results", "result");
            List<String> requires = reader.traits(node, "requires", path, traitIds);
            List<String> suits = reader.traits(node, "suits", path, traitIds);
            List<String> unsuitedFor = reader.traits(node, "unsuitedFor", path, traitIds);
            // A trait the tool needs or suits and is also unsuited for would make the rules contradict
            // themselves: the tool both first to suggest (or possible) and a poor suggestion.
            for (String trait : unsuitedFor) {
                if (requires.contains(trait) || suits.contains(trait)) {
                    reader.problem("tools.json", path + ".unsuitedFor: trait '" + trait + "' is also in "
                            + (requires.contains(trait) ? "requires" : "suits"));
                }
            }
            tools.add(new CatalogueTool(reader.id(node, path), reader.text(node, "name", "en", path),
                    reader.text(node, "name", "ru", path), toolStages, results,
                    node.path("monthsToFirstResult").isInt() ? node.get("monthsToFirstResult").asInt() : null,
                    reader.strings(node, "kpis", path),
                    reader.within(reader.strings(node, "fit", path), FITS, "tools.json", path + ".fit", "fit"),
                    reader.optionalPercent(node, "launchSalesShareMax", path), requires, suits, unsuitedFor));
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
        List<ConversionBenchmark> benchmarks = readBenchmarks(reader, traitIds);
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
        benchmarks.sort(Comparator.comparing(ConversionBenchmark::order, byOrder));
        return new Catalogue(List.copyOf(stages), List.copyOf(tools), List.copyOf(strategies),
                List.copyOf(components), List.copyOf(researchPoints), List.copyOf(audits), List.copyOf(benchmarks),
                List.copyOf(sources));
    }

    /**
     * The usual conversions per kind of business. Exactly one kind has neither traits nor keywords: it is
     * the fallback for a business no other kind describes, and with two the rules could not tell which.
     */
    private static List<ConversionBenchmark> readBenchmarks(Reader reader, Set<String> traitIds) {
        List<ConversionBenchmark> benchmarks = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        List<String> fallbacks = new ArrayList<>();
        reader.each("benchmarks.json", "benchmarks", (node, path) -> {
            String kind = node.path("kind").asText();
            if (!node.path("kind").isTextual() || !HYPHENATED_ID.matcher(kind).matches()) {
                reader.problem("benchmarks.json", path + ".kind: expected a lower-case id such as local-walk-in");
            } else if (!kinds.add(kind)) {
                reader.problem("benchmarks.json", path + ".kind: duplicate kind '" + kind + "'");
            }
            List<String> traits = reader.traits(node, "selectingTraits", path, traitIds);
            List<String> keywords = reader.keywords(node, path);
            if (traits.isEmpty() && keywords.isEmpty()) fallbacks.add(path);
            benchmarks.add(new ConversionBenchmark(kind, reader.integer(node, "order", path),
                    reader.text(node, "name", "en", path), reader.text(node, "name", "ru", path), traits, keywords,
                    reader.figure(node, "visitorToLead", path), reader.figure(node, "leadToCustomer", path),
                    reader.figure(node, "customerToRepeat", path)));
        });
        if (!benchmarks.isEmpty() && fallbacks.size() != 1) {
            reader.problem("benchmarks.json", "benchmarks: expected exactly one kind with no selectingTraits and no "
                    + "keywords (the fallback), found " + (fallbacks.isEmpty() ? "none" : String.join(", ", fallbacks)));
        }
        return benchmarks;
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

        String traitId(JsonNode node, String path) {
            JsonNode id = node.path("id");
            if (!id.isTextual() || !HYPHENATED_ID.matcher(id.asText()).matches()) {
                problem(file, path + ".id: expected a lower-case trait id such as has-site");
                return "";
            }
            return id.asText();
        }

        /** An optional list of trait ids, empty when absent; every unknown trait is a problem. */
        List<String> traits(JsonNode node, String field, String path, Set<String> known) {
            if (node.path(field).isMissingNode()) return List.of();
            return within(strings(node, field, path), known, file, path + "." + field, "trait");
        }

        /** The optional keywords of a benchmark kind, each one word of the business-model text. */
        List<String> keywords(JsonNode node, String path) {
            if (node.path("keywords").isMissingNode()) return List.of();
            List<String> keywords = strings(node, "keywords", path);
            for (int i = 0; i < keywords.size(); i++) {
                if (!KEYWORD.matcher(keywords.get(i)).matches()) {
                    problem(file, path + ".keywords[" + i + "]: expected one lower-case word, with е for ё, "
                            + "optionally ending in * to match its endings");
                }
            }
            return keywords;
        }

        /** A usual rate with its source: {@code {"rate": 0.02, "source": "..."}}, the rate a fraction from 0 to 1. */
        ConversionBenchmark.Figure figure(JsonNode node, String field, String path) {
            JsonNode rate = node.path(field).path("rate");
            if (!rate.isNumber() || rate.asDouble() < 0 || rate.asDouble() > 1) {
                problem(file, path + "." + field + ".rate: expected a fraction from 0 to 1 (0.02 for 2%)");
            }
            JsonNode source = node.path(field).path("source");
            if (!source.isTextual() || source.asText().isBlank()) {
                problem(file, path + "." + field + ".source: expected a text saying where the figure comes from");
            }
            return new ConversionBenchmark.Figure(rate.asDouble(), source.asText());
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
