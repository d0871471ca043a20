package dev.advisor.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.TestFolders;
import dev.advisor.app.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerValidatorTest {
    private static final Path FIXTURES = Path.of("src/test/resources/answers");
    private final AnswerValidator validator = new AnswerValidator(TestFolders.shippedAdvisor().questionnaires());

    private static JsonNode fixture(String name) throws IOException {
        return Json.mapper().readTree(FIXTURES.resolve(name).toFile());
    }

    @Test
    void everyExampleBriefIsValidAndComplete() throws Exception {
        for (String example : TestFolders.exampleFiles().toList()) {
            // given a shipped example; when validated
            ValidatedAnswers answers = validator.validate(Json.mapper().readTree(TestFolders.EXAMPLES.resolve(example).toFile()));
            // then it passes as complete with nothing dropped
            assertEquals("complete", answers.status(), example);
            assertEquals(List.of(), answers.warnings(), example);
        }
    }

    @Test
    void anAnswerToAHiddenQuestionIsDroppedWithAWarning() throws Exception {
        // given crm_name answered although has_crm is false
        ValidatedAnswers answers = validator.validate(fixture("valid/answer-to-hidden-question.json"));
        // then the answer is gone and a warning names it
        assertFalse(answers.answers().has("crm_name"));
        assertEquals(List.of(new Problem("crm_name", "answer dropped: the question is hidden by its show-if condition")),
                answers.warnings());
        assertEquals("Acme", answers.get("company_name").asText());
    }

    @Test
    void aChoiceDrawnFromAnotherGroupAcceptsTheNamesEnteredThere() throws Exception {
        // given a benefit linked to two segments by the names the brief gives them
        ValidatedAnswers answers = validator.validate(fixture("valid/benefit-serves-entered-segments.json"));
        // then the link is kept as written
        assertEquals("[\"Hunters\",\"Fishermen\"]", answers.get("benefits").get(0).get("serves_segments").toString());
    }

    @Test
    void aDraftMayLeaveRequiredQuestionsUnanswered() throws Exception {
        ValidatedAnswers answers = validator.validate(fixture("valid/draft-missing-required-answers.json"));
        assertEquals("draft", answers.status());
    }

    @Test
    void aListPastItsMaximumIsRefusedWithOneProblemWhateverItsItems() throws Exception {
        // given a segment whose needs are 5,000 numbers, not 20 strings at most
        StringBuilder needs = new StringBuilder("1");
        for (int i = 1; i < 5_000; i++) needs.append(",").append(i);
        JsonNode document = Json.mapper().readTree("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", "
                + "\"answers\": {\"segments\": [{\"needs\": [" + needs + "]}]}}");
        // when validated, then one problem names the list and its size
        AnswersInvalidException e = assertThrows(AnswersInvalidException.class, () -> validator.validate(document));
        assertEquals(List.of(new Problem("segments[0].needs", "expected at most 20 items, got 5000")), e.errors());
    }

    @Test
    void problemsPastAHundredAreCountedRatherThanListed() throws Exception {
        // given 150 unknown question ids
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < 150; i++) answers.append(i == 0 ? "" : ",").append("\"unknown_").append(i).append("\": 1");
        JsonNode document = Json.mapper().readTree("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", "
                + "\"answers\": {" + answers + "}}");
        // when validated, then the first hundred are listed and one more problem counts the rest
        AnswersInvalidException e = assertThrows(AnswersInvalidException.class, () -> validator.validate(document));
        assertEquals(101, e.errors().size());
        assertEquals(new Problem("$", "50 more problem(s) of the same document not listed"), e.errors().get(100));
    }

    @Nested
    class RejectsEachDefectNamingItsPath {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                unknown-question-id                       | favourite_colour      | unknown question id
                text-given-a-number                       | company_name          | expected a string
                text-longer-than-its-limit                | company_name          | at most 2000 characters
                integer-given-a-fraction                  | deal_length_days      | expected a whole number
                integer-below-its-minimum                 | customer_base_size    | at least 0
                integer-beyond-whole-number-range         | customer_base_size    | at most 2147483647
                percent-above-its-maximum                 | market_share          | from 0 to 100 %
                money-given-a-string                      | online_budget_monthly | expected a number
                boolean-given-a-string                    | has_crm               | expected true or false
                choice-not-among-options                  | customer_type         | "b2b"
                multichoice-given-a-string                | sales_channels        | a list of options
                multichoice-option-chosen-twice           | sales_channels[1]     | chosen twice
                multichoice-option-unknown                | sales_channels[1]     | "online_shop"
                benefit-serves-a-segment-not-entered      | benefits[0].serves_segments[1] | segments[*].name answers of this document ["Hunters", "Fishermen"]
                scale-out-of-range                        | product_quality       | from 1 to 5
                textlist-given-a-string                   | segments[0].needs     | expected a list of strings
                textlist-item-not-a-string                | segments[0].needs[1]  | expected a string
                group-given-an-object                     | segments              | a list of items
                group-item-not-an-object                  | segments[0]           | an object of answers
                group-unknown-sub-question                | segments[0].shoe_size | unknown question id in group 'segments'
                group-with-too-many-items                 | goals                 | at most 30 items, got 31
                required-answer-missing-when-complete     | business_model        | required
                required-sub-answer-missing-when-complete | segments[0].name      | required
                status-not-draft-or-complete              | status                | "draft" or "complete"
                unknown-top-level-field                   | submittedBy           | unknown field
                answers-not-an-object                     | answers               | an object of answers
                questionnaire-id-missing                  | questionnaire         | required
                """)
        void defect(String fixture, String path, String expected) throws IOException {
            // given a brief with exactly this defect
            JsonNode document = fixture("invalid/" + fixture + ".json");
            // when validated
            AnswersInvalidException e = assertThrows(AnswersInvalidException.class, () -> validator.validate(document));
            // then one of the problems names the path and says what was expected
            assertTrue(e.errors().stream().anyMatch(p -> p.path().equals(path) && p.message().contains(expected)),
                    () -> "expected a problem at " + path + " containing '" + expected + "', got " + e.errors());
        }

        @Test
        void everyProblemIsReportedAtOnce() throws Exception {
            // given a complete brief with several defects
            JsonNode document = Json.mapper().readTree("""
                    {"questionnaire": "business-brief", "status": "complete",
                     "answers": {"has_crm": "yes", "market_share": 200, "segments": [{"needs": "x"}]}}""");
            AnswersInvalidException e = assertThrows(AnswersInvalidException.class, () -> validator.validate(document));
            List<String> paths = e.errors().stream().map(Problem::path).toList();
            // then each is listed, with the missing required answers too
            assertTrue(paths.containsAll(List.of("has_crm", "market_share", "segments[0].needs", "company_name")), paths::toString);
        }

        @Test
        void aWrongValueForARequiredQuestionIsOneProblemNotTwo() throws Exception {
            JsonNode document = Json.mapper().readTree("""
                    {"questionnaire": "business-brief", "status": "complete", "answers": {"customer_type": "aliens"}}""");
            AnswersInvalidException e = assertThrows(AnswersInvalidException.class, () -> validator.validate(document));
            assertEquals(1, e.errors().stream().filter(p -> p.path().equals("customer_type")).count(), e.errors()::toString);
        }

        @Test
        void anUnknownQuestionnaireIsItsOwnError() throws Exception {
            JsonNode document = Json.mapper().readTree("{\"questionnaire\": \"nope\", \"status\": \"draft\", \"answers\": {}}");
            UnknownQuestionnaireException e = assertThrows(UnknownQuestionnaireException.class, () -> validator.validate(document));
            assertEquals("nope", e.id());
        }

        @Test
        void aDocumentThatIsNotAnObjectIsRejected() throws Exception {
            AnswersInvalidException e = assertThrows(AnswersInvalidException.class,
                    () -> validator.validate(Json.mapper().readTree("[1, 2]")));
            assertEquals("$", e.errors().get(0).path());
        }
    }
}
