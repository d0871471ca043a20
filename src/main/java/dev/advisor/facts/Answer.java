package dev.advisor.facts;

import dev.advisor.questionnaire.Numbers;

import java.util.List;

/**
 * One answered question, whatever the questionnaire: the generic fact that lets a consultant add a
 * question and a rule using it without touching Java.
 *
 * <p>{@code question} is the question id, or {@code group.sub} for a sub-question of a repeating
 * group, in which case {@code group} and {@code index} say which item. Exactly the view that fits the
 * question's type is filled: {@code text} (texts and choices), {@code number} (numeric types and, for a
 * group, its item count), {@code flag} (booleans), {@code choices} (multiple choice and text lists).
 */
public record Answer(String question, String path, String group, int index,
                     String text, Double number, Boolean flag, List<String> choices) {

    /** The answer as evidence for a recommendation. */
    public Because because() {
        return new Because(path, display());
    }

    /** The value as a person would read it. */
    public String display() {
        if (flag != null) return flag ? "yes" : "no";
        if (choices != null) return String.join(", ", choices);
        if (text != null) return text;
        if (number != null) return Numbers.format(number);
        return "";
    }
}
