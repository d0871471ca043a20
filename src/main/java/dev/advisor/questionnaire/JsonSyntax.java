package dev.advisor.questionnaire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** How every part of the advisor describes a JSON document that does not parse. */
public final class JsonSyntax {
    private JsonSyntax() {
    }

    /** {@code " at line 3, column 5: <parser message>"}, to follow "not valid JSON". */
    public static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return where + ": " + e.getOriginalMessage();
    }
}
