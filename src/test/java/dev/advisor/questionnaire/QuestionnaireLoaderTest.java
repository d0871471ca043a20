package dev.advisor.questionnaire;

import dev.advisor.TestFolders;
import dev.advisor.app.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionnaireLoaderTest {
    private final QuestionnaireLoader loader = new QuestionnaireLoader(Json.mapper());

    @Test
    void theBusinessBriefCoversAllTwentySevenBriefingQuestions() throws Exception {
        Questionnaire brief = loader.load(TestFolders.QUESTIONNAIRES).get("business-brief").orElseThrow();
        Set<Integer> covered = brief.questions().map(Question::brief).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(IntStream.rangeClosed(1, 27).boxed().toList(), List.copyOf(covered));
    }

    @Test
    void theToolQuestionOffersExactlyTheCatalogueTools() throws Exception {
        Questionnaire brief = loader.load(TestFolders.QUESTIONNAIRES).get("business-brief").orElseThrow();
        List<String> options = brief.question("tools").orElseThrow().sub("tool").orElseThrow()
                .options().stream().map(Option::value).toList();
        List<String> catalogue = TestFolders.shippedAdvisor().ruleSet().catalogue().tools().stream()
                .map(dev.advisor.facts.CatalogueTool::id).toList();
        assertEquals(catalogue, options);
    }

    @Nested
    class ABrokenQuestionnaireStopsLoadingNamingFileAndPath {
        @TempDir
        Path dir;

        private QuestionnaireException loadWith(String file, String json) throws Exception {
            Files.writeString(dir.resolve(file), json);
            return assertThrows(QuestionnaireException.class, () -> loader.load(dir));
        }

        private static final String QUESTION = "{\"id\": \"q\", \"type\": \"%s\", \"label\": {\"en\": \"Q\", \"ru\": \"В\"}%s}";

        private static String questionnaire(String id, String... questions) {
            return "{\"id\": \"" + id + "\", \"version\": \"1\", \"title\": {\"en\": \"T\", \"ru\": \"Т\"},"
                    + " \"sections\": [{\"id\": \"s\", \"title\": {\"en\": \"S\", \"ru\": \"С\"}, \"questions\": ["
                    + String.join(",", questions) + "]}]}";
        }

        @Test
        void unknownQuestionTypeFailsTheSchema() throws Exception {
            QuestionnaireException e = loadWith("broken.json", questionnaire("broken", QUESTION.formatted("colour", "")));
            assertTrue(e.getMessage().contains("broken.json: $.sections[0].questions[0].type"), e.getMessage());
        }

        @Test
        void aChoiceWithoutOptionsFailsTheSchema() throws Exception {
            QuestionnaireException e = loadWith("broken.json", questionnaire("broken", QUESTION.formatted("choice", "")));
            assertTrue(e.getMessage().contains("broken.json: $.sections[0].questions[0]") && e.getMessage().contains("options"),
                    e.getMessage());
        }

        @Test
        void aDuplicateQuestionIdIsReported() throws Exception {
            QuestionnaireException e = loadWith("broken.json",
                    questionnaire("broken", QUESTION.formatted("text", ""), QUESTION.formatted("boolean", "")));
            assertTrue(e.getMessage().contains("broken.json: question id 'q' is used 2 times"), e.getMessage());
        }

        @Test
        void aConditionOnAnUnknownQuestionIsReported() throws Exception {
            QuestionnaireException e = loadWith("broken.json", questionnaire("broken",
                    QUESTION.formatted("text", ", \"showIf\": {\"question\": \"ghost\", \"equals\": true}")));
            assertTrue(e.getMessage().contains("showIf refers to unknown question 'ghost'"), e.getMessage());
        }

        @Test
        void minAboveMaxIsReported() throws Exception {
            QuestionnaireException e = loadWith("broken.json", questionnaire("broken",
                    QUESTION.formatted("integer", ", \"min\": 10, \"max\": 1")));
            assertTrue(e.getMessage().contains("$.sections[0].questions[0]: min 10.0 is greater than max 1.0"), e.getMessage());
        }

        @Test
        void anIdThatDisagreesWithTheFileNameIsReported() throws Exception {
            QuestionnaireException e = loadWith("broken.json", questionnaire("other", QUESTION.formatted("text", "")));
            assertTrue(e.getMessage().contains("$.id: is 'other' but the file name says 'broken'"), e.getMessage());
        }

        @Test
        void invalidJsonIsReportedWithItsLine() throws Exception {
            QuestionnaireException e = loadWith("broken.json", "{\n  \"id\": \"broken\",\n  oops\n}");
            assertTrue(e.getMessage().contains("broken.json: not valid JSON at line 3"), e.getMessage());
        }
    }
}
