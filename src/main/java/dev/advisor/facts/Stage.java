package dev.advisor.facts;

import java.util.List;

/**
 * A stage of the customer path, from the stage model in {@code rules/catalogue/stages.json}: what the
 * client wants at it, the marketer's task, the stage KPIs and the usual obstacles, which the customer
 * journey map starts from.
 */
public record Stage(String id, int order, String nameEn, String nameRu, String clientGoal, String marketerTask,
                    List<String> kpis, List<String> obstacles) {
}
