package dev.advisor.rules;

import dev.advisor.TestFolders;
import dev.advisor.facts.CatalogueTool;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped catalogue: complete enough for the advice the knowledge base gives. */
class CatalogueTest {
    private final Catalogue catalogue = TestFolders.shippedAdvisor().ruleSet().catalogue();

    @Test
    void holdsEveryToolAnInternetMarketerWorksWith() {
        // given the tools a complete catalogue must name (issue: at least 35, these among them)
        Set<String> required = Set.of("seo", "search_ads", "display_ads", "video_ads", "targeted_social_ads",
                "social_media_profiles", "crowd_marketing", "opinion_leaders", "content_blog", "webinars",
                "email_newsletter", "trigger_emails", "sms", "push_notifications", "remarketing", "dynamic_remarketing",
                "lookalike_audiences", "marketplaces", "review_booking_platforms", "price_comparison",
                "affiliate_cashback", "chatbot_online_consultant", "lead_magnets_quizzes", "landing_pages", "ab_testing",
                "personalised_content", "exit_popups", "cross_sell_bundles", "loyalty_programme",
                "reputation_management", "pr", "offline_media_to_online", "mobile_app", "web_analytics", "call_tracking",
                "crm", "end_to_end_analytics");
        // when listed
        Set<String> ids = catalogue.tools().stream().map(CatalogueTool::id).collect(Collectors.toSet());
        // then
        assertTrue(catalogue.tools().size() >= 35, "tools: " + catalogue.tools().size());
        assertTrue(ids.containsAll(required), "missing: " + required.stream().filter(id -> !ids.contains(id)).sorted().toList());
    }

    @Test
    void everyToolSaysWhereItWorksWhatItDeliversWhenHowToMeasureItAndWhomItFits() {
        List<String> gaps = new ArrayList<>();
        for (CatalogueTool tool : catalogue.tools()) {
            if (tool.nameEn().isBlank() || tool.nameRu().isBlank()) gaps.add(tool.id() + ": names");
            if (tool.stages().isEmpty()) gaps.add(tool.id() + ": stages");
            if (tool.results().isEmpty()) gaps.add(tool.id() + ": results");
            if (tool.monthsToFirstResult() == null) gaps.add(tool.id() + ": monthsToFirstResult");
            if (tool.kpis().isEmpty()) gaps.add(tool.id() + ": kpis");
            if (tool.fit().isEmpty()) gaps.add(tool.id() + ": fit");
        }
        assertEquals(List.of(), gaps);
    }

    @Test
    void holdsTheEightComponentsTheFiveAuditsAndTheCompetitorAnalysisPoints() {
        assertEquals(List.of("strategy_goals", "web_platform", "traffic_generation", "lead_generation",
                        "client_generation", "client_management", "brand_loyalty", "analytics_research"),
                catalogue.components().stream().map(c -> c.id()).toList());
        assertEquals(List.of("technical", "seo", "usability", "web_analytics", "lead_analysis"),
                catalogue.audits().stream().map(a -> a.id()).toList());
        assertTrue(catalogue.researchPoints().size() >= 30, "points: " + catalogue.researchPoints().size());
    }
}
