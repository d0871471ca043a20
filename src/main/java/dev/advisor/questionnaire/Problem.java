package dev.advisor.questionnaire;

/** One problem with an answers document: where ({@code segments[2].needs}) and what was expected. */
public record Problem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
