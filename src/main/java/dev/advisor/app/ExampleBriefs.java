package dev.advisor.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advisor.questionnaire.JsonSyntax;
import dev.advisor.questionnaire.QuestionnaireException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The example briefs shipped in {@code questionnaires/examples/}, by id (the file name without
 * {@code .json}), for "load an example brief" in the browser. Read once at start-up like the
 * questionnaires; a file that is not JSON stops the start with its name and position.
 */
public final class ExampleBriefs {
    /** An example as a list shows it: its id and the company it describes. */
    public record Summary(String id, String name, String questionnaire) {
    }

    private final Map<String, JsonNode> documents;

    private ExampleBriefs(Map<String, JsonNode> documents) {
        this.documents = documents;
    }

    static ExampleBriefs load(Path folder, ObjectMapper json) throws QuestionnaireException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) return new ExampleBriefs(documents);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString();
                String shown = folder.getFileName() + "/" + name;
                JsonNode document = JsonSyntax.read(json, file, problem -> problems.add(shown + ": " + problem));
                if (document == null) continue;
                if (!document.isObject()) problems.add(shown + ": expected an answers document");
                else documents.put(name.substring(0, name.length() - ".json".length()), document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) throw new QuestionnaireException(problems);
        return new ExampleBriefs(documents);
    }

    public List<Summary> list() {
        return documents.entrySet().stream().map(e -> new Summary(e.getKey(),
                e.getValue().path("answers").path("company_name").asText(e.getKey()),
                e.getValue().path("questionnaire").asText(""))).toList();
    }

    /** The whole answers document; callers get a copy they may change. */
    public Optional<JsonNode> get(String id) {
        return Optional.ofNullable(documents.get(id)).map(JsonNode::deepCopy);
    }
}
