package dev.advisor.report;

import dev.advisor.facts.Because;

import java.util.List;
import java.util.stream.Collectors;

/** Renders a report as Markdown for people: the same content as the JSON, in reading order. */
public final class MarkdownRenderer {

    public String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Internet-marketing strategy report\n\n");
        md.append("Questionnaire: `").append(report.questionnaire()).append("` · rules version `")
                .append(report.rulesVersion()).append("`\n\n");

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
                        .append(reason.text()).append(because(reason.because())).append('\n');
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

        md.append("## USP per segment\n\n");
        if (report.usps().isEmpty()) md.append("No segment has a benefit that answers its needs.\n\n");
        for (Report.UspEntry usp : report.usps()) {
            md.append("### ").append(usp.segment()).append("\n\n").append(usp.proposition()).append("\n\n");
            md.append("- Benefits: ").append(String.join("; ", usp.benefits())).append('\n');
            md.append("- Needs answered: ").append(String.join("; ", usp.needs())).append("\n\n");
        }

        md.append("## Recommendations\n\n");
        if (report.recommendations().isEmpty()) md.append("None.\n\n");
        for (Report.RecommendationEntry r : report.recommendations()) {
            md.append("### [").append(r.priority()).append("] ").append(r.title()).append("\n\n");
            md.append(r.detail()).append("\n\n");
            md.append("- Because: ").append(r.because().stream().map(MarkdownRenderer::answer)
                    .collect(Collectors.joining("; "))).append('\n');
            if (r.rule() != null) {
                md.append("- Rule: \"").append(r.rule().name()).append("\" (").append(r.rule().file()).append(':')
                        .append(r.rule().line()).append(")\n");
            }
            md.append("- Id: `").append(r.id()).append("`\n\n");
        }

        if (!report.warnings().isEmpty()) {
            md.append("## Warnings\n\n");
            for (Report.Warning w : report.warnings()) md.append("- `").append(w.path()).append("`: ").append(w.message()).append('\n');
            md.append('\n');
        }
        return md.toString();
    }

    private static String because(List<Because> because) {
        if (because.isEmpty()) return "";
        return " (" + because.stream().map(MarkdownRenderer::answer).collect(Collectors.joining("; ")) + ")";
    }

    private static String answer(Because b) {
        return "`" + b.question() + "` = " + b.value();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
