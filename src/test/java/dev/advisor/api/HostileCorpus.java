package dev.advisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.questionnaire.Question;
import dev.advisor.questionnaire.QuestionType;
import dev.advisor.questionnaire.Questionnaire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.advisor.api.TestHttp.JSON;

/**
 * Requests an attacker, a broken client or a fat finger would send, each with the status it must get
 * and a fragment the answer must contain to name its problem (in the message or in a problem's path
 * or message). Built from the questionnaire (a wrong type for every question) and from the example
 * briefs (random mutations, seeded so a failure can be replayed).
 */
final class HostileCorpus {
    static final long SEED = 20261201L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String EVALUATIONS = "/api/evaluations";
    private static final String JSON_TYPE = "application/json";

    /**
     * One hostile request. {@code head} is for requests written raw on the socket (the request line and
     * headers); the others go through the HTTP client with {@code contentType} and {@code body}.
     */
    record Case(String name, String method, String path, String contentType, byte[] body, String head,
                int status, String names) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Questionnaire questionnaire;
    private final Map<String, JsonNode> examples;
    private final Random random = new Random(SEED);
    private final List<Case> cases = new ArrayList<>();

    private HostileCorpus(Questionnaire questionnaire, Map<String, JsonNode> examples) {
        this.questionnaire = questionnaire;
        this.examples = examples;
    }

    static List<Case> build(Questionnaire questionnaire, Map<String, JsonNode> examples) {
        HostileCorpus corpus = new HostileCorpus(questionnaire, examples);
        corpus.malformedJson();
        corpus.truncatedBriefs();
        corpus.wrongTypeForEveryQuestion();
        corpus.deepNesting();
        corpus.hugeStringsAndNumbers();
        corpus.hugeArrays();
        corpus.unknownIds();
        corpus.wrongContentTypes();
        corpus.emptyAndNonObjectBodies();
        corpus.badHttp();
        corpus.mutatedExamples(120);
        return List.copyOf(corpus.cases);
    }

    // ------------------------------------------------------------------ kinds of hostile request

    private void malformedJson() {
        String[][] bodies = {
                {"an opening brace only", "{"}, {"a closing brace only", "}"}, {"a missing value", "{\"questionnaire\": }"},
                {"a missing colon", "{\"questionnaire\" \"business-brief\"}"}, {"an unclosed array", "[1, 2"},
                {"single quotes", "{'questionnaire': 'business-brief'}"}, {"a misspelt literal", "{\"status\": tru}"},
                {"a leading zero", "{\"answers\": {\"market_share\": 012}}"}, {"NaN", "{\"answers\": {\"market_share\": NaN}}"},
                {"Infinity", "{\"answers\": {\"market_share\": Infinity}}"}, {"a bare decimal point", "{\"answers\": {\"market_share\": .5}}"},
                {"a trailing comma", "{\"questionnaire\": \"business-brief\",}"}, {"a comment", "// a comment\n{}"},
                {"an unterminated string", "{\"questionnaire\": \"business-brief"}, {"a bad escape", "{\"questionnaire\": \"\\q\"}"},
                {"a raw control character in a string", "{\"questionnaire\": \"business\u0001brief\"}"},
                {"trailing garbage", "{\"questionnaire\": \"business-brief\"} x"}, {"two documents", "{}{}"},
                {"an unquoted key", "{questionnaire: \"business-brief\"}"}, {"a hex number", "{\"answers\": {\"market_share\": 0x10}}"},
                {"a plus sign", "{\"answers\": {\"market_share\": +5}}"}, {"a lone minus", "{\"answers\": {\"market_share\": -}}"},
        };
        for (String[] body : bodies) add("malformed JSON: " + body[0], json(body[1]), 400, "not valid JSON");
        add("malformed JSON: a duplicate key", json("{\"status\": \"draft\", \"status\": \"complete\"}"), 400, "Duplicate field");
        add("malformed JSON: an invalid UTF-8 byte", post(bytes("{\"questionnaire\": \"", new byte[]{(byte) 0xff, (byte) 0xfe}, "\"}")),
                400, "not valid UTF-8 at byte offset 19");
        add("malformed JSON: an overlong UTF-8 encoding", post(bytes("{\"questionnaire\": \"", new byte[]{(byte) 0xc0, (byte) 0xaf}, "\"}")),
                400, "not valid UTF-8 at byte offset 19");
        add("malformed JSON: a UTF-16 surrogate encoded in UTF-8", post(bytes("{\"questionnaire\": \"", new byte[]{(byte) 0xed, (byte) 0xa0, (byte) 0x80}, "\"}")),
                400, "not valid UTF-8 at byte offset 19");
        add("malformed JSON: a NUL byte between tokens", post(bytes("{", new byte[]{0}, "}")), 400, "not valid JSON");
    }

    /** Every example cut off at a few places: never a whole document. */
    private void truncatedBriefs() {
        examples.forEach((name, document) -> {
            String text = document.toString();
            int end = text.lastIndexOf('}');
            for (int i = 0; i < 4; i++) {
                int at = 1 + random.nextInt(end - 1);
                add("truncated: " + name + " cut at byte " + at, json(text.substring(0, at)), 400, "not valid JSON at line");
            }
        });
    }

    /** Two wrong values for every question and every sub-question, each refused at its own path. */
    private void wrongTypeForEveryQuestion() {
        questionnaire.questions().forEach(q -> {
            for (JsonNode wrong : wrongValues(q)) {
                ObjectNode answers = NODES.objectNode().set(q.id(), wrong);
                add("wrong type: " + q.type().json() + " " + q.id() + " = " + wrong, brief(answers), 422, q.id());
            }
            for (Question sub : q.questions()) {
                for (JsonNode wrong : wrongValues(sub)) {
                    ObjectNode item = NODES.objectNode().set(sub.id(), wrong);
                    ObjectNode answers = NODES.objectNode().set(q.id(), NODES.arrayNode().add(item));
                    String path = q.id() + "[0]." + sub.id();
                    add("wrong type: " + sub.type().json() + " " + path + " = " + wrong, brief(answers), 422, path);
                }
            }
        });
    }

    private List<JsonNode> wrongValues(Question q) {
        return switch (q.type()) {
            case TEXT, LONGTEXT -> List.of(NODES.numberNode(42), NODES.arrayNode().add("a list"));
            case INTEGER, SCALE -> List.of(NODES.textNode("12"), NODES.numberNode(1.5));
            case NUMBER, MONEY, PERCENT -> List.of(NODES.textNode("12"), NODES.booleanNode(true));
            case BOOLEAN -> List.of(NODES.textNode("yes"), NODES.numberNode(1));
            case CHOICE -> List.of(NODES.textNode("not-one-of-the-options"), NODES.numberNode(3));
            // a bare string where a list belongs; the first option, or for options drawn from other answers any text
            case MULTICHOICE -> List.of(NODES.textNode(q.options().isEmpty() ? "a single name" : q.options().get(0).value()),
                    NODES.arrayNode().add("not-an-option"));
            case TEXTLIST -> List.of(NODES.textNode("one line, not a list"), NODES.arrayNode().add(1).add(2));
            case GROUP -> List.of(NODES.objectNode(), NODES.arrayNode().add("not an object"));
        };
    }

    private void deepNesting() {
        add("deep nesting: 10,000 arrays", json("[".repeat(10_000) + "]".repeat(10_000)), 400, "exceeds a limit");
        add("deep nesting: 1,000 objects", json("{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000)), 400, "exceeds a limit");
        add("deep nesting: 40 arrays as an answer", json("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", "
                + "\"answers\": {\"segments\": " + "[".repeat(40) + "]".repeat(40) + "}}"), 400, "nesting depth");
        add("deep nesting: arrays within the limit as a group", json("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", "
                + "\"answers\": {\"segments\": " + "[".repeat(20) + "]".repeat(20) + "}}"), 422, "segments[0]");
        add("deep nesting: an object as a text answer", brief(NODES.objectNode().set("company_name",
                NODES.objectNode().set("a", NODES.objectNode().set("b", NODES.objectNode())))), 422, "company_name");
    }

    private void hugeStringsAndNumbers() {
        add("huge string: a text of 2,001 characters", brief(text("company_name", "x".repeat(2_001))), 422, "at most 2000 characters");
        add("huge string: a long text of 20,001 characters", brief(text("business_model", "x".repeat(20_001))), 422,
                "at most 20000 characters");
        add("huge string: a text of 1,000,001 characters", brief(text("company_name", "x".repeat(1_000_001))), 400, "exceeds a limit");
        add("huge string: a question id of 40,000 characters", brief(text("q".repeat(40_000), "x")), 422, "unknown question id");
        add("huge string: 1 MiB and more in one text", brief(text("business_model", "x".repeat(1_100_000))), 413, "larger than");
        add("huge number: 200 digits", json("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", \"answers\": "
                + "{\"market_share\": 1" + "0".repeat(200) + "}}"), 400, "exceeds a limit");
        add("huge number: past the range of a double", json("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", "
                + "\"answers\": {\"online_budget_monthly\": 1e400}}"), 422, "online_budget_monthly");
        add("huge number: a whole number past 32 bits", json("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", "
                + "\"answers\": {\"customer_base_size\": 99999999999}}"), 422, "customer_base_size");
        add("huge number: a negative percent", json("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", "
                + "\"answers\": {\"market_share\": -0.5}}"), 422, "market_share");
    }

    private void hugeArrays() {
        ArrayNode needs = NODES.arrayNode();
        for (int i = 0; i < 21; i++) needs.add("need " + i);
        add("huge array: 21 needs", brief(group("segments", NODES.objectNode().set("needs", needs))), 422, "at most 20 items");
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 100_000; i++) many.add(i);
        add("huge array: 100,000 numbers as needs, answered with one problem",
                brief(group("segments", NODES.objectNode().set("needs", many))), 422, "got 100000");
        ArrayNode segments = NODES.arrayNode();
        for (int i = 0; i < 51; i++) segments.add(NODES.objectNode().put("name", "segment " + i));
        add("huge array: 51 segments", brief(NODES.objectNode().set("segments", segments)), 422, "at most 50 items");
        ArrayNode objects = NODES.arrayNode();
        for (int i = 0; i < 100_000; i++) objects.add(NODES.arrayNode());
        add("huge array: 100,000 wrong items in a group", brief(NODES.objectNode().set("tools", objects)), 422, "at most 100 items");
        ArrayNode channels = NODES.arrayNode();
        for (int i = 0; i < 50_000; i++) channels.add("website");
        add("huge array: a multichoice of 50,000", brief(NODES.objectNode().set("sales_channels", channels)), 422, "sales_channels");
        ObjectNode unknown = NODES.objectNode();
        for (int i = 0; i < 20_000; i++) unknown.put("unknown_" + i, true);
        add("huge object: 20,000 unknown question ids, answered with a bounded list", brief(unknown), 422, "more problem(s)");
    }

    private void unknownIds() {
        add("unknown id: questionnaire", json("{\"questionnaire\": \"no-such-brief\", \"status\": \"draft\", \"answers\": {}}"),
                404, "no-such-brief");
        add("unknown id: question", brief(text("favourite_colour", "blue")), 422, "favourite_colour");
        add("unknown id: sub-question", brief(group("segments", NODES.objectNode().put("shoe_size", 42))), 422, "segments[0].shoe_size");
        add("unknown id: a tool not in the catalogue", brief(group("tools", NODES.objectNode().put("tool", "carrier_pigeons"))),
                422, "tools[0].tool");
        add("unknown id: a choice option", brief(text("customer_type", "martians")), 422, "customer_type");
        add("unknown id: a field beside the answers", json("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", "
                + "\"answers\": {}, \"extra\": 1}"), 422, "extra");
        add("unknown id: a status", json("{\"questionnaire\": \"business-brief\", \"status\": \"final\", \"answers\": {}}"), 422, "status");
        add("unknown id: questionnaire given as a number", json("{\"questionnaire\": 7, \"status\": \"draft\", \"answers\": {}}"),
                422, "questionnaire");
        add("unknown id: example brief", get("/api/examples/no-such-example"), 404, "no-such-example");
        add("unknown id: questionnaire by path", get("/api/questionnaires/no-such-brief"), 404, "no-such-brief");
        add("unknown id: route", get("/api/no-such-route"), 404, "not found");
        cases.add(new Case("unknown id: admin route", "POST", "/api/admin/no-such-thing", JSON_TYPE, new byte[0], null,
                404, "not found"));
    }

    private void wrongContentTypes() {
        byte[] valid = examples.values().iterator().next().toString().getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "application/jsonp", "application/json-patch+json", "text/json",
                "*/*", "application", "image/png")) {
            cases.add(new Case("wrong content type: " + type, "POST", EVALUATIONS, type, valid, null, 415, type.split(";")[0]));
        }
        cases.add(new Case("wrong content type: none", "POST", EVALUATIONS, null, valid, null, 415, "no content type"));
    }

    private void emptyAndNonObjectBodies() {
        add("empty body", json(""), 400, "empty");
        add("empty body: spaces only", json("   "), 400, "empty");
        add("empty body: newlines only", json("\n\n"), 400, "empty");
        for (String body : List.of("null", "[]", "\"business-brief\"", "42", "true", "[{\"questionnaire\": \"business-brief\"}]")) {
            add("not an object: " + body, json(body), 422, "expected an object");
        }
        add("no answers", json("{\"questionnaire\": \"business-brief\", \"status\": \"draft\"}"), 422, "answers");
        add("answers not an object", json("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", \"answers\": []}"),
                422, "answers");
    }

    /** Requests broken below JSON: methods, lengths, encodings, headers. Written raw where a client would refuse to. */
    private void badHttp() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            cases.add(new Case("method " + method + " on evaluations", method, EVALUATIONS, JSON_TYPE,
                    "{}".getBytes(StandardCharsets.UTF_8), null, 405, "method not allowed"));
        }
        add("method GET on evaluations", get(EVALUATIONS), 405, "method not allowed");
        raw("a declared length past the limit", "POST " + EVALUATIONS + " HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000000\r\nExpect: 100-continue", new byte[0], 413, "larger than");
        raw("a negative content length", "POST " + EVALUATIONS + " HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: -1", new byte[0], 400, "Content-Length");
        raw("a content length that is not a number", "POST " + EVALUATIONS + " HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: lots", new byte[0], 400, "Content-Length");
        raw("both a content length and chunked encoding", "POST " + EVALUATIONS + " HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nTransfer-Encoding: chunked", "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 400, "bad");
        raw("a broken chunk size", "POST " + EVALUATIONS + " HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
                "zz\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 400, "bad");
        raw("a bad percent escape in the path", "GET /api/questionnaires/%ZZ HTTP/1.1", new byte[0], 400, "bad");
        raw("a header without a colon", "GET /health HTTP/1.1\r\nThis is not a header", new byte[0], 400, "bad");
        raw("a huge header", "GET /health HTTP/1.1\r\nX-Filler: " + "x".repeat(20_000), new byte[0], 431, "Header");
        raw("a huge URL", "GET /api/examples/" + "x".repeat(20_000) + " HTTP/1.1", new byte[0], 414, "URI");
        raw("an unknown HTTP version", "GET /health HTTP/7.0", new byte[0], 400, "HTTP version");
    }

    /** The example briefs, each changed in one random place so as to be wrong in a known way. */
    private void mutatedExamples(int count) {
        List<String> names = new ArrayList<>(examples.keySet());
        for (int n = 0; n < count; n++) {
            String name = names.get(random.nextInt(names.size()));
            ObjectNode document = examples.get(name).deepCopy();
            ObjectNode answers = (ObjectNode) document.get("answers");
            int kind = random.nextInt(6);
            String label = "mutated " + name + " #" + n + ": ";
            switch (kind) {
                case 0 -> {
                    // a wrong type at a random answer
                    List<String> ids = new ArrayList<>();
                    answers.fieldNames().forEachRemaining(ids::add);
                    String id = ids.get(random.nextInt(ids.size()));
                    Question q = questionnaire.question(id).orElseThrow();
                    JsonNode wrong = wrongValues(q).get(random.nextInt(2));
                    answers.set(id, wrong);
                    add(label + "wrong type at " + id, post(document), 422, id);
                }
                case 1 -> {
                    // an unknown key at the top or in a group item
                    String group = randomGroup(answers);
                    if (group == null) {
                        answers.put("mutant_" + n, 1);
                        add(label + "unknown key mutant_" + n, post(document), 422, "mutant_" + n);
                    } else {
                        int at = random.nextInt(answers.get(group).size());
                        ((ObjectNode) answers.get(group).get(at)).put("mutant_" + n, 1);
                        add(label + "unknown key in " + group + "[" + at + "]", post(document), 422, group + "[" + at + "].mutant_" + n);
                    }
                }
                case 2 -> {
                    // a structural character replaced by one that is never valid outside a string
                    byte[] text = document.toString().getBytes(StandardCharsets.UTF_8);
                    List<Integer> structural = structuralPositions(text);
                    text[structural.get(random.nextInt(structural.size()))] = '#';
                    add(label + "a structural character replaced", post(text), 400, "not valid JSON");
                }
                case 3 -> {
                    // a number out of its range
                    List<Question> bounded = questionnaire.questions()
                            .filter(q -> q.max() != null && (q.type() == QuestionType.PERCENT || q.type() == QuestionType.SCALE))
                            .toList();
                    Question q = bounded.get(random.nextInt(bounded.size()));
                    answers.put(q.id(), q.max() + 1 + random.nextInt(1000));
                    add(label + q.id() + " past its maximum", post(document), 422, q.id());
                }
                case 4 -> {
                    // a text past its length
                    answers.put("company_name", "y".repeat(2_001 + random.nextInt(5_000)));
                    add(label + "company_name too long", post(document), 422, "company_name");
                }
                default -> {
                    // the status changed to a value no questionnaire knows
                    document.put("status", "status-" + random.nextInt(1_000));
                    add(label + "unknown status", post(document), 422, "status");
                }
            }
        }
    }

    private String randomGroup(ObjectNode answers) {
        List<String> groups = new ArrayList<>();
        answers.fields().forEachRemaining(e -> {
            if (e.getValue().isArray() && !e.getValue().isEmpty() && e.getValue().get(0).isObject()) groups.add(e.getKey());
        });
        return groups.isEmpty() || random.nextBoolean() ? null : groups.get(random.nextInt(groups.size()));
    }

    /** Where braces, brackets, colons and commas stand outside strings. */
    private static List<Integer> structuralPositions(byte[] text) {
        List<Integer> positions = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length; i++) {
            byte b = text[i];
            if (inString) {
                if (b == '\\') i++;
                else if (b == '"') inString = false;
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '}' || b == '[' || b == ']' || b == ':' || b == ',') {
                positions.add(i);
            }
        }
        return positions;
    }

    // ------------------------------------------------------------------ building requests

    private void add(String name, Case request, int status, String names) {
        cases.add(new Case(name, request.method(), request.path(), request.contentType(), request.body(), request.head(),
                status, names));
    }

    private void raw(String name, String head, byte[] body, int status, String names) {
        cases.add(new Case(name, null, null, null, body, head, status, names));
    }

    private static Case json(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Case post(byte[] body) {
        return new Case("", "POST", EVALUATIONS, JSON_TYPE, body, null, 0, "");
    }

    private static Case post(JsonNode document) {
        try {
            return post(JSON.writeValueAsBytes(document));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case get(String path) {
        return new Case("", "GET", path, null, null, null, 0, "");
    }

    private static Case brief(ObjectNode answers) {
        ObjectNode document = NODES.objectNode().put("questionnaire", "business-brief").put("status", "draft");
        document.set("answers", answers);
        return post(document);
    }

    private static ObjectNode text(String id, String value) {
        return NODES.objectNode().put(id, value);
    }

    private static ObjectNode group(String id, ObjectNode item) {
        return NODES.objectNode().set(id, NODES.arrayNode().add(item));
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
