package dev.advisor.questionnaire;

/** A choice option: the stored value and its label. */
public record Option(String value, Text label) {
}
