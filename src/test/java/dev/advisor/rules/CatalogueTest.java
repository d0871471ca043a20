package dev.advisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.TestFolders;
import dev.advisor.app.Json;
import dev.advisor.facts.CatalogueTool;
import dev.advisor.facts.ConversionBenchmark;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    @Test
    void everyTraitAToolOrABenchmarkNamesIsInTheTraitVocabulary() throws Exception {
        // given the trait ids of traits.json, read here rather than through the loader under test
        Set<String> known = new HashSet<>();
        for (JsonNode trait : Json.mapper().readTree(Files.readString(TestFolders.RULES.resolve("catalogue/traits.json"))).path("traits")) {
            known.add(trait.path("id").asText());
        }
        // when every trait reference of every tool is listed
        List<String> unknown = new ArrayList<>();
        for (CatalogueTool tool : catalogue.tools()) {
            Map.of("requires", tool.requires(), "suits", tool.suits(), "unsuitedFor", tool.unsuitedFor()).forEach((field, traits) -> {
                for (String trait : traits) if (!known.contains(trait)) unknown.add(tool.id() + "." + field + ": " + trait);
            });
        }
        for (ConversionBenchmark benchmark : catalogue.benchmarks()) {
            for (String trait : benchmark.selectingTraits()) {
                if (!known.contains(trait)) unknown.add(benchmark.kind() + ".selectingTraits: " + trait);
            }
        }
        // then
        assertTrue(known.size() >= 28, "traits: " + known.size());
        assertEquals(List.of(), unknown);
    }

    @Test
    void aToolThatPresumesASiteACheckoutDealersOrACustomerBaseRequiresIt() {
        // given the tools that make no sense without something the business may not have
        Map<String, String> presumes = Map.ofEntries(Map.entry("callback_widget", "has-site"),
                Map.entry("exit_popups", "has-site"), Map.entry("web_analytics", "has-site"),
                Map.entry("landing_pages", "has-site"), Map.entry("ab_testing", "has-site"),
                Map.entry("personalised_content", "has-site"), Map.entry("chatbot_online_consultant", "has-site"),
                Map.entry("dynamic_remarketing", "online-checkout"), Map.entry("cross_sell_bundles", "online-checkout"),
                Map.entry("dealer_locator", "sells-through-dealers"), Map.entry("trigger_emails", "keeps-customer-records"),
                Map.entry("industry_directories_tenders", "b2b"),
                // a portal serves an ongoing relation: the subscription or contract, B2B or not
                Map.entry("self_service_portal", "subscription"));
        // when their catalogue entries are read, then each requires it
        List<String> missing = new ArrayList<>();
        presumes.forEach((id, trait) -> {
            if (!tool(id).requires().contains(trait)) missing.add(id + " requires " + trait);
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void reachToolsAreUnsuitedForUrgentDemandAndTheFirstToolsSuitTheBusinessesTheyServeBest() {
        for (String id : List.of("display_ads", "video_ads", "native_ads", "pr", "opinion_leaders", "loyalty_programme")) {
            assertTrue(tool(id).unsuitedFor().contains("urgent-demand"), id);
        }
        assertTrue(tool("video_ads").unsuitedFor().containsAll(List.of("small-budget")));
        assertTrue(tool("display_ads").unsuitedFor().containsAll(List.of("small-budget")));
        assertTrue(tool("loyalty_programme").unsuitedFor().contains("rare-purchase"));
        assertTrue(tool("dynamic_remarketing").unsuitedFor().contains("sells-services"));
        assertTrue(tool("industry_directories_tenders").unsuitedFor().contains("local-walk-in"));
        assertEquals(List.of("urgent-demand", "search-demand"), tool("search_ads").suits());
        assertEquals(List.of("local-walk-in", "urgent-demand"), tool("maps_local_listings").suits());
        assertTrue(tool("review_booking_platforms").suits().contains("local-walk-in"));
        assertEquals(List.of("sells-online", "frequent-purchase"), tool("marketplaces").suits());
        assertTrue(tool("crm").suits().contains("sells-through-people"));
        assertEquals(List.of("sells-services", "local-walk-in"), tool("online_booking_payment").suits());
    }

    @Test
    void retentionMailingsServeRetentionAndTheNewsletterIsNoWayToBeFound() {
        for (String id : List.of("email_newsletter", "messenger_mailings", "sms", "push_notifications")) {
            assertTrue(tool(id).stages().contains("retention"), id);
            assertTrue(tool(id).results().contains("repeat_sales"), id);
        }
        CatalogueTool newsletter = tool("email_newsletter");
        assertEquals(List.of("consideration", "retention"), newsletter.stages());
        assertTrue(newsletter.results().contains("leads") && !newsletter.results().contains("awareness"),
                newsletter.results().toString());
        assertTrue(tool("targeted_social_ads").results().containsAll(List.of("leads", "sales")));
        assertTrue(tool("search_ads").results().containsAll(List.of("leads", "sales")));
        assertEquals(1, tool("search_ads").monthsToFirstResult());
        assertTrue(tool("reputation_management").results().contains("sales"));
        assertEquals(List.of("awareness"), tool("video_ads").stages());
        assertEquals(List.of("awareness"), tool("display_ads").stages());
    }

    private CatalogueTool tool(String id) {
        return catalogue.tools().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void everyKindOfBusinessHasItsUsualConversionsAsFractionsWithASource() {
        // when the benchmarks are listed, in the order that decides between kinds
        List<String> kinds = catalogue.benchmarks().stream().map(ConversionBenchmark::kind).toList();
        // then every kind is there, once
        assertEquals(Set.of("ecommerce", "local-walk-in", "urgent-service", "b2b", "saas", "hospitality", "clinic", "default"),
                Set.copyOf(kinds));
        assertEquals(8, kinds.size());
        // and every figure is a fraction, as the Conversion facts it is compared with, and says where it comes from
        List<String> bad = new ArrayList<>();
        for (ConversionBenchmark b : catalogue.benchmarks()) {
            Map.of("visitorToLead", b.visitorToLead(), "leadToCustomer", b.leadToCustomer(), "customerToRepeat", b.customerToRepeat())
                    .forEach((step, figure) -> {
                        if (figure.rate() < 0 || figure.rate() > 1) bad.add(b.kind() + "." + step + ": " + figure.rate());
                        if (figure.source().isBlank()) bad.add(b.kind() + "." + step + ": no source");
                    });
            if (b.nameEn().isBlank() || b.nameRu().isBlank()) bad.add(b.kind() + ": names");
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theFallbackKindKeepsTheUsualRatesTheBottleneckRulesHaveUsed() {
        ConversionBenchmark fallback = benchmark("default");
        assertEquals(List.of(), fallback.selectingTraits());
        assertEquals(List.of(), fallback.keywords());
        assertEquals(0.02, fallback.visitorToLead().rate());
        assertEquals(0.20, fallback.leadToCustomer().rate());
        assertEquals(0.25, fallback.customerToRepeat().rate());
        assertEquals(fallback, catalogue.benchmarks().get(catalogue.benchmarks().size() - 1));
    }

    @Test
    void aBusinessGetsTheKindItsTraitsOrItsOwnWordsSelect() {
        assertEquals("ecommerce", kindOf(Set.of("online-checkout", "has-site", "sells-online"), "Интернет-магазин линз"));
        assertEquals("urgent-service", kindOf(Set.of("urgent-demand", "sells-services"), "Эвакуатор по Москве круглосуточно"));
        assertEquals("b2b", kindOf(Set.of("b2b", "long-deal", "has-site"), "Производим снегоболотоходы для дилеров"));
        assertEquals("saas", kindOf(Set.of("subscription", "has-site", "b2b"), "Облачная CRM для салонов красоты"));
        assertEquals("local-walk-in", kindOf(Set.of("local-walk-in", "sells-services"), "Салон красоты у метро"));
        // traits alone cannot tell a clinic or a guest house from a salon: the business's own words do
        assertEquals("clinic", kindOf(Set.of("local-walk-in", "sells-services"), "Стоматологическая клиника в Казани"));
        assertEquals("clinic", kindOf(Set.of(), "A dental practice: implants and check-ups"));
        assertEquals("hospitality", kindOf(Set.of("local-walk-in"), "Гостевой дом и кафе у моря"));
        assertEquals("hospitality", kindOf(Set.of("local-walk-in"), "Наш ресторан грузинской кухни"));
        // "кафе" is a whole word: a tile shop is no café
        assertEquals("local-walk-in", kindOf(Set.of("local-walk-in"), "Продаём кафель и плитку"));
        assertEquals("default", kindOf(Set.of("has-site"), "Консультации по налогам"));
        // all the kind's traits are needed: a subscription without a site of its own is no SaaS
        assertEquals("local-walk-in", kindOf(Set.of("subscription", "local-walk-in"), "Фитнес-клуб, абонементы"));
    }

    /** The kind a business gets: the first by order that its traits or its text select, else the fallback. */
    private String kindOf(Set<String> traits, String businessModel) {
        return catalogue.benchmarks().stream().sorted(Comparator.comparingInt(ConversionBenchmark::order))
                .filter(b -> b.selectedBy(traits) || b.describes(businessModel))
                .findFirst().map(ConversionBenchmark::kind).orElse("default");
    }

    private ConversionBenchmark benchmark(String kind) {
        return catalogue.benchmarks().stream().filter(b -> b.kind().equals(kind)).findFirst().orElseThrow(() -> new AssertionError(kind));
    }
}
