package dev.advisor.facts;

import java.util.List;

/**
 * Advice the rules give. {@code id} is stable and dotted ({@code funnel.empty-stage.retention}) so
 * reports can be compared; {@code detail} is the rationale, {@code firstStep} the first thing to do,
 * {@code stage} the funnel stage the advice is about (null when it concerns no one stage; the action
 * plan orders by it) and {@code because} lists the answers it rests on. The rule that inserted it is
 * recorded by the engine, so rule authors never write their own file and line.
 */
public record Recommendation(String id, String category, String priority, String stage, String title,
                             String detail, String firstStep, List<Because> because) implements Finding {
}
