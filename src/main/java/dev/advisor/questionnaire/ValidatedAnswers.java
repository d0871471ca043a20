package dev.advisor.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Answers that passed validation: only answers to visible questions, each of the right type.
 * {@code warnings} says what was dropped and why.
 */
public record ValidatedAnswers(Questionnaire questionnaire, String status, ObjectNode answers, List<Problem> warnings) {

    /** The answer to a top-level question, or {@code null}. */
    public JsonNode get(String questionId) {
        JsonNode v = answers.get(questionId);
        return v == null || v.isNull() ? null : v;
    }
}
