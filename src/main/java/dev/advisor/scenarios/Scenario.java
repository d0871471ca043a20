package dev.advisor.scenarios;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One scenario of a scenario file: a partial brief ({@code given}, the answers object of a draft) and
 * what must follow. {@code expect} and {@code expectNot} name finding ids (recommendation ids, stage
 * verdicts such as {@code funnel.stage.retention.empty}, SWOT item ids...); a {@code *} in an id
 * matches any run of characters ({@code funnel.stage.*.covered}). {@code rulesFired} and
 * {@code rulesSilent} name rules.
 */
public record Scenario(String file, String name, String questionnaire, JsonNode given, List<String> expect,
                       List<String> expectNot, List<String> rulesFired, List<String> rulesSilent) {

    /** The brief the scenario evaluates: its answers as a draft, so only what matters needs giving. */
    JsonNode document(com.fasterxml.jackson.databind.ObjectMapper json) {
        var document = json.createObjectNode();
        document.put("questionnaire", questionnaire);
        document.put("status", "draft");
        document.set("answers", given);
        return document;
    }

    static boolean matches(String pattern, String id) {
        if (!pattern.contains("*")) return pattern.equals(id);
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) regex.append(".*");
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return id.matches(regex.toString());
    }
}
