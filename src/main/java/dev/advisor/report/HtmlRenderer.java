package dev.advisor.report;

import dev.advisor.facts.Because;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders a report as one self-contained HTML page for people to read, print or send: the summary first,
 * then the strategy ranking as an SVG bar chart, the funnel as a tool-by-stage heat map, USP cards, recommendations by
 * priority with their reasons folded under "why", every other section of the report, and the sources
 * last; every id in the plain words of the report's glossary. The style
 * sheet is the one the browser app serves ({@code /web/report.css}), inlined so the page stands alone.
 */
public final class HtmlRenderer {
    private static final String CSS = resource("/web/report.css");
    private static final Map<String, String> PRIORITY_TITLES = Map.of("high", "High priority", "medium", "Medium priority",
            "low", "Low priority");

    public String render(Report report) {
        Glossary words = report.glossary();
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Internet-marketing strategy report</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main class=\"report\" id=\"report\">\n");
        html.append("<header class=\"report-header\"><h1>Internet-marketing strategy report</h1>")
                .append("<p class=\"meta\">Questionnaire: ").append(esc(words.questionnaireTitle()))
                .append(" · rules version <code>").append(esc(report.rulesVersion())).append("</code></p></header>\n");
        summary(html, report.summary(), words);
        strategy(html, report.strategy(), words);
        actionPlan(html, report.actionPlan(), words);
        funnel(html, report.funnel(), words);
        usps(html, report.usps(), words);
        recommendations(html, report.recommendations(), words);
        components(html, report.components(), words);
        maturity(html, report.maturity(), words);
        swot(html, report.swot(), words);
        journey(html, report.journeyMap(), words);
        kpis(html, report.kpis());
        audits(html, report.audits(), words);
        warnings(html, report.warnings(), words);
        references(html, report.references());
        // Reasons folded under "why" are part of the report on paper too.
        html.append("</main>\n<script>addEventListener('beforeprint', () => "
                + "document.querySelectorAll('details').forEach(d => d.open = true));</script>\n</body>\n</html>\n");
        return html.toString();
    }

    // ---------------------------------------------------------------- summary

    private static void summary(StringBuilder html, Report.Summary summary, Glossary words) {
        html.append("<section class=\"summary\" id=\"summary\"><h2>Summary</h2>\n");
        if (summary.firstStepsTitle() != null) {
            html.append("<h3>").append(esc(summary.firstStepsTitle())).append("</h3><ol class=\"first-steps\">");
            for (Report.FirstStep step : summary.firstSteps()) {
                html.append("<li value=\"").append(step.step()).append("\" data-id=\"").append(esc(step.id()))
                        .append("\"><strong>").append(esc(words.text(step.title()))).append("</strong><br>")
                        .append(esc(words.text(step.firstStep()))).append("</li>");
            }
            html.append("</ol>\n");
        }
        html.append("<h3>Where each area stands</h3><ul class=\"verdicts\">");
        for (Report.AreaVerdict area : summary.areas()) {
            html.append("<li data-component=\"").append(esc(area.component())).append("\" data-status=\"")
                    .append(esc(area.status())).append("\">").append(esc(area.verdict())).append("</li>");
        }
        html.append("</ul></section>\n");
    }

    // ---------------------------------------------------------------- strategy

    private static void strategy(StringBuilder html, Report.StrategySection strategy, Glossary words) {
        html.append("<section class=\"strategy\" id=\"strategy\"><h2>Strategy</h2>\n");
        String recommended = strategy.ranking().stream().filter(r -> r.strategy().equals(strategy.recommended()))
                .map(Report.StrategyRank::name).findFirst().orElse(null);
        html.append(recommended == null ? "<p>No strategy has support in the answers yet.</p>\n"
                : "<p class=\"recommended\">Recommended: <strong>" + esc(recommended) + "</strong></p>\n");
        if (!strategy.ranking().isEmpty()) html.append(chart(strategy.ranking()));
        for (Report.StrategyRank rank : strategy.ranking()) {
            html.append("<details class=\"reasons\"").append(rank.strategy().equals(strategy.recommended()) ? " open" : "")
                    .append("><summary>").append(esc(rank.name())).append(" (").append(rank.score()).append(")</summary><ul>");
            if (rank.reasons().isEmpty()) html.append("<li>No answer speaks for or against it.</li>");
            for (Report.Reason reason : rank.reasons()) {
                html.append("<li><span class=\"points ").append(reason.points() > 0 ? "plus" : "minus").append("\">")
                        .append(reason.points() > 0 ? "+" : "").append(reason.points()).append("</span> ")
                        .append(esc(words.text(reason.text()))).append(becauseInline(reason.because(), words)).append("</li>");
            }
            html.append("</ul></details>\n");
        }
        html.append("</section>\n");
    }

    /** Horizontal bars from a zero line: support to the right, evidence against to the left. */
    static String chart(List<Report.StrategyRank> ranking) {
        int rowHeight = 34;
        int labelWidth = 170;
        int plotWidth = 420;
        int max = ranking.stream().mapToInt(r -> Math.abs(r.score())).max().orElse(1);
        int lowest = ranking.stream().mapToInt(Report.StrategyRank::score).min().orElse(0);
        boolean negatives = lowest < 0;
        int valueRoom = 30; // beside the longest negative bar, for its number
        double zero = labelWidth + (negatives ? valueRoom + plotWidth / 2.0 : 0);
        double unit = (negatives ? plotWidth / 2.0 : plotWidth) / Math.max(1, max);
        int height = rowHeight * ranking.size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(labelWidth + plotWidth + 2 * valueRoom).append(' ')
                .append(height).append("\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">Strategy scores: ");
        List<String> spoken = new ArrayList<>();
        ranking.forEach(r -> spoken.add(r.name() + " " + r.score()));
        svg.append(esc(String.join(", ", spoken))).append("</title>");
        for (int i = 0; i < ranking.size(); i++) {
            Report.StrategyRank rank = ranking.get(i);
            int y = i * rowHeight + 5;
            double width = Math.abs(rank.score()) * unit;
            double x = rank.score() >= 0 ? zero : zero - width;
            svg.append("<g class=\"bar ").append(i == 0 ? "best " : "").append(rank.score() >= 0 ? "plus" : "minus")
                    .append("\" data-strategy=\"").append(esc(rank.strategy())).append("\">")
                    .append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 19)
                    .append("\" text-anchor=\"end\">").append(esc(rank.name())).append("</text>")
                    .append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(fmt(Math.max(width, 1))).append("\" height=\"").append(rowHeight - 12).append("\"/>")
                    .append("<text class=\"value\" x=\"").append(fmt(rank.score() >= 0 ? x + width + 6 : x - 6))
                    .append("\" y=\"").append(y + 19).append("\" text-anchor=\"").append(rank.score() >= 0 ? "start" : "end")
                    .append("\">").append(rank.score()).append("</text></g>");
        }
        svg.append("<line class=\"axis\" x1=\"").append(fmt(zero)).append("\" y1=\"0\" x2=\"").append(fmt(zero))
                .append("\" y2=\"").append(height).append("\"/></svg>\n");
        return svg.toString();
    }

    // ---------------------------------------------------------------- plan, funnel, USPs

    private static void actionPlan(StringBuilder html, List<Report.ActionStep> plan, Glossary words) {
        if (plan.isEmpty()) return;
        html.append("<section class=\"plan\" id=\"action-plan\"><h2>Action plan</h2>\n<table><thead><tr><th>#</th>")
                .append("<th>Priority</th><th>Stage</th><th>Action</th><th>First step</th></tr></thead><tbody>");
        for (Report.ActionStep step : plan) {
            html.append("<tr><td>").append(step.step()).append("</td><td><span class=\"priority ").append(esc(step.priority()))
                    .append("\">").append(esc(step.priority())).append("</span></td><td>")
                    .append(step.stage() == null ? "—" : esc(words.stage(step.stage()))).append("</td><td>")
                    .append(esc(words.text(step.title()))).append("</td><td>").append(esc(words.text(step.firstStep())))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    /** Tools as rows, stages as columns; a column's header carries the stage verdict, the foot its tool count. */
    private static void funnel(StringBuilder html, Report.FunnelSection funnel, Glossary words) {
        html.append("<section class=\"funnel\" id=\"funnel\"><h2>Sales funnel and tool matrix</h2>\n");
        Set<String> tools = new LinkedHashSet<>();
        funnel.stages().forEach(s -> tools.addAll(s.tools()));
        int most = funnel.stages().stream().mapToInt(s -> s.tools().size()).max().orElse(0);
        html.append("<table class=\"matrix\"><thead><tr><th scope=\"col\">Tool</th>");
        for (Report.StageEntry stage : funnel.stages()) {
            html.append("<th scope=\"col\" class=\"status-").append(esc(stage.status())).append("\" data-stage=\"")
                    .append(esc(stage.stage())).append("\">").append(esc(stage.name())).append("<br><small>")
                    .append(esc(stage.status())).append("</small></th>");
        }
        html.append("</tr></thead><tbody>");
        if (tools.isEmpty()) {
            html.append("<tr><td colspan=\"").append(funnel.stages().size() + 1).append("\">No tools in use.</td></tr>");
        }
        for (String tool : tools) {
            html.append("<tr><th scope=\"row\">").append(esc(tool)).append("</th>");
            for (Report.StageEntry stage : funnel.stages()) {
                boolean here = stage.tools().contains(tool);
                html.append(here ? "<td class=\"on\" title=\"" + esc(tool) + " at " + esc(stage.name()) + "\">●</td>"
                        : "<td class=\"off\"></td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody><tfoot><tr><th scope=\"row\">Tools at the stage</th>");
        for (Report.StageEntry stage : funnel.stages()) {
            int heat = most == 0 ? 0 : Math.round(4f * stage.tools().size() / most);
            html.append("<td class=\"heat-").append(heat).append(" status-").append(esc(stage.status())).append("\">")
                    .append(stage.tools().size()).append("</td>");
        }
        html.append("</tr></tfoot></table>\n");
        if (!funnel.conversions().isEmpty()) {
            html.append("<table class=\"conversions\"><thead><tr><th>Conversion</th><th>Stage</th><th>Rate</th><th>Usual</th>")
                    .append("</tr></thead><tbody>");
            for (Report.ConversionEntry c : funnel.conversions()) {
                html.append("<tr").append(c.rate() < c.typical() ? " class=\"below\"" : "").append("><td>")
                        .append(esc(words.conversion(c.conversion()))).append("</td><td>").append(esc(words.stage(c.stage())))
                        .append("</td><td>").append(MarkdownRenderer.percent(c.rate()))
                        .append("</td><td>").append(MarkdownRenderer.percent(c.typical()))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>\n");
        }
        if (funnel.bottleneck() != null) {
            Report.BottleneckEntry b = funnel.bottleneck();
            html.append("<p class=\"bottleneck\">Bottleneck: <strong>").append(esc(b.name())).append("</strong> (")
                    .append(esc(words.conversion(b.conversion()))).append(' ').append(MarkdownRenderer.percent(b.rate()))
                    .append(" against a usual ").append(MarkdownRenderer.percent(b.typical())).append(")</p>\n");
        }
        html.append("</section>\n");
    }

    private static void usps(StringBuilder html, List<Report.UspEntry> usps, Glossary words) {
        html.append("<section class=\"usps\" id=\"usps\"><h2>USP per segment</h2>\n");
        if (usps.isEmpty()) html.append("<p>No segment has a benefit that answers its needs.</p>\n");
        html.append("<div class=\"cards\">");
        for (Report.UspEntry usp : usps) {
            html.append("<article class=\"card usp\"><h3>").append(esc(usp.segment())).append("</h3><p>")
                    .append(esc(words.text(usp.proposition()))).append("</p><p class=\"small\"><strong>Needs answered:</strong> ")
                    .append(esc(String.join("; ", usp.needs()))).append("</p></article>");
        }
        html.append("</div></section>\n");
    }

    // ---------------------------------------------------------------- recommendations

    private static void recommendations(StringBuilder html, List<Report.RecommendationEntry> recommendations,
                                        Glossary words) {
        html.append("<section class=\"recommendations\" id=\"recommendations\"><h2>Recommendations</h2>\n");
        if (recommendations.isEmpty()) html.append("<p>None.</p>\n");
        for (String priority : List.of("high", "medium", "low")) {
            List<Report.RecommendationEntry> group = recommendations.stream().filter(r -> r.priority().equals(priority)).toList();
            if (group.isEmpty()) continue;
            html.append("<h3 class=\"priority-title ").append(priority).append("\">").append(PRIORITY_TITLES.get(priority))
                    .append(" (").append(group.size()).append(")</h3>\n");
            for (Report.RecommendationEntry r : group) {
                html.append("<article class=\"recommendation ").append(priority).append("\" data-id=\"").append(esc(r.id()))
                        .append("\"><h4>").append(esc(words.text(r.title()))).append("</h4><p>").append(esc(words.text(r.detail())))
                        .append("</p>");
                if (r.firstStep() != null) {
                    html.append("<p class=\"first-step\"><strong>First step:</strong> ").append(esc(words.text(r.firstStep())))
                            .append("</p>");
                }
                if (!r.covers().isEmpty()) {
                    html.append("<p class=\"covers small\"><strong>Also covers:</strong> ");
                    html.append(r.covers().stream().map(c -> esc(words.text(c.title()))).collect(java.util.stream.Collectors.joining("; ")));
                    html.append("</p>");
                }
                html.append("<details class=\"why\"><summary>Why</summary><ul>");
                for (Because b : r.because()) html.append("<li>").append(esc(words.answer(b).line())).append("</li>");
                html.append("</ul>");
                if (r.rule() != null) html.append(ruleRef(r.rule()));
                html.append("<p class=\"small\">Id <code>").append(esc(r.id())).append("</code></p></details></article>\n");
            }
        }
        html.append("</section>\n");
    }

    // ---------------------------------------------------------------- the other sections

    private static void components(StringBuilder html, List<Report.ComponentEntry> components, Glossary words) {
        if (components.isEmpty()) return;
        html.append("<section class=\"components\" id=\"components\"><h2>The eight components of the internet-marketing system</h2>\n")
                .append("<table><thead><tr><th>Component</th><th>Status</th><th>Why</th><th>What to do</th></tr></thead><tbody>");
        for (Report.ComponentEntry c : components) {
            html.append("<tr><td>").append(esc(c.name())).append("</td><td><span class=\"status ").append(esc(c.status()))
                    .append("\">").append(esc(c.status())).append("</span></td><td>").append(esc(words.text(c.summary())))
                    .append("</td><td>").append(c.todo() == null ? "—" : esc(words.text(c.todo()))).append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private static void maturity(StringBuilder html, List<Report.MaturityArea> areas, Glossary words) {
        if (areas.isEmpty()) return;
        html.append("<section class=\"maturity\" id=\"maturity\"><h2>Analytics, CRM and automation maturity</h2>\n<div class=\"cards\">");
        for (Report.MaturityArea area : areas) {
            html.append("<article class=\"card\"><h3>").append(esc(words.maturityArea(area.area()))).append(" <meter min=\"0\" max=\"")
                    .append(area.total()).append("\" value=\"").append(area.met()).append("\">").append(area.met())
                    .append(" of ").append(area.total()).append("</meter> ").append(area.met()).append(" of ")
                    .append(area.total()).append("</h3><ul class=\"checks\">");
            for (Report.MaturityEntry check : area.checks()) {
                html.append("<li class=\"").append(check.met() ? "met" : "missing").append("\">")
                        .append(check.met() ? "✓ " : "✗ ").append(esc(words.text(check.text()))).append("</li>");
            }
            html.append("</ul></article>");
        }
        html.append("</div></section>\n");
    }

    private static void swot(StringBuilder html, Report.SwotSection swot, Glossary words) {
        if (swot.strengths().isEmpty() && swot.weaknesses().isEmpty() && swot.opportunities().isEmpty()
                && swot.threats().isEmpty()) return;
        html.append("<section class=\"swot\" id=\"swot\"><h2>SWOT</h2>\n<div class=\"swot-grid\">");
        quadrant(html, "strengths", "Strengths", swot.strengths(), words);
        quadrant(html, "weaknesses", "Weaknesses", swot.weaknesses(), words);
        quadrant(html, "opportunities", "Opportunities", swot.opportunities(), words);
        quadrant(html, "threats", "Threats", swot.threats(), words);
        html.append("</div>");
        if (!swot.tows().isEmpty()) {
            html.append("<h3>TOWS: what to do with it</h3><ul class=\"tows\">");
            for (Report.TowsEntry t : swot.tows()) {
                html.append("<li><span class=\"tows-kind\">").append(esc(t.kind())).append("</span> ").append(esc(words.text(t.text()))).append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</section>\n");
    }

    private static void quadrant(StringBuilder html, String css, String title, List<Report.SwotEntry> entries,
                                 Glossary words) {
        html.append("<div class=\"quadrant ").append(css).append("\"><h3>").append(title).append("</h3><ul>");
        if (entries.isEmpty()) html.append("<li class=\"none\">None found in the answers.</li>");
        for (Report.SwotEntry e : entries) html.append("<li>").append(esc(words.text(e.text()))).append("</li>");
        html.append("</ul></div>");
    }

    private static void journey(StringBuilder html, List<Report.JourneyMap> maps, Glossary words) {
        if (maps.isEmpty()) return;
        html.append("<section class=\"journey\" id=\"journey-map\"><h2>Customer journey map</h2>\n");
        for (Report.JourneyMap map : maps) {
            html.append("<h3>").append(esc(map.segment())).append("</h3><div class=\"scroll\"><table class=\"cjm\"><thead><tr><th></th>");
            map.stages().forEach(s -> html.append("<th scope=\"col\">").append(esc(s.name())).append("</th>"));
            html.append("</tr></thead><tbody>");
            for (Report.JourneyStage.Row row : Report.JourneyStage.ROWS) journeyRow(html, row.title(), map, row.field(), words);
            html.append("</tbody></table></div>\n");
        }
        html.append("</section>\n");
    }

    private static void journeyRow(StringBuilder html, String title, Report.JourneyMap map,
                                   Function<Report.JourneyStage, List<String>> field, Glossary words) {
        html.append("<tr><th scope=\"row\">").append(title).append("</th>");
        for (Report.JourneyStage stage : map.stages()) {
            List<String> entries = field.apply(stage);
            html.append("<td>");
            if (entries.isEmpty()) html.append("—");
            else {
                html.append("<ul>");
                entries.forEach(e -> html.append("<li>").append(esc(words.text(e))).append("</li>"));
                html.append("</ul>");
            }
            html.append("</td>");
        }
        html.append("</tr>");
    }

    private static void kpis(StringBuilder html, Report.KpiSection kpis) {
        if (kpis.stages().isEmpty() && kpis.tools().isEmpty()) return;
        html.append("<section class=\"kpis\" id=\"kpis\"><h2>KPI dashboard</h2>\n<table><thead><tr><th>Stage or tool</th>")
                .append("<th>Metrics to track</th></tr></thead><tbody>");
        for (Report.KpiEntry k : kpis.stages()) {
            html.append("<tr class=\"stage\"><th scope=\"row\">").append(esc(k.name())).append("</th><td>")
                    .append(esc(String.join(", ", k.metrics()))).append("</td></tr>");
        }
        for (Report.KpiEntry k : kpis.tools()) {
            html.append("<tr><td>").append(esc(k.name())).append("</td><td>").append(esc(String.join(", ", k.metrics())))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private static void audits(StringBuilder html, List<Report.AuditEntry> audits, Glossary words) {
        if (audits.isEmpty()) return;
        html.append("<section class=\"audits\" id=\"audits\"><h2>Audits to run</h2>\n");
        for (Report.AuditEntry audit : audits) {
            html.append("<article class=\"audit\"><h3>").append(esc(audit.name())).append("</h3><p class=\"small\">")
                    .append(esc(audit.checks())).append("</p><ul>");
            for (Report.AuditReason reason : audit.reasons()) {
                html.append("<li>").append(esc(words.text(reason.reason()))).append(becauseInline(reason.because(), words))
                        .append("</li>");
            }
            html.append("</ul></article>\n");
        }
        html.append("</section>\n");
    }

    private static void warnings(StringBuilder html, List<Report.Warning> warnings, Glossary words) {
        if (warnings.isEmpty()) return;
        html.append("<section class=\"warnings\" id=\"warnings\"><h2>Warnings</h2><ul>");
        for (Report.Warning w : warnings) {
            html.append("<li>").append(esc(words.question(w.path()))).append(": ").append(esc(w.message())).append("</li>");
        }
        html.append("</ul></section>\n");
    }

    private static void references(StringBuilder html, List<Report.Reference> references) {
        if (references.isEmpty()) return;
        html.append("<section class=\"references\" id=\"references\"><h2>References</h2>\n")
                .append("<p class=\"small\">The articles the methods of this report come from.</p><ul>");
        for (Report.Reference r : references) {
            html.append("<li data-id=\"").append(esc(r.id())).append("\">");
            if (r.url() != null) html.append("<a href=\"").append(esc(r.url())).append("\">");
            html.append(esc(r.title().en())).append(r.url() != null ? "</a>" : "").append(" <span lang=\"ru\">/ ")
                    .append(esc(r.title().ru())).append("</span></li>");
        }
        html.append("</ul></section>\n");
    }

    // ---------------------------------------------------------------- pieces

    private static String becauseInline(List<Because> because, Glossary words) {
        if (because == null || because.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        because.forEach(b -> parts.add(esc(words.answer(b).line())));
        return " <span class=\"because\">(" + String.join("; ", parts) + ")</span>";
    }

    private static String ruleRef(Report.RuleRef rule) {
        return "<p class=\"rule\">Rule “" + esc(rule.name()) + "” <code>" + esc(rule.file()) + ":" + rule.line() + "</code></p>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String esc(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
