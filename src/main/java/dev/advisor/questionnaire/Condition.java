package dev.advisor.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A structured show-if condition. Deliberately not an expression language: the same few comparisons
 * are implemented here and in the browser, so both always agree on what is shown.
 *
 * <p>A question with no answer fails every comparison except {@code not}. Against a multiple-choice or
 * text-list answer, {@code equals} means "contains" and {@code in} means "shares a value".
 */
public sealed interface Condition {

    /** Evaluates against answers looked up by question id (a missing answer is {@code null}). */
    boolean test(Function<String, JsonNode> answers);

    /** The question ids this condition reads. */
    Stream<String> questions();

    record Equals(String question, JsonNode value) implements Condition {
        public boolean test(Function<String, JsonNode> answers) {
            return anyValue(answers.apply(question), v -> same(v, value));
        }

        public Stream<String> questions() {
            return Stream.of(question);
        }
    }

    record In(String question, List<JsonNode> values) implements Condition {
        public boolean test(Function<String, JsonNode> answers) {
            return anyValue(answers.apply(question), v -> values.stream().anyMatch(x -> same(v, x)));
        }

        public Stream<String> questions() {
            return Stream.of(question);
        }
    }

    record NotEmpty(String question) implements Condition {
        public boolean test(Function<String, JsonNode> answers) {
            return !isEmpty(answers.apply(question));
        }

        public Stream<String> questions() {
            return Stream.of(question);
        }
    }

    record Greater(String question, double bound) implements Condition {
        public boolean test(Function<String, JsonNode> answers) {
            JsonNode v = answers.apply(question);
            return v != null && v.isNumber() && v.asDouble() > bound;
        }

        public Stream<String> questions() {
            return Stream.of(question);
        }
    }

    record Less(String question, double bound) implements Condition {
        public boolean test(Function<String, JsonNode> answers) {
            JsonNode v = answers.apply(question);
            return v != null && v.isNumber() && v.asDouble() < bound;
        }

        public Stream<String> questions() {
            return Stream.of(question);
        }
    }

    record All(List<Condition> conditions) implements Condition {
        public boolean test(Function<String, JsonNode> answers) {
            return conditions.stream().allMatch(c -> c.test(answers));
        }

        public Stream<String> questions() {
            return conditions.stream().flatMap(Condition::questions);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public boolean test(Function<String, JsonNode> answers) {
            return conditions.stream().anyMatch(c -> c.test(answers));
        }

        public Stream<String> questions() {
            return conditions.stream().flatMap(Condition::questions);
        }
    }

    record Not(Condition condition) implements Condition {
        public boolean test(Function<String, JsonNode> answers) {
            return !condition.test(answers);
        }

        public Stream<String> questions() {
            return condition.questions();
        }
    }

    /** Whether a value counts as no answer: missing, null, blank text, empty list. */
    static boolean isEmpty(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return true;
        if (v.isTextual()) return v.asText().isBlank();
        if (v.isContainerNode()) return v.isEmpty();
        return false;
    }

    private static boolean anyValue(JsonNode v, java.util.function.Predicate<JsonNode> test) {
        if (v == null || v.isNull()) return false;
        if (v.isArray()) {
            for (JsonNode item : v) if (test.test(item)) return true;
            return false;
        }
        return test.test(v);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) return a.asDouble() == b.asDouble();
        return a.equals(b);
    }

    /** Reads a condition already checked against the schema. */
    static Condition parse(JsonNode node) {
        if (node.has("all")) return new All(list(node.get("all")));
        if (node.has("any")) return new Any(list(node.get("any")));
        if (node.has("not")) return new Not(parse(node.get("not")));
        String question = node.get("question").asText();
        if (node.has("equals")) return new Equals(question, node.get("equals"));
        if (node.has("in")) {
            return new In(question, Stream.iterate(0, i -> i < node.get("in").size(), i -> i + 1)
                    .map(i -> node.get("in").get(i)).toList());
        }
        if (node.has("greater")) return new Greater(question, node.get("greater").asDouble());
        if (node.has("less")) return new Less(question, node.get("less").asDouble());
        return new NotEmpty(question);
    }

    private static List<Condition> list(JsonNode array) {
        return Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(i -> parse(array.get(i))).toList();
    }
}
