package dev.advisor.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.TestFolders;
import dev.advisor.app.Advisor;
import dev.advisor.app.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report: what users typed is shown as text, never run as markup. */
class HtmlRendererTest {

    @Test
    void markupInTheAnswersIsEscapedEverywhereItAppears() throws Exception {
        // given a brief whose segment, need and benefit carry markup
        Advisor advisor = TestFolders.shippedAdvisor();
        ObjectNode brief = (ObjectNode) Json.mapper().readTree("""
                {"questionnaire": "business-brief", "status": "draft", "answers": {
                  "company_name": "<b>Shop</b>", "customer_type": "b2c",
                  "segments": [{"name": "<script>alert(1)</script>", "needs": ["fast \\"delivery\\" & <i>care</i>"]}],
                  "benefits": [{"benefit": "fast \\"delivery\\" & <i>care</i>", "proof": "<img src=x onerror=alert(2)>"}]}}""");
        // when rendered
        String html = new HtmlRenderer().render(advisor.evaluate(brief));
        // then the markup is text
        assertFalse(html.contains("<script>alert(1)"), "segment name ran as markup");
        assertFalse(html.contains("<img src=x"), "proof ran as markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "segment name shown as text");
        assertTrue(html.contains("fast &quot;delivery&quot; &amp; &lt;i&gt;care&lt;/i&gt;"));
    }

    @Test
    void theChartDrawsSupportRightAndEvidenceAgainstLeftOfTheZeroLine() {
        // given one strategy for and one against
        List<Report.StrategyRank> ranking = List.of(
                new Report.StrategyRank("best_price", "Best price", 4, List.of()),
                new Report.StrategyRank("focus", "Focus", -2, List.of()));
        // when drawn
        String svg = HtmlRenderer.chart(ranking);
        // then the bar for starts at the zero line and the bar against ends there
        String axis = "<line class=\"axis\" x1=\"";
        double zero = Double.parseDouble(svg.substring(svg.indexOf(axis) + axis.length()).split("\"")[0]);
        assertTrue(svg.contains("<g class=\"bar best plus\" data-strategy=\"best_price\"><text x=\"162\" y=\"24\" text-anchor=\"end\">Best price</text><rect x=\"" + zero + "\""), svg);
        // the bar against is half as long and ends at the zero line
        assertTrue(svg.contains("class=\"bar minus\" data-strategy=\"focus\"><text x=\"162\" y=\"58\" text-anchor=\"end\">Focus</text>"
                + "<rect x=\"" + (zero - 105) + "\" y=\"43\" width=\"105.0\""), svg);
        assertTrue(svg.contains("<title id=\"chart-title\">Strategy scores: Best price 4, Focus -2</title>"), svg);
    }
}
