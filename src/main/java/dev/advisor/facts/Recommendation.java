package dev.advisor.facts;

import java.util.List;

/**
 * Advice the rules give. {@code id} is stable and dotted ({@code funnel.empty-stage.retention}) so
 * reports can be compared; {@code because} lists the answers it rests on. The rule that inserted it is
 * recorded by the engine, so rule authors never write their own file and line.
 */
public record Recommendation(String id, String category, String priority, String title,
                             String detail, List<Because> because) {
}
