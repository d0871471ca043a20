package dev.advisor.facts;

/**
 * One answer a recommendation rests on: the answer's path in the brief ({@code segments[2].needs})
 * and its value as the user gave it.
 */
public record Because(String question, String value) {
    public static Because of(String question, Object value) {
        return new Because(question, value == null ? "" : String.valueOf(value));
    }
}
