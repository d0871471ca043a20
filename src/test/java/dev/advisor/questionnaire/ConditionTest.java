package dev.advisor.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.app.Json;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionTest {
    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    private static boolean holds(String condition, String answers) throws Exception {
        JsonNode values = json(answers);
        Function<String, JsonNode> lookup = values::get;
        return Condition.parse(json(condition)).test(lookup);
    }

    @Test
    void equalsComparesValuesAndNumbersByValue() throws Exception {
        assertTrue(holds("{\"question\": \"a\", \"equals\": true}", "{\"a\": true}"));
        assertFalse(holds("{\"question\": \"a\", \"equals\": true}", "{\"a\": false}"));
        assertTrue(holds("{\"question\": \"n\", \"equals\": 3}", "{\"n\": 3.0}"));
    }

    @Test
    void equalsOnAListMeansContains() throws Exception {
        assertTrue(holds("{\"question\": \"m\", \"equals\": \"x\"}", "{\"m\": [\"y\", \"x\"]}"));
        assertFalse(holds("{\"question\": \"m\", \"equals\": \"z\"}", "{\"m\": [\"y\", \"x\"]}"));
    }

    @Test
    void inMatchesAnyListedValue() throws Exception {
        assertTrue(holds("{\"question\": \"s\", \"in\": [\"moderate\", \"strong\"]}", "{\"s\": \"strong\"}"));
        assertFalse(holds("{\"question\": \"s\", \"in\": [\"moderate\", \"strong\"]}", "{\"s\": \"none\"}"));
    }

    @Test
    void notEmptyRejectsMissingBlankAndEmptyList() throws Exception {
        String c = "{\"question\": \"t\", \"notEmpty\": true}";
        assertTrue(holds(c, "{\"t\": \"x\"}"));
        assertFalse(holds(c, "{}"));
        assertFalse(holds(c, "{\"t\": \"  \"}"));
        assertFalse(holds(c, "{\"t\": []}"));
    }

    @Test
    void greaterAndLessCompareNumbersOnly() throws Exception {
        assertTrue(holds("{\"question\": \"n\", \"greater\": 5}", "{\"n\": 6}"));
        assertFalse(holds("{\"question\": \"n\", \"greater\": 5}", "{\"n\": 5}"));
        assertTrue(holds("{\"question\": \"n\", \"less\": 5}", "{\"n\": 4}"));
        assertFalse(holds("{\"question\": \"n\", \"less\": 5}", "{\"n\": \"4\"}"));
    }

    @Test
    void allAnyAndNotCombine() throws Exception {
        String all = "{\"all\": [{\"question\": \"a\", \"equals\": true}, {\"question\": \"b\", \"equals\": true}]}";
        assertTrue(holds(all, "{\"a\": true, \"b\": true}"));
        assertFalse(holds(all, "{\"a\": true}"));
        String any = "{\"any\": [{\"question\": \"a\", \"equals\": true}, {\"question\": \"b\", \"equals\": true}]}";
        assertTrue(holds(any, "{\"b\": true}"));
        assertTrue(holds("{\"not\": {\"question\": \"a\", \"equals\": true}}", "{}"));
    }
}
