package dev.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.facts.CatalogueTool;

import java.util.List;

/**
 * The vehicle-maker brief grown for the scaling curves: its segments repeated up to {@code n} (each
 * copy renamed, its needs in another order, so no two are the same segment), or its tools replaced
 * by {@code n} tools taken in turn from the catalogue with their own budgets and goals.
 */
final class ScaledBriefs {
    private ScaledBriefs() {
    }

    /** {@code shape} is {@code segments=N} or {@code tools=N}; {@code results} are the options of a tool's expected result. */
    static JsonNode of(String shape, List<CatalogueTool> catalogue, List<String> results) {
        String[] parts = shape.split("=");
        int n = Integer.parseInt(parts[1]);
        ObjectNode document = BenchFolders.example("vehicle-maker").deepCopy();
        ObjectNode answers = (ObjectNode) document.get("answers");
        switch (parts[0]) {
            case "segments" -> answers.set("segments", segments((ArrayNode) answers.get("segments"), n));
            case "tools" -> answers.set("tools", tools(catalogue, results, n));
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        }
        return document;
    }

    private static ArrayNode segments(ArrayNode originals, int n) {
        ArrayNode segments = originals.arrayNode();
        for (int i = 0; i < n; i++) {
            ObjectNode segment = ((ObjectNode) originals.get(i % originals.size())).deepCopy();
            if (i >= originals.size()) {
                segment.put("name", segment.get("name").asText() + " " + (i / originals.size() + 1));
                ArrayNode needs = (ArrayNode) segment.get("needs");
                if (needs != null && needs.size() > 1) needs.insert(0, needs.remove(needs.size() - 1 - i % needs.size()));
            }
            segments.add(segment);
        }
        return segments;
    }

    private static ArrayNode tools(List<CatalogueTool> catalogue, List<String> results, int n) {
        ArrayNode tools = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < n; i++) {
            ObjectNode tool = tools.addObject();
            tool.put("tool", catalogue.get(i % catalogue.size()).id());
            tool.put("monthly_budget", 10_000 + 1_000 * i);
            tool.put("months_running", 1 + i % 24);
            tool.put("expected_result", results.get(i % results.size()));
            tool.put("months_to_result", 1 + i % 12);
        }
        return tools;
    }
}
