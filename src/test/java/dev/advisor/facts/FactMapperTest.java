package dev.advisor.facts;

import dev.advisor.TestFolders;
import dev.advisor.app.Json;
import dev.advisor.questionnaire.AnswerValidator;
import dev.advisor.questionnaire.ValidatedAnswers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactMapperTest {
    private static List<Object> facts(String json) throws Exception {
        ValidatedAnswers answers = new AnswerValidator(TestFolders.shippedAdvisor().questionnaires())
                .validate(Json.mapper().readTree(json));
        return new FactMapper().map(answers);
    }

    private static <T> List<T> only(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void everyAnswerBecomesAGenericAnswerFactWithTheViewOfItsType() throws Exception {
        List<Object> facts = facts("""
                {"questionnaire": "business-brief", "status": "draft", "answers": {
                  "company_name": "Acme", "has_crm": true, "deal_length_days": 60,
                  "sales_channels": ["dealers", "online_shop"],
                  "segments": [{"name": "Hunters", "needs": ["warm cabin"]}]}}""");
        List<Answer> answers = only(facts, Answer.class);
        assertTrue(answers.contains(new Answer("company_name", "company_name", null, -1, "Acme", null, null, null)));
        assertTrue(answers.contains(new Answer("has_crm", "has_crm", null, -1, null, null, true, null)));
        assertTrue(answers.contains(new Answer("deal_length_days", "deal_length_days", null, -1, null, 60.0, null, null)));
        assertTrue(answers.contains(new Answer("sales_channels", "sales_channels", null, -1, null, null, null,
                List.of("dealers", "online_shop"))));
        // a group is counted, and each sub-answer knows its group, item and path
        assertTrue(answers.contains(new Answer("segments", "segments", null, -1, null, 1.0, null, null)));
        assertTrue(answers.contains(new Answer("segments.needs", "segments[0].needs", "segments", 0, null, null, null,
                List.of("warm cabin"))));
        assertEquals(new Because("segments[0].needs", "warm cabin"),
                answers.stream().filter(a -> a.question().equals("segments.needs")).findFirst().orElseThrow().because());
    }

    @Test
    void theBusinessBriefBecomesTypedFacts() throws Exception {
        List<Object> facts = facts("""
                {"questionnaire": "business-brief", "status": "draft", "answers": {
                  "company_name": "Acme", "customer_type": "b2b", "has_crm": false,
                  "price_position": "premium", "product_quality": 5, "cost_advantage": false,
                  "segments": [{"name": "Hunters", "anti_segment": false, "needs": ["warm cabin"]},
                               {"name": "Tourists", "anti_segment": true}],
                  "benefits": [{"benefit": "Warm cabin", "proof": "+20 °C at -40 °C", "answers_needs": ["warm cabin"]}],
                  "tools": [{"tool": "seo", "monthly_budget": 50000, "months_running": 2, "expected_result": "sales",
                             "months_to_result": 3}],
                  "competitors": [{"name": "Rival", "kind": "direct", "price_level": "lower"}],
                  "goals": [{"metric": "first calls per month", "target": 400, "deadline_months": 12}],
                  "has_funnel_figures": true, "monthly_visitors": 10000, "monthly_leads": 300}}""");
        Company company = only(facts, Company.class).get(0);
        assertEquals("b2b", company.customerType());
        assertEquals(false, company.hasCrm());
        assertNull(company.hasIpTelephony(), "an unanswered yes/no question stays unknown");
        assertEquals(new Positioning(null, "premium", false, null, 5, null, null, null), only(facts, Positioning.class).get(0));
        assertEquals(List.of(new Segment(0, "Hunters", false, null, null, List.of("warm cabin"), List.of(), List.of(), List.of()),
                new Segment(1, "Tourists", true, null, null, List.of(), List.of(), List.of(), List.of())), only(facts, Segment.class));
        assertEquals(List.of(new Benefit(0, "Warm cabin", "+20 °C at -40 °C", List.of("warm cabin"), List.of())), only(facts, Benefit.class));
        assertEquals(List.of(new ToolInUse(0, "seo", 50000.0, 2, "sales", 3, null, null, null, null)), only(facts, ToolInUse.class));
        assertEquals(List.of(new Competitor(0, "Rival", "direct", "lower", null, List.of(), List.of(), List.of())),
                only(facts, Competitor.class));
        assertEquals(List.of(new Goal(0, "first calls per month", 400.0, null, 12, null)), only(facts, Goal.class));
        assertEquals(List.of(new FunnelFigures(10000L, 300L, null, null)), only(facts, FunnelFigures.class));
    }

    @Test
    void noFunnelFiguresFactWithoutTheFigures() throws Exception {
        List<Object> facts = facts("{\"questionnaire\": \"business-brief\", \"status\": \"draft\", \"answers\": {}}");
        assertEquals(List.of(), only(facts, FunnelFigures.class));
        assertEquals(List.of(), only(facts, Company.class));
    }
}
