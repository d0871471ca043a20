package dev.advisor.questionnaire;

import java.util.Arrays;

/** The kinds of question; {@link #json()} is the name used in questionnaire files. */
public enum QuestionType {
    TEXT, LONGTEXT, INTEGER, NUMBER, MONEY, PERCENT, BOOLEAN, CHOICE, MULTICHOICE, SCALE, TEXTLIST, GROUP;

    public String json() {
        return name().toLowerCase();
    }

    public boolean numeric() {
        return this == INTEGER || this == NUMBER || this == MONEY || this == PERCENT || this == SCALE;
    }

    public boolean wholeNumber() {
        return this == INTEGER || this == SCALE;
    }

    public boolean textual() {
        return this == TEXT || this == LONGTEXT;
    }

    static QuestionType fromJson(String name) {
        return Arrays.stream(values()).filter(t -> t.json().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown question type " + name));
    }
}
