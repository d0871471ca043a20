package dev.advisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.questionnaire.Question;
import dev.advisor.questionnaire.QuestionType;
import dev.advisor.questionnaire.ValidatedAnswers;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns validated answers into facts: one generic {@link Answer} per answered question (so a new
 * question is usable in rules at once) and the typed records of the business brief, built from the
 * question ids of {@code questionnaires/business-brief.json}. A questionnaire without those ids
 * simply yields no typed facts of that kind.
 */
public final class FactMapper {

    public List<Object> map(ValidatedAnswers answers) {
        List<Object> facts = new ArrayList<>();
        answers.questionnaire().questions().forEach(q -> addAnswers(q, answers, facts));
        Reader top = new Reader(answers::get);
        if (answers.get("company_name") != null || answers.get("customer_type") != null) {
            facts.add(new Company(top.text("company_name"), top.text("customer_type"), top.list("sales_channels"),
                    top.integer("deal_length_days"), top.text("seasonality"), top.flag("has_crm"),
                    top.flag("crm_linked_to_online_orders"), top.list("crm_records"), top.flag("has_ip_telephony"),
                    top.flag("telephony_linked_to_crm"), top.flag("calls_recorded"), top.text("clv_known"),
                    top.flag("has_web_analytics"), top.number("online_budget_monthly"),
                    top.text("internet_revenue_source"), top.flag("audience_known"), top.list("non_customers"),
                    top.integer("months_operating"), top.text("purchase_pattern"), top.integer("search_demand_monthly")));
        }
        if (answers.get("price_position") != null || answers.get("claimed_strategy") != null) {
            facts.add(new Positioning(top.text("claimed_strategy"), top.text("price_position"),
                    top.flag("cost_advantage"), top.text("product_uniqueness"), top.integer("product_quality"),
                    top.text("niche"), top.integer("relationship_depth"), top.number("repeat_sales_share")));
        }
        each(answers, "goals", (i, r) -> facts.add(new Goal(i, r.text("metric"), r.number("target"),
                r.text("unit"), r.integer("deadline_months"), r.text("business_goal"))));
        each(answers, "segments", (i, r) -> facts.add(new Segment(i, r.text("name"),
                Boolean.TRUE.equals(r.flag("anti_segment")), r.text("decision_makers"), r.text("influencers"),
                r.list("needs"), r.list("pains"), r.list("selection_criteria"), r.list("where_online"))));
        each(answers, "benefits", (i, r) -> facts.add(new Benefit(i, r.text("benefit"), r.text("proof"),
                r.list("answers_needs"), r.list("serves_segments"))));
        // A draft's tool line without its tool says nothing a rule could judge; its answers stay as Answer facts.
        each(answers, "tools", (i, r) -> {
            if (r.text("tool") != null) facts.add(new ToolInUse(i, r.text("tool"), r.number("monthly_budget"),
                r.integer("months_running"), r.text("expected_result"), r.integer("months_to_result"),
                r.number("expected_sales_share"), r.number("commission_percent"), r.integer("leads_monthly"),
                r.integer("sales_monthly")));
        });
        each(answers, "competitors", (i, r) -> facts.add(new Competitor(i, r.text("name"), r.text("kind"),
                r.text("price_level"), r.text("usp"), r.list("channels"), r.list("strengths"), r.list("weaknesses"))));
        if (Boolean.TRUE.equals(top.flag("has_funnel_figures"))) {
            facts.add(new FunnelFigures(top.whole("monthly_visitors"), top.whole("monthly_leads"),
                    top.whole("monthly_customers"), top.whole("monthly_repeat_customers")));
        }
        return facts;
    }

    private static void addAnswers(Question q, ValidatedAnswers answers, List<Object> facts) {
        JsonNode value = answers.get(q.id());
        if (value == null) return;
        if (q.type() != QuestionType.GROUP) {
            facts.add(answer(q, q.id(), q.id(), null, -1, value));
            return;
        }
        facts.add(new Answer(q.id(), q.id(), null, -1, null, (double) value.size(), null, null));
        for (int i = 0; i < value.size(); i++) {
            for (Question sub : q.questions()) {
                JsonNode subValue = value.get(i).get(sub.id());
                if (subValue != null && !subValue.isNull()) {
                    facts.add(answer(sub, q.id() + "." + sub.id(), q.id() + "[" + i + "]." + sub.id(), q.id(), i, subValue));
                }
            }
        }
    }

    private static Answer answer(Question q, String question, String path, String group, int index, JsonNode v) {
        return switch (q.type()) {
            case BOOLEAN -> new Answer(question, path, group, index, null, null, v.asBoolean(), null);
            case INTEGER, NUMBER, MONEY, PERCENT, SCALE -> new Answer(question, path, group, index, null, v.asDouble(), null, null);
            case MULTICHOICE, TEXTLIST -> new Answer(question, path, group, index, null, null, null, strings(v));
            default -> new Answer(question, path, group, index, v.asText(), null, null, null);
        };
    }

    private interface Item {
        void add(int index, Reader reader);
    }

    private static void each(ValidatedAnswers answers, String group, Item item) {
        JsonNode items = answers.get(group);
        if (items == null) return;
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i);
            item.add(i, new Reader(node::get));
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    /** Typed reads of answers that validation already checked; absent answers read as null. */
    private record Reader(java.util.function.Function<String, JsonNode> source) {
        private JsonNode get(String id) {
            JsonNode v = source.apply(id);
            return v == null || v.isNull() ? null : v;
        }

        String text(String id) {
            JsonNode v = get(id);
            return v == null || v.asText().isBlank() ? null : v.asText();
        }

        Boolean flag(String id) {
            JsonNode v = get(id);
            return v == null ? null : v.asBoolean();
        }

        Integer integer(String id) {
            JsonNode v = get(id);
            return v == null ? null : v.asInt();
        }

        Long whole(String id) {
            JsonNode v = get(id);
            return v == null ? null : v.asLong();
        }

        Double number(String id) {
            JsonNode v = get(id);
            return v == null ? null : v.asDouble();
        }

        List<String> list(String id) {
            JsonNode v = get(id);
            return v == null ? List.of() : strings(v);
        }
    }
}
