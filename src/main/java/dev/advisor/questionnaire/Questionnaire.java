package dev.advisor.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded, checked questionnaire. {@code definition} is the file as written, served to browsers
 * unchanged so they render exactly what the server validates against.
 */
public record Questionnaire(String id, String version, Text title, List<Section> sections, JsonNode definition) {

    /** Top-level questions in the order they appear, section by section. */
    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String id) {
        return questions().filter(q -> q.id().equals(id)).findFirst();
    }
}
