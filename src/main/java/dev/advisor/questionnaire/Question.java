package dev.advisor.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * A question. Numeric bounds apply to the value; for multiple choice and text lists they bound the
 * number of items. A {@link QuestionType#GROUP} repeats its sub-questions once per item. A choice has
 * either fixed {@code options} or takes them {@code optionsFrom} other answers of the same document.
 */
public record Question(String id, QuestionType type, Text label, Text help, boolean required,
                       Integer brief, String unit, Double min, Double max, Integer maxLength,
                       List<Option> options, OptionsSource optionsFrom, Condition showIf, Integer minItems, Integer maxItems,
                       List<Question> questions) {

    /** Longest text accepted where a question sets none; long answers are for long-text questions. */
    public static final int DEFAULT_TEXT_LENGTH = 2_000;
    public static final int DEFAULT_LONGTEXT_LENGTH = 20_000;

    public int textLimit() {
        if (maxLength != null) return maxLength;
        return type == QuestionType.LONGTEXT ? DEFAULT_LONGTEXT_LENGTH : DEFAULT_TEXT_LENGTH;
    }

    public boolean hasOption(String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    public Optional<Question> sub(String subId) {
        return questions.stream().filter(q -> q.id().equals(subId)).findFirst();
    }
}
