package dev.advisor.questionnaire;

/** A text in the two languages every questionnaire carries. */
public record Text(String en, String ru) {
}
