package dev.advisor.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads every {@code <id>.json} of a questionnaires folder: first against the JSON Schema (the one
 * definition of the format, {@code questionnaires/questionnaire.schema.json}, built into the jar),
 * then for what a schema cannot say: unique ids, conditions naming real questions, sane bounds.
 * Any problem in any file stops loading, with every problem listed as {@code file: path: message}.
 */
public final class QuestionnaireLoader {
    static final String SCHEMA_RESOURCE = "questionnaire.schema.json";

    private final ObjectMapper json;
    private final JsonSchema schema;

    public QuestionnaireLoader(ObjectMapper json) {
        this.json = json;
        try (InputStream in = QuestionnaireLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the questionnaire schema is missing from the build");
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Questionnaires load(Path dir) throws QuestionnaireException {
        if (!Files.isDirectory(dir)) throw new QuestionnaireException(List.of(dir + ": not a folder"));
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".schema.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new QuestionnaireException(List.of(dir + ": cannot be listed: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        List<Questionnaire> loaded = new ArrayList<>();
        if (files.isEmpty()) problems.add(dir + ": no questionnaire files (*.json)");
        for (Path file : files) {
            String name = dir.getFileName() + "/" + file.getFileName();
            List<String> fileProblems = new ArrayList<>();
            Questionnaire q = loadOne(file, fileProblems);
            fileProblems.forEach(p -> problems.add(name + ": " + p));
            if (q != null) loaded.add(q);
        }
        if (!problems.isEmpty()) throw new QuestionnaireException(problems);
        return new Questionnaires(loaded);
    }

    private Questionnaire loadOne(Path file, List<String> problems) {
        JsonNode root = JsonSyntax.read(json, file, problems::add);
        if (root == null) return null;
        Set<ValidationMessage> messages = schema.validate(root);
        if (!messages.isEmpty()) {
            messages.stream().map(ValidationMessage::getMessage).sorted().forEach(problems::add);
            return null;
        }
        String expectedId = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!root.get("id").asText().equals(expectedId)) {
            problems.add("$.id: is '" + root.get("id").asText() + "' but the file name says '" + expectedId + "'");
        }
        List<Section> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        for (int s = 0; s < root.get("sections").size(); s++) {
            JsonNode node = root.get("sections").get(s);
            String at = "$.sections[" + s + "]";
            if (!sectionIds.add(node.get("id").asText())) problems.add(at + ".id: duplicate section id '" + node.get("id").asText() + "'");
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < node.get("questions").size(); i++) {
                questions.add(question(node.get("questions").get(i), at + ".questions[" + i + "]", false, problems));
            }
            sections.add(new Section(node.get("id").asText(), text(node.get("title")), text(node.get("help")), List.copyOf(questions)));
        }
        Questionnaire questionnaire = new Questionnaire(root.get("id").asText(), root.get("version").asText(),
                text(root.get("title")), List.copyOf(sections), root);
        checkIdsAndConditions(questionnaire, problems);
        return problems.isEmpty() ? questionnaire : null;
    }

    private Question question(JsonNode node, String at, boolean inGroup, List<String> problems) {
        QuestionType type = QuestionType.fromJson(node.get("type").asText());
        Double min = node.has("min") ? node.get("min").asDouble() : null;
        Double max = node.has("max") ? node.get("max").asDouble() : null;
        if (min != null && max != null && min > max) problems.add(at + ": min " + min + " is greater than max " + max);
        if (type == QuestionType.SCALE && (min != Math.rint(min) || max != Math.rint(max))) {
            problems.add(at + ": a scale needs whole-number min and max");
        }
        List<Option> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        JsonNode optionNodes = node.path("options");
        for (int i = 0; i < optionNodes.size(); i++) {
            JsonNode o = optionNodes.get(i);
            if (!values.add(o.get("value").asText())) {
                problems.add(at + ".options[" + i + "].value: duplicate option '" + o.get("value").asText() + "'");
            }
            options.add(new Option(o.get("value").asText(), text(o.get("label"))));
        }
        List<Question> subs = new ArrayList<>();
        if (type == QuestionType.GROUP) {
            if (inGroup) problems.add(at + ": a group cannot contain another group");
            Set<String> subIds = new HashSet<>();
            for (int i = 0; i < node.get("questions").size(); i++) {
                Question sub = question(node.get("questions").get(i), at + ".questions[" + i + "]", true, problems);
                if (!subIds.add(sub.id())) problems.add(at + ".questions[" + i + "].id: duplicate id '" + sub.id() + "' in the group");
                subs.add(sub);
            }
        }
        Integer minItems = node.has("minItems") ? node.get("minItems").asInt() : null;
        Integer maxItems = node.has("maxItems") ? node.get("maxItems").asInt() : null;
        if (minItems != null && maxItems != null && minItems > maxItems) problems.add(at + ": minItems is greater than maxItems");
        return new Question(node.get("id").asText(), type, text(node.get("label")), text(node.get("help")),
                node.path("required").asBoolean(false), node.has("brief") ? node.get("brief").asInt() : null,
                node.has("unit") ? node.get("unit").asText() : null, min, max,
                node.has("maxLength") ? node.get("maxLength").asInt() : null, List.copyOf(options),
                node.has("optionsFrom") ? new OptionsSource(node.get("optionsFrom").get("group").asText(),
                        node.get("optionsFrom").get("question").asText()) : null,
                node.has("showIf") ? Condition.parse(node.get("showIf")) : null, minItems, maxItems, List.copyOf(subs));
    }

    /** Ids unique across the questionnaire, and every condition naming a question it can see. */
    private static void checkIdsAndConditions(Questionnaire q, List<String> problems) {
        Map<String, Long> counts = q.questions().collect(Collectors.groupingBy(Question::id, Collectors.counting()));
        counts.forEach((id, n) -> {
            if (n > 1) problems.add("question id '" + id + "' is used " + n + " times");
        });
        Function<String, Boolean> topLevel = counts::containsKey;
        q.questions().forEach(question -> {
            checkCondition(question, topLevel, problems);
            for (Question sub : question.questions()) {
                checkCondition(sub, id -> question.sub(id).isPresent() || topLevel.apply(id), problems);
                checkOptionsSource(q, sub, problems);
            }
            checkOptionsSource(q, question, problems);
        });
    }

    /** The answers a choice takes its options from must be texts of a group the document can hold. */
    private static void checkOptionsSource(Questionnaire q, Question question, List<String> problems) {
        OptionsSource from = question.optionsFrom();
        if (from == null) return;
        Optional<Question> source = q.question(from.group()).filter(g -> g.type() == QuestionType.GROUP).flatMap(g -> g.sub(from.question()));
        if (source.isEmpty() || source.get().type() != QuestionType.TEXT) {
            problems.add("question '" + question.id() + "': optionsFrom names " + from + ", which is not a text question of a group");
        }
    }

    private static void checkCondition(Question question, Function<String, Boolean> visible, List<String> problems) {
        if (question.showIf() == null) return;
        question.showIf().questions().forEach(id -> {
            if (id.equals(question.id())) problems.add("question '" + question.id() + "': showIf refers to the question itself");
            else if (!visible.apply(id)) problems.add("question '" + question.id() + "': showIf refers to unknown question '" + id + "'");
        });
    }

    private static Text text(JsonNode node) {
        return node == null ? null : new Text(node.get("en").asText(), node.get("ru").asText());
    }
}
