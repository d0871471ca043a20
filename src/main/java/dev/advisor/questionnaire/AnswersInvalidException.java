package dev.advisor.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/** An answers document with errors; carries all of them, and the warnings found alongside. */
public class AnswersInvalidException extends Exception {
    private final List<Problem> errors;
    private final List<Problem> warnings;

    public AnswersInvalidException(List<Problem> errors, List<Problem> warnings) {
        super(errors.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    public List<Problem> errors() {
        return errors;
    }

    public List<Problem> warnings() {
        return warnings;
    }
}
