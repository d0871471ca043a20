package dev.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.TestFolders;
import dev.advisor.app.Json;
import dev.advisor.rules.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The references: the articles behind what a report shows, cited by title, and only those. */
class ReferencesTest {
    private static final Catalogue CATALOGUE = TestFolders.shippedAdvisor().ruleSet().catalogue();

    static Stream<String> examples() throws Exception {
        return ExampleReports.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void referencesGiveTitlesInBothLanguagesAndNeverASeedNumber(String example) throws Exception {
        // given the report of an example brief
        Report report = ExampleReports.report(example);
        // when its references are written as JSON
        JsonNode references = Json.mapper().valueToTree(report).get("references");
        // then each is an id and an English and a Russian title, with no numbering of the sources
        assertFalse(references.isEmpty(), "an example's advice comes from somewhere");
        for (JsonNode reference : references) {
            assertEquals(List.of("id", "title"), fieldNames(reference), reference.toString());
            assertEquals(List.of("en", "ru"), fieldNames(reference.get("title")), reference.toString());
            assertFalse(reference.get("title").get("en").asText().isBlank());
            assertTrue(reference.get("title").get("ru").asText().matches(".*\\p{IsCyrillic}.*"), reference.toString());
            assertFalse(reference.toString().toLowerCase().contains("seed"), reference.toString());
            assertFalse(reference.toString().matches(".*\\b0\\d\\d\\b.*"), reference.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theArticleBehindEveryRecommendationsTopicIsListed(String example) throws Exception {
        // given the report of an example brief
        Report report = ExampleReports.report(example);
        Set<String> listed = report.references().stream().map(Report.Reference::id).collect(Collectors.toSet());
        // then for every recommendation, each article of its rule's topic is among the references
        for (Report.RecommendationEntry r : report.recommendations()) {
            String topic = topic(r.rule().file());
            for (Catalogue.Source source : CATALOGUE.sources()) {
                if (source.topics().contains(topic)) {
                    assertTrue(listed.contains(source.id()), r.id() + " (" + topic + ") comes from " + source.id());
                }
            }
        }
    }

    @Test
    void anArticleNoSectionUsesIsLeftOut() throws Exception {
        // given a draft that only expects sales from SEO within three months
        Report report = ExampleReports.draft("""
                {"tools": [{"tool": "seo", "expected_result": "sales", "months_to_result": 3}]}""");
        assertTrue(report.recommendations().stream().anyMatch(r -> r.id().equals("tools.sooner-than-possible.0")),
                "the draft is the one the tools scenarios use");
        assertEquals(List.of(), report.maturity(), "nothing is said about analytics, CRM and automation");
        // when its references are listed
        List<String> listed = report.references().stream().map(Report.Reference::id).toList();
        // then the guide behind the tools topic is there, and the article behind the maturity checks, which
        // nothing in this report comes from, is not
        assertTrue(listed.contains("integrated_internet_marketing_guide"), listed.toString());
        assertFalse(listed.contains("internet_marketing_what_it_is"), listed.toString());
    }

    @Test
    void anEmptyDraftCitesOnlyTheArticleBehindTheFunnelVerdictsItShows() throws Exception {
        // given a draft with no answers: its report still shows every funnel stage as empty
        Report report = ExampleReports.draft("{}");
        assertTrue(report.recommendations().isEmpty() && report.components().stream().allMatch(c -> c.rule() == null));
        // then the one article cited is the one the funnel topic comes from
        assertEquals(List.of("integrated_internet_marketing_guide"),
                report.references().stream().map(Report.Reference::id).toList());
    }

    @Test
    void everyTopicOfTheShippedSourcesIsARuleFolder() throws Exception {
        // given the shipped sources, then each topic they name is a folder of rules, so a typo cannot hide a citation
        List<String> unknown = new ArrayList<>();
        for (Catalogue.Source source : CATALOGUE.sources()) {
            for (String topic : source.topics()) {
                try (Stream<java.nio.file.Path> files = Files.list(TestFolders.RULES.resolve(topic))) {
                    if (files.noneMatch(f -> f.toString().endsWith(".drl"))) unknown.add(source.id() + ": " + topic);
                } catch (java.nio.file.NoSuchFileException e) {
                    unknown.add(source.id() + ": " + topic);
                }
            }
        }
        assertEquals(List.of(), unknown);
        assertEquals(5, CATALOGUE.sources().size(), "the five source articles");
    }

    private static String topic(String ruleFile) {
        return ruleFile.split("/")[1];
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
