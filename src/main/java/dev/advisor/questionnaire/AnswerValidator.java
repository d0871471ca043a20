package dev.advisor.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks an answers document against its questionnaire and returns every problem at once, each
 * naming its path and what was expected. Required answers are demanded only of a {@code complete}
 * brief, so drafts can be saved half-filled. An answer to a question its show-if condition hides is
 * dropped with a warning rather than rejected: the user changed an earlier answer, and the rules must
 * not reason over what the form no longer shows.
 */
public final class AnswerValidator {
    public static final String DRAFT = "draft";
    public static final String COMPLETE = "complete";
    /** Where a questionnaire sets no maximum, a repeating group or list still cannot grow without end. */
    static final int DEFAULT_MAX_ITEMS = 200;
    /**
     * The most problems one answer lists. A hostile document can be wrong in a hundred thousand places
     * at once; past this many, one more problem says how many were left out, so the answer stays small.
     */
    static final int MOST_PROBLEMS = 100;

    private static final Set<String> DOCUMENT_FIELDS = Set.of("questionnaire", "status", "answers");

    private final Questionnaires questionnaires;

    public AnswerValidator(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    public ValidatedAnswers validate(JsonNode document) throws AnswersInvalidException, UnknownQuestionnaireException {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        if (document == null || !document.isObject()) {
            throw new AnswersInvalidException(List.of(new Problem("$",
                    "expected an object {\"questionnaire\": ..., \"status\": ..., \"answers\": {...}}")), List.of());
        }
        document.fieldNames().forEachRemaining(field -> {
            if (!DOCUMENT_FIELDS.contains(field)) errors.add(new Problem(field, "unknown field; expected questionnaire, status and answers"));
        });
        JsonNode id = document.get("questionnaire");
        if (id == null || !id.isTextual()) {
            errors.add(new Problem("questionnaire", "required: the id of a questionnaire, as a string"));
            throw new AnswersInvalidException(errors, warnings);
        }
        Questionnaire questionnaire = questionnaires.get(id.asText())
                .orElseThrow(() -> new UnknownQuestionnaireException(id.asText()));
        JsonNode status = document.get("status");
        if (status == null || !status.isTextual() || !(status.asText().equals(DRAFT) || status.asText().equals(COMPLETE))) {
            errors.add(new Problem("status", "expected \"draft\" or \"complete\""));
        }
        boolean complete = status != null && COMPLETE.equals(status.asText());
        JsonNode answers = document.get("answers");
        ObjectNode accepted = JsonNodeFactory.instance.objectNode();
        if (answers == null || !answers.isObject()) {
            errors.add(new Problem("answers", "required: an object of answers by question id"));
        } else {
            new Pass(questionnaire, complete, answers, errors, warnings).run(accepted);
        }
        if (!errors.isEmpty()) throw new AnswersInvalidException(atMost(errors), atMost(warnings));
        return new ValidatedAnswers(questionnaire, status.asText(), accepted, List.copyOf(atMost(warnings)));
    }

    private static List<Problem> atMost(List<Problem> problems) {
        if (problems.size() <= MOST_PROBLEMS) return problems;
        List<Problem> listed = new ArrayList<>(problems.subList(0, MOST_PROBLEMS));
        listed.add(new Problem("$", (problems.size() - MOST_PROBLEMS) + " more problem(s) of the same document not listed"));
        return listed;
    }

    /** One validation of one document. */
    private static final class Pass {
        private final Questionnaire questionnaire;
        private final boolean complete;
        private final List<Problem> errors;
        private final List<Problem> warnings;
        private final JsonNode answers;
        /** The options of each answers-drawn choice, collected once per document when first needed. */
        private final Map<OptionsSource, Set<String>> drawnOptions = new HashMap<>();

        Pass(Questionnaire questionnaire, boolean complete, JsonNode answers, List<Problem> errors, List<Problem> warnings) {
            this.questionnaire = questionnaire;
            this.complete = complete;
            this.answers = answers;
            this.errors = errors;
            this.warnings = warnings;
        }

        void run(ObjectNode accepted) {
            Set<String> rejected = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> answer = it.next();
                String path = answer.getKey();
                var question = questionnaire.question(answer.getKey());
                if (question.isEmpty()) {
                    errors.add(new Problem(path, "unknown question id in questionnaire '" + questionnaire.id() + "'"));
                } else if (!answer.getValue().isNull()) {
                    JsonNode value = check(question.get(), answer.getValue(), path);
                    if (value != null) accepted.set(answer.getKey(), value);
                    else rejected.add(answer.getKey());
                }
            }
            // Visibility in questionnaire order: a hidden answer is removed before later conditions read it.
            questionnaire.questions().forEach(question -> {
                if (!visible(question.showIf(), accepted::get)) {
                    if (accepted.remove(question.id()) != null) hidden(question.id());
                } else if (question.type() == QuestionType.GROUP && accepted.has(question.id())) {
                    items(question, (ArrayNode) accepted.get(question.id()), accepted);
                } else if (!rejected.contains(question.id())) {
                    // a rejected answer has its own error; "required" on top would count it twice
                    requireIfComplete(question, accepted.get(question.id()), question.id());
                }
            });
        }

        /** Type, range and option checks; returns the value to keep, or null after reporting an error. */
        private JsonNode check(Question q, JsonNode v, String path) {
            switch (q.type()) {
                case TEXT, LONGTEXT -> {
                    if (!v.isTextual()) return expected(path, "a string");
                    if (v.asText().length() > q.textLimit()) return expected(path, "at most " + q.textLimit() + " characters");
                }
                case INTEGER, SCALE -> {
                    if (!v.isNumber() || v.asDouble() != Math.rint(v.asDouble())) return expected(path, "a whole number");
                    if (Math.abs(v.asDouble()) > Integer.MAX_VALUE) return expected(path, "a whole number of at most " + Integer.MAX_VALUE);
                    if (!inRange(q, v.asDouble())) return expected(path, range(q));
                }
                case NUMBER, MONEY, PERCENT -> {
                    if (!v.isNumber() || !Double.isFinite(v.asDouble())) return expected(path, "a number");
                    if (!inRange(q, v.asDouble())) return expected(path, range(q));
                }
                case BOOLEAN -> {
                    if (!v.isBoolean()) return expected(path, "true or false");
                }
                case CHOICE -> {
                    if (!v.isTextual() || !isOption(q, v.asText())) return expected(path, "one of " + optionList(q));
                }
                case MULTICHOICE -> {
                    return list(q, v, path, item -> item.isTextual() && isOption(q, item.asText()), () -> "one of " + optionList(q));
                }
                case TEXTLIST -> {
                    return list(q, v, path, item -> item.isTextual() && item.asText().length() <= q.textLimit(),
                            () -> "a string of at most " + q.textLimit() + " characters");
                }
                case GROUP -> {
                    return group(q, v, path);
                }
            }
            return v;
        }

        /** A list answer; {@code itemExpected} is built only for an error, as validation runs on every request. */
        private JsonNode list(Question q, JsonNode v, String path, Function<JsonNode, Boolean> itemOk, Supplier<String> itemExpected) {
            if (!v.isArray()) {
                return expected(path, q.type() == QuestionType.TEXTLIST ? "a list of strings" : "a list of options, each " + itemExpected.get());
            }
            boolean ok = countOk(q, v.size(), path, complete ? q.min() : null, q.max());
            // Past the maximum the list is refused as a whole: its items are not worth a problem each.
            if (v.size() > (q.max() == null ? DEFAULT_MAX_ITEMS : q.max())) return null;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                if (!itemOk.apply(item)) {
                    expected(path + "[" + i + "]", itemExpected.get());
                    ok = false;
                } else if (q.type() == QuestionType.MULTICHOICE && !seen.add(item.asText())) {
                    errors.add(new Problem(path + "[" + i + "]", "'" + item.asText() + "' is chosen twice"));
                    ok = false;
                }
            }
            return ok ? v : null;
        }

        private JsonNode group(Question q, JsonNode v, String path) {
            if (!v.isArray()) return expected(path, "a list of items, each an object of answers");
            Double min = q.minItems() == null ? null : q.minItems().doubleValue();
            double max = q.maxItems() == null ? DEFAULT_MAX_ITEMS : q.maxItems();
            boolean ok = countOk(q, v.size(), path, complete ? min : null, max);
            if (v.size() > max) return null;
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < v.size(); i++) {
                String at = path + "[" + i + "]";
                JsonNode item = v.get(i);
                if (!item.isObject()) {
                    expected(at, "an object of answers to " + subIds(q));
                    ok = false;
                    continue;
                }
                ObjectNode kept = JsonNodeFactory.instance.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> sub = it.next();
                    var subQuestion = q.sub(sub.getKey());
                    if (subQuestion.isEmpty()) {
                        errors.add(new Problem(at + "." + sub.getKey(), "unknown question id in group '" + q.id() + "'; expected one of " + subIds(q)));
                        ok = false;
                    } else if (!sub.getValue().isNull()) {
                        JsonNode value = check(subQuestion.get(), sub.getValue(), at + "." + sub.getKey());
                        if (value == null) ok = false;
                        else kept.set(sub.getKey(), value);
                    }
                }
                items.add(kept);
            }
            return ok ? items : null;
        }

        /** Sub-question visibility and required answers, item by item. */
        private void items(Question group, ArrayNode items, ObjectNode accepted) {
            for (int i = 0; i < items.size(); i++) {
                ObjectNode item = (ObjectNode) items.get(i);
                Function<String, JsonNode> lookup = id -> group.sub(id).isPresent() ? item.get(id) : accepted.get(id);
                for (Question sub : group.questions()) {
                    String path = group.id() + "[" + i + "]." + sub.id();
                    if (!visible(sub.showIf(), lookup)) {
                        if (item.remove(sub.id()) != null) hidden(path);
                    } else {
                        requireIfComplete(sub, item.get(sub.id()), path);
                    }
                }
            }
        }

        private boolean countOk(Question q, int size, String path, Double min, Double max) {
            double upper = max == null ? DEFAULT_MAX_ITEMS : max;
            if (size > upper || (min != null && size < min)) {
                String bounds = min == null ? "at most " + (long) upper : "from " + min.longValue() + " to " + (long) upper;
                errors.add(new Problem(path, "expected " + bounds + " items, got " + size));
                return false;
            }
            return true;
        }

        private void requireIfComplete(Question q, JsonNode value, String path) {
            if (complete && q.required() && Condition.isEmpty(value)) {
                errors.add(new Problem(path, "required: a complete brief needs an answer (" + q.label().en() + ")"));
            }
        }

        private void hidden(String path) {
            warnings.add(new Problem(path, "answer dropped: the question is hidden by its show-if condition"));
        }

        private JsonNode expected(String path, String what) {
            errors.add(new Problem(path, "expected " + what));
            return null;
        }

        private static boolean visible(Condition showIf, Function<String, JsonNode> answers) {
            return showIf == null || showIf.test(answers);
        }

        private static boolean inRange(Question q, double v) {
            return (q.min() == null || v >= q.min()) && (q.max() == null || v <= q.max());
        }

        private static String range(Question q) {
            String unit = q.unit() == null ? "" : " " + q.unit();
            if (q.min() != null && q.max() != null) return "a value from " + Numbers.format(q.min()) + " to " + Numbers.format(q.max()) + unit;
            if (q.min() != null) return "a value of at least " + Numbers.format(q.min()) + unit;
            return "a value of at most " + Numbers.format(q.max()) + unit;
        }

        private boolean isOption(Question q, String value) {
            return q.optionsFrom() == null ? q.hasOption(value) : drawnOptions(q.optionsFrom()).contains(value);
        }

        /** The texts the document gives to the source sub-question, as written (they are names the user typed). */
        private Set<String> drawnOptions(OptionsSource from) {
            return drawnOptions.computeIfAbsent(from, f -> {
                Set<String> values = new LinkedHashSet<>();
                JsonNode items = answers.get(f.group());
                if (items != null && items.isArray()) {
                    items.forEach(item -> {
                        JsonNode value = item.get(f.question());
                        if (value != null && value.isTextual() && !value.asText().isBlank()) values.add(value.asText());
                    });
                }
                return values;
            });
        }

        private String optionList(Question q) {
            if (q.optionsFrom() != null) {
                return "the " + q.optionsFrom() + " answers of this document " + drawnOptions(q.optionsFrom()).stream().map(v -> "\"" + v + "\"").toList();
            }
            return q.options().stream().map(o -> "\"" + o.value() + "\"").toList().toString();
        }

        private static String subIds(Question group) {
            return group.questions().stream().map(Question::id).toList().toString();
        }
    }
}
