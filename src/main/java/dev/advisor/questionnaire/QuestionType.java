package dev.advisor.questionnaire;

import java.util.Arrays;

/** The kinds of question; {@link #json()} is the name used in questionnaire files. */
public enum QuestionType {
    TEXT, LONGTEXT, INTEGER, NUMBER, MONEY, PERCENT, BOOLEAN, CHOICE, MULTICHOICE, SCALE, TEXTLIST, GROUP;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static QuestionType fromJson(String name) {
        return Arrays.stream(values()).filter(t -> t.json().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown question type " + name));
    }
}
