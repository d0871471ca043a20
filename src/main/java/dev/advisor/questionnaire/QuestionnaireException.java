package dev.advisor.questionnaire;

import java.util.List;

/** Questionnaire files that cannot be used; every problem names its file and JSON path. */
public class QuestionnaireException extends Exception {
    private final List<String> problems;

    public QuestionnaireException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
