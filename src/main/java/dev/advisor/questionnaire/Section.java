package dev.advisor.questionnaire;

import java.util.List;

/** A section of a questionnaire: a page of the form. */
public record Section(String id, Text title, Text help, List<Question> questions) {
}
