package dev.advisor.report;

import dev.advisor.TestFolders;
import dev.advisor.facts.Because;
import dev.advisor.facts.CatalogueTool;
import dev.advisor.questionnaire.Option;
import dev.advisor.questionnaire.Question;
import dev.advisor.questionnaire.Questionnaire;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Markdown and HTML renderings show an owner: the summary first, plain words, the sources last. */
class RenderedReportTest {
    private static final Questionnaire BRIEF = TestFolders.shippedAdvisor().questionnaires().get("business-brief")
            .orElseThrow();
    private static final Glossary WORDS = Glossary.of(TestFolders.shippedAdvisor().ruleSet().catalogue(), BRIEF);

    static Stream<String> examples() throws Exception {
        return ExampleReports.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theMarkdownShowsTheSummaryFirstAndTheReferencesLast(String example) throws Exception {
        // given the report of an example brief, when rendered as Markdown
        String md = new MarkdownRenderer().render(ExampleReports.report(example));
        // then the summary is the first section, before the strategy and the recommendations, and the references the last
        int summary = md.indexOf("\n## Summary\n");
        assertTrue(summary > 0 && summary < md.indexOf("\n## Strategy\n"), "summary before the strategy");
        assertTrue(summary < md.indexOf("\n## Recommendations\n"), "summary before the recommendations");
        assertTrue(md.indexOf("### The three things to do first") > summary, "the first steps in the summary");
        int references = md.indexOf("\n## References\n");
        assertTrue(references > 0 && md.indexOf("\n## ", references + 1) < 0, "references are the last section");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theHtmlShowsTheSummaryFirstAndTheReferencesLast(String example) throws Exception {
        // given the report of an example brief, when rendered as HTML
        String html = new HtmlRenderer().render(ExampleReports.report(example));
        // then the summary section comes first and the references section last
        List<String> sections = Pattern.compile("<section class=\"[^\"]*\" id=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertEquals("summary", sections.get(0), sections.toString());
        assertTrue(sections.indexOf("summary") < sections.indexOf("recommendations"), sections.toString());
        assertEquals("references", sections.get(sections.size() - 1), sections.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noRawIdOfAToolASiteKindOrAQuestionIsShownToTheOwner(String example) throws Exception {
        // given the report of an example brief
        Report report = ExampleReports.report(example);
        // when rendered as Markdown and as HTML, read as text (no tags, no attributes, no style sheet)
        String md = new MarkdownRenderer().render(report);
        String html = shownText(new HtmlRenderer().render(report));
        // then no tool id, no site kind, no question id and no answer path appears, and no source is cited by number
        List<String> ids = new ArrayList<>(TestFolders.shippedAdvisor().ruleSet().catalogue().tools().stream()
                .map(CatalogueTool::id).filter(id -> id.contains("_")).toList());
        BRIEF.question("sites").orElseThrow().sub("kind").orElseThrow().options().stream().map(Option::value)
                .filter(id -> id.contains("_")).forEach(ids::add);
        BRIEF.questions().flatMap(q -> Stream.concat(Stream.of(q), q.questions().stream())).map(Question::id)
                .filter(id -> id.contains("_")).forEach(ids::add);
        for (String shown : List.of(md, html)) {
            List<String> raw = ids.stream().filter(id -> Pattern.compile("(?<![\\w/.-])" + id + "(?![\\w/-])").matcher(shown).find())
                    .toList();
            assertEquals(List.of(), raw, "raw ids shown");
            assertFalse(Pattern.compile("\\b[a-z_]+\\[\\d*]").matcher(shown).find(), "an answer's path is shown");
            assertFalse(Pattern.compile("(?i)\\bseed \\d").matcher(shown).find(), "a source cited by number");
        }
    }

    @Test
    void aRecommendationsReasonsNameTheQuestionAndTheToolNotTheirIds() throws Exception {
        // given a draft whose SEO is expected to sell within three months
        Report report = ExampleReports.draft("""
                {"tools": [{"tool": "seo", "expected_result": "sales", "months_to_result": 3},
                           {"tool": "review_booking_platforms"}]}""");
        // when rendered
        String md = new MarkdownRenderer().render(report);
        String html = new HtmlRenderer().render(report);
        // then the reasons read as the questions and answers of the brief
        assertTrue(md.contains("Tools no. 1: What result do you expect from it? — Sales"), md);
        assertTrue(html.contains("Tools no. 1: What result do you expect from it? — Sales"), html);
        assertFalse(md.contains("`tools[0]"), md);
        assertFalse(md.contains("review_booking_platforms"), md);
    }

    @Nested
    class TheGlossary {

        @Test
        void anAnswersPathIsItsQuestionsLabelWithTheItemsNumber() {
            assertEquals("Goals no. 5: What do you measure?", WORDS.question("goals[4].metric"));
            assertEquals("Your sites and online pages: Type", WORDS.question("sites[].kind"));
            assertEquals("Do you use a CRM system?", WORDS.question("has_crm"));
            assertEquals("Calls from the internet per month + Online requests per month (forms, email, messengers)",
                    WORDS.question("inbound_calls_monthly + inbound_requests_monthly"));
            // a key the user sent, not a question of the brief, is shown as sent
            assertEquals("goals[99999999999].metric", WORDS.question("goals[99999999999].metric"));
        }

        @Test
        void aValueIsNamedByItsQuestionsOptionsItemByItem() {
            assertEquals(new Glossary.Answer("Tools no. 7: Tool", "Call tracking"),
                    WORDS.answer(new Because("tools[6].tool", "call_tracking")));
            assertEquals("Main company site, Landing page", WORDS.answer(new Because("sites[].kind", "main_site, landing")).value());
            assertEquals("no", WORDS.answer(new Because("has_crm", "no")).value());
            assertEquals("Shop A; Shop B (answered: Type of competitor, Their unique selling proposition)",
                    WORDS.answer(new Because("competitors", "Shop A; Shop B (answered: kind, usp)")).value());
        }

        @Test
        void idsInARulesTextAreNamedButOrdinaryWordsAreLeftAlone() {
            assertEquals("An own site (Catalogue, Landing page, Main company site) and a social page.",
                    WORDS.text("An own site (catalogue, landing, main_site) and a social page."));
            assertEquals("Retention tools work with existing customers: Reviews and reputation management (SERM), SMS messages.",
                    WORDS.text("Retention tools work with existing customers: reputation_management, sms."));
            assertEquals("Furniture sellers on marketplaces sells cheaper.", WORDS.text("Furniture sellers on marketplaces sells cheaper."));
            assertEquals("social media page: https://vk.com/main_site", WORDS.text("social media page: https://vk.com/main_site"));
        }

        @Test
        void aSourceCitedByNumberIsCitedByItsTitle() {
            assertEquals("Without goals no result can be judged (“Integrated internet marketing: a complete guide and examples”).",
                    WORDS.text("Without goals no result can be judged (seed 001)."));
        }
    }

    /** The text of a page as a reader sees it: without the style sheet, the script, tags and attribute values. */
    private static String shownText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<script>.*?</script>", "")
                .replaceAll("<[^>]*>", " ").replace("&quot;", "\"").replace("&amp;", "&").replace("&#39;", "'");
    }
}
