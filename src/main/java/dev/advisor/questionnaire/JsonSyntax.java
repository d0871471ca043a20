package dev.advisor.questionnaire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** How every part of the advisor reads a JSON file and describes one that does not parse. */
public final class JsonSyntax {
    private JsonSyntax() {
    }

    /** {@code " at line 3, column 5: <parser message>"}, to follow "not valid JSON". */
    public static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return where + ": " + e.getOriginalMessage();
    }

    /**
     * A file's JSON (a missing node for an empty file), or null after telling {@code problem} why there
     * is none: "not valid JSON at line L, column C: ..." or "cannot be read: ...". Callers put the
     * file's name in front.
     */
    public static JsonNode read(ObjectMapper json, Path file, Consumer<String> problem) {
        try {
            return read(json, Files.readAllBytes(file), problem);
        } catch (IOException e) {
            problem.accept("cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** As {@link #read(ObjectMapper, Path, Consumer)}, for a file already read. */
    public static JsonNode read(ObjectMapper json, byte[] content, Consumer<String> problem) {
        try {
            JsonNode root = json.readTree(content);
            return root == null ? MissingNode.getInstance() : root;
        } catch (JsonProcessingException e) {
            problem.accept("not valid JSON" + describe(e));
        } catch (IOException e) {
            problem.accept("cannot be read: " + e.getMessage());
        }
        return null;
    }
}
