package dev.advisor.report;

import dev.advisor.facts.Because;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a report as Markdown for people: the same content as the JSON, in reading order, the summary
 * first and the sources last, with every id in the plain words of the report's glossary.
 */
public final class MarkdownRenderer {

    public String render(Report report) {
        Glossary words = report.glossary();
        StringBuilder md = new StringBuilder();
        md.append("# Internet-marketing strategy report\n\n");
        md.append("Questionnaire: ").append(words.questionnaireTitle()).append(" · rules version `")
                .append(report.rulesVersion()).append("`\n\n");
        summary(md, report.summary(), words);

        md.append("## Strategy\n\n");
        Report.StrategySection strategy = report.strategy();
        if (strategy.recommended() != null) {
            String name = strategy.ranking().stream().filter(r -> r.strategy().equals(strategy.recommended()))
                    .map(Report.StrategyRank::name).findFirst().orElse(strategy.recommended());
            md.append("**Recommended: ").append(name).append("**\n\n");
        }
        md.append("| # | Strategy | Score |\n|---|---|---|\n");
        int place = 1;
        for (Report.StrategyRank rank : strategy.ranking()) {
            md.append("| ").append(place++).append(" | ").append(cell(rank.name())).append(" | ").append(rank.score()).append(" |\n");
        }
        md.append('\n');
        for (Report.StrategyRank rank : strategy.ranking()) {
            md.append("### ").append(rank.name()).append(" (").append(rank.score()).append(")\n\n");
            if (rank.reasons().isEmpty()) md.append("- No answer speaks for or against it.\n");
            for (Report.Reason reason : rank.reasons()) {
                md.append("- ").append(reason.points() > 0 ? "+" : "").append(reason.points()).append(": ")
                        .append(words.text(reason.text())).append(because(reason.because(), words)).append('\n');
            }
            md.append('\n');
        }

        md.append("## Sales funnel\n\n| Stage | Tools in use | Status |\n|---|---|---|\n");
        for (Report.StageEntry stage : report.funnel().stages()) {
            md.append("| ").append(cell(stage.name())).append(" | ")
                    .append(stage.tools().isEmpty() ? "—" : cell(String.join(", ", stage.tools())))
                    .append(" | ").append("empty".equals(stage.status()) ? "**empty**" : stage.status()).append(" |\n");
        }
        md.append('\n');
        if (!report.funnel().conversions().isEmpty()) {
            md.append("| Conversion | Stage | Rate | Usual |\n|---|---|---|---|\n");
            for (Report.ConversionEntry c : report.funnel().conversions()) {
                md.append("| ").append(words.conversion(c.conversion())).append(" | ").append(cell(words.stage(c.stage())))
                        .append(" | ")
                        .append(percent(c.rate())).append(" | ").append(percent(c.typical())).append(" |\n");
            }
            md.append('\n');
        }
        if (report.funnel().bottleneck() != null) {
            Report.BottleneckEntry b = report.funnel().bottleneck();
            md.append("**Bottleneck: ").append(b.name()).append("** (").append(words.conversion(b.conversion())).append(' ')
                    .append(percent(b.rate())).append(" against a usual ").append(percent(b.typical())).append(")\n\n");
        }

        md.append("## USP per segment\n\n");
        if (report.usps().isEmpty()) md.append("No segment has a benefit that answers its needs.\n\n");
        for (Report.UspEntry usp : report.usps()) {
            md.append("### ").append(usp.segment()).append("\n\n").append(words.text(usp.proposition())).append("\n\n");
            md.append("- Benefits: ").append(String.join("; ", usp.benefits())).append('\n');
            md.append("- Needs answered: ").append(String.join("; ", usp.needs())).append("\n\n");
        }

        if (!report.actionPlan().isEmpty()) {
            md.append("## Action plan\n\n| # | Priority | Stage | Action | First step |\n|---|---|---|---|---|\n");
            for (Report.ActionStep step : report.actionPlan()) {
                md.append("| ").append(step.step()).append(" | ").append(step.priority()).append(" | ")
                        .append(step.stage() == null ? "—" : cell(words.stage(step.stage()))).append(" | ")
                        .append(cell(words.text(step.title()))).append(" | ").append(cell(words.text(step.firstStep())))
                        .append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Recommendations\n\n");
        if (report.recommendations().isEmpty()) md.append("None.\n\n");
        for (Report.RecommendationEntry r : report.recommendations()) {
            md.append("### [").append(r.priority()).append("] ").append(words.text(r.title())).append("\n\n");
            md.append(words.text(r.detail())).append("\n\n");
            if (r.firstStep() != null) md.append("- First step: ").append(words.text(r.firstStep())).append('\n');
            if (!r.covers().isEmpty()) {
                md.append("- Also covers: ").append(r.covers().stream().map(c -> words.text(c.title()))
                        .collect(Collectors.joining("; "))).append('\n');
            }
            md.append("- Because: ").append(r.because().stream().map(b -> words.answer(b).line())
                    .collect(Collectors.joining("; "))).append('\n');
            if (r.rule() != null) {
                md.append("- Rule: \"").append(r.rule().name()).append("\" (").append(r.rule().file()).append(':')
                        .append(r.rule().line()).append(")\n");
            }
            md.append("- Id: `").append(r.id()).append("`\n\n");
        }

        components(md, report);
        maturity(md, report);
        swot(md, report);
        journeyMap(md, report);
        kpis(md, report);
        audits(md, report);

        if (!report.warnings().isEmpty()) {
            md.append("## Warnings\n\n");
            for (Report.Warning w : report.warnings()) {
                md.append("- ").append(words.question(w.path())).append(": ").append(w.message()).append('\n');
            }
            md.append('\n');
        }
        references(md, report.references());
        return md.toString();
    }

    private static void summary(StringBuilder md, Report.Summary summary, Glossary words) {
        md.append("## Summary\n\n");
        if (summary.firstStepsTitle() != null) {
            md.append("### ").append(summary.firstStepsTitle()).append("\n\n");
            for (Report.FirstStep step : summary.firstSteps()) {
                md.append(step.step()).append(". **").append(words.text(step.title())).append("**  \n   ")
                        .append(words.text(step.firstStep())).append('\n');
            }
            md.append('\n');
        }
        md.append("### Where each area stands\n\n");
        for (Report.AreaVerdict area : summary.areas()) md.append("- ").append(area.verdict()).append('\n');
        md.append('\n');
    }

    private static void references(StringBuilder md, List<Report.Reference> references) {
        if (references.isEmpty()) return;
        md.append("## References\n\nThe articles the methods of this report come from.\n\n");
        for (Report.Reference r : references) {
            String title = r.title().en() + " / " + r.title().ru();
            md.append("- ").append(r.url() == null ? title : "[" + title + "](" + r.url() + ")").append('\n');
        }
        md.append('\n');
    }

    private static void components(StringBuilder md, Report report) {
        if (report.components().isEmpty()) return;
        Glossary words = report.glossary();
        md.append("## The eight components of the internet-marketing system\n\n| Component | Status | Why | What to do |\n|---|---|---|---|\n");
        for (Report.ComponentEntry c : report.components()) {
            md.append("| ").append(cell(c.name())).append(" | ").append(c.status()).append(" | ")
                    .append(cell(words.text(c.summary()))).append(" | ").append(c.todo() == null ? "—" : cell(words.text(c.todo())))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void maturity(StringBuilder md, Report report) {
        if (report.maturity().isEmpty()) return;
        Glossary words = report.glossary();
        md.append("## Analytics, CRM and automation maturity\n\n");
        for (Report.MaturityArea area : report.maturity()) {
            md.append("### ").append(words.maturityArea(area.area())).append(": ").append(area.met()).append(" of ").append(area.total())
                    .append("\n\n");
            for (Report.MaturityEntry check : area.checks()) {
                md.append("- [").append(check.met() ? "x" : " ").append("] ").append(words.text(check.text())).append('\n');
            }
            md.append('\n');
        }
    }

    private static void swot(StringBuilder md, Report report) {
        Report.SwotSection swot = report.swot();
        if (swot.strengths().isEmpty() && swot.weaknesses().isEmpty() && swot.opportunities().isEmpty()
                && swot.threats().isEmpty()) return;
        Glossary words = report.glossary();
        md.append("## SWOT\n\n");
        quadrant(md, "Strengths", swot.strengths(), words);
        quadrant(md, "Weaknesses", swot.weaknesses(), words);
        quadrant(md, "Opportunities", swot.opportunities(), words);
        quadrant(md, "Threats", swot.threats(), words);
        if (!swot.tows().isEmpty()) {
            md.append("### TOWS\n\n");
            for (Report.TowsEntry t : swot.tows()) md.append("- ").append(t.kind()).append(": ").append(words.text(t.text())).append('\n');
            md.append('\n');
        }
    }

    private static void quadrant(StringBuilder md, String title, List<Report.SwotEntry> entries, Glossary words) {
        md.append("### ").append(title).append("\n\n");
        if (entries.isEmpty()) md.append("- None found in the answers.\n");
        for (Report.SwotEntry e : entries) {
            md.append("- ").append(words.text(e.text())).append(because(e.because(), words)).append('\n');
        }
        md.append('\n');
    }

    private static void journeyMap(StringBuilder md, Report report) {
        if (report.journeyMap().isEmpty()) return;
        md.append("## Customer journey map\n\n");
        for (Report.JourneyMap map : report.journeyMap()) {
            md.append("### ").append(map.segment()).append("\n\n| | ");
            map.stages().forEach(s -> md.append(cell(s.name())).append(" | "));
            md.append("\n|---|");
            map.stages().forEach(s -> md.append("---|"));
            md.append('\n');
            for (Report.JourneyStage.Row row : Report.JourneyStage.ROWS) {
                journeyRow(md, row.title(), map, row.field(), report.glossary());
            }
            md.append('\n');
        }
    }

    private static void journeyRow(StringBuilder md, String title, Report.JourneyMap map,
                                   java.util.function.Function<Report.JourneyStage, List<String>> field, Glossary words) {
        md.append("| ").append(title).append(" | ");
        for (Report.JourneyStage stage : map.stages()) {
            List<String> entries = field.apply(stage);
            md.append(entries.isEmpty() ? "—" : cell(entries.stream().map(words::text).collect(Collectors.joining("; "))))
                    .append(" | ");
        }
        md.append('\n');
    }

    private static void kpis(StringBuilder md, Report report) {
        if (report.kpis().stages().isEmpty() && report.kpis().tools().isEmpty()) return;
        md.append("## KPI dashboard\n\n| Stage or tool | Metrics |\n|---|---|\n");
        for (Report.KpiEntry k : report.kpis().stages()) {
            md.append("| **").append(cell(k.name())).append("** | ").append(cell(String.join(", ", k.metrics()))).append(" |\n");
        }
        for (Report.KpiEntry k : report.kpis().tools()) {
            md.append("| ").append(cell(k.name())).append(" | ").append(cell(String.join(", ", k.metrics()))).append(" |\n");
        }
        md.append('\n');
    }

    private static void audits(StringBuilder md, Report report) {
        if (report.audits().isEmpty()) return;
        Glossary words = report.glossary();
        md.append("## Audits to run\n\n");
        for (Report.AuditEntry audit : report.audits()) {
            md.append("### ").append(audit.name()).append("\n\n").append(audit.checks()).append("\n\n");
            for (Report.AuditReason reason : audit.reasons()) {
                md.append("- ").append(words.text(reason.reason())).append(because(reason.because(), words)).append('\n');
            }
            md.append('\n');
        }
    }

    /** A rate (0..1) as people read it, "2.7%"; the HTML report writes rates the same way. */
    static String percent(double rate) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String because(List<Because> because, Glossary words) {
        if (because.isEmpty()) return "";
        return " (" + because.stream().map(b -> words.answer(b).line()).collect(Collectors.joining("; ")) + ")";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
