package dev.advisor.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded, checked questionnaire. {@code definition} is the file as written, served to browsers
 * unchanged so they render exactly what the server validates against.
 */
public record Questionnaire(String id, String version, Text title, List<Section> sections, JsonNode definition,
                            Map<String, Question> byId) {

    public Questionnaire(String id, String version, Text title, List<Section> sections, JsonNode definition) {
        this(id, version, title, sections, definition, index(sections));
    }

    /** Top-level questions in the order they appear, section by section. */
    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    /** A top-level question by id; validation asks this for every answer, so it is a lookup, not a scan. */
    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static Map<String, Question> index(List<Section> sections) {
        Map<String, Question> byId = new HashMap<>();
        sections.forEach(section -> section.questions().forEach(q -> byId.putIfAbsent(q.id(), q)));
        return Map.copyOf(byId);
    }
}
