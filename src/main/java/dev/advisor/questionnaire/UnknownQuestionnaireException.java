package dev.advisor.questionnaire;

/** An answers document that names a questionnaire nobody loaded. */
public class UnknownQuestionnaireException extends Exception {
    private final String id;

    public UnknownQuestionnaireException(String id) {
        super("unknown questionnaire '" + id + "'");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
