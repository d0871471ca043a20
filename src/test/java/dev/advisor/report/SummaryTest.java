package dev.advisor.report;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary an owner reads first: the plan's first three steps and a verdict per component. */
class SummaryTest {

    static Stream<String> examples() throws Exception {
        return ExampleReports.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theSummaryHoldsAtMostThreeStepsAndTheyAreThePlansFirstThree(String example) throws Exception {
        // given the report of an example brief
        Report report = ExampleReports.report(example);
        // when its summary is read
        List<Report.FirstStep> first = report.summary().firstSteps();
        // then it holds the first three steps of the plan, in the plan's order and words
        assertEquals(Math.min(3, report.actionPlan().size()), first.size(), "steps in the summary");
        for (int i = 0; i < first.size(); i++) {
            Report.ActionStep planned = report.actionPlan().get(i);
            assertEquals(new Report.FirstStep(planned.step(), planned.id(), planned.title(), planned.firstStep()),
                    first.get(i));
        }
        assertEquals("The three things to do first", report.summary().firstStepsTitle());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyComponentAppearsOnceInTheSummaryWithItsStatus(String example) throws Exception {
        // given the report of an example brief
        Report report = ExampleReports.report(example);
        // when its verdicts are read
        List<Report.AreaVerdict> areas = report.summary().areas();
        // then each of the eight components has exactly one, in the components' order, with the same status
        assertEquals(report.components().stream().map(Report.ComponentEntry::component).toList(),
                areas.stream().map(Report.AreaVerdict::component).toList());
        assertEquals(8, Set.copyOf(areas.stream().map(Report.AreaVerdict::component).toList()).size());
        for (int i = 0; i < areas.size(); i++) {
            Report.ComponentEntry component = report.components().get(i);
            assertEquals(component.status(), areas.get(i).status());
            // a component no rule judged is said to be not assessed rather than "unknown"
            String status = "unknown".equals(component.status()) ? "not assessed" : component.status();
            assertTrue(areas.get(i).verdict().startsWith(component.name() + ": " + status + " — "), areas.get(i).verdict());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aVerdictIsOneSentenceInTheComponentsOwnWordsWithNoRawId(String example) throws Exception {
        // given the report of an example brief
        Report report = ExampleReports.report(example);
        for (Report.AreaVerdict area : report.summary().areas()) {
            if ("unknown".equals(area.status())) continue;
            String said = area.verdict().substring(area.verdict().indexOf(" — ") + 3);
            // then the verdict is one sentence
            assertTrue(said.endsWith("."), area.verdict());
            assertFalse(said.substring(0, said.length() - 1).matches(".*[.!?]\\s+\\p{Lu}.*"), area.verdict());
            // taken from what the components section says of it
            Report.ComponentEntry component = report.components().stream()
                    .filter(c -> c.component().equals(area.component())).findFirst().orElseThrow();
            String own = report.glossary().text(component.summary());
            assertTrue(own.toLowerCase().startsWith(said.substring(0, said.length() - 1).toLowerCase()),
                    area.verdict() + " | " + own);
            // and names things rather than showing their ids
            assertFalse(said.matches(".*\\b[a-z]+_[a-z_]+\\b.*"), area.verdict());
        }
    }

    @Nested
    class AShortOrEmptyPlan {

        @Test
        void aPlanOfOneStepIsTheWholeListUnderASingularHeading() {
            // given a summary with one step
            Report.Summary summary = new Report.Summary(
                    List.of(new Report.FirstStep(1, "goals.none", "Set goals", "Write one goal.")), List.of());
            // then the heading counts it
            assertEquals("The first thing to do", summary.firstStepsTitle());
        }

        @Test
        void aBriefWithNothingToJudgeHasNoFirstStepsAndEveryAreaNotAssessed() throws Exception {
            // given an empty draft
            Report report = ExampleReports.draft("{}");
            // when summarised
            Report.Summary summary = report.summary();
            // then nothing is to do first, and every component is there, said not to be assessed yet
            assertEquals(List.of(), summary.firstSteps());
            assertNull(summary.firstStepsTitle());
            assertEquals(8, summary.areas().size());
            summary.areas().forEach(a -> assertTrue(a.verdict().contains("not assessed"), a.verdict()));
        }
    }
}
