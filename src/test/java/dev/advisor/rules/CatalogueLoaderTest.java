package dev.advisor.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.RulesFolderTest;
import dev.advisor.app.Json;
import dev.advisor.facts.Recommendation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A catalogue whose entries refer to what does not exist is refused with the file and the JSON path; the
 * benchmarks reach the rules as facts.
 */
class CatalogueLoaderTest extends RulesFolderTest {
    private static final ObjectMapper JSON = Json.mapper();
    private final RuleSetLoader loader = new RuleSetLoader(JSON);

    @BeforeEach
    void oneRule() throws Exception {
        write("ok.drl", "package rules.test;\n\nimport dev.advisor.facts.*;\n\nrule \"Fine\"\nwhen\n    Stage()\nthen\nend\n");
    }

    /** Changes one entry of a shipped catalogue file in the test's rules folder. */
    private void change(String file, String array, int index, Consumer<ObjectNode> edit) throws Exception {
        Path path = rules.resolve("catalogue").resolve(file);
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(path));
        edit.accept((ObjectNode) root.get(array).get(index));
        Files.writeString(path, JSON.writeValueAsString(root));
    }

    private String refusal() {
        return assertThrows(RuleBuildException.class, () -> loader.load(rules)).getMessage();
    }

    @Test
    void theShippedCatalogueCopiedElsewhereLoads() throws Exception {
        assertEquals(48, loader.load(rules).catalogue().tools().size());
    }

    @Nested
    class ToolTraits {
        @Test
        void anUnknownRequiredTraitIsRefusedWithItsPath() throws Exception {
            change("tools.json", "tools", 2, tool -> tool.putArray("requires").add("has-site").add("has-sight"));
            assertEquals("rules/catalogue/tools.json: tools[2].requires: unknown trait 'has-sight'", refusal());
        }

        @Test
        void anUnknownSuitedTraitIsRefusedWithItsPath() throws Exception {
            change("tools.json", "tools", 0, tool -> tool.putArray("suits").add("walk-in"));
            assertEquals("rules/catalogue/tools.json: tools[0].suits: unknown trait 'walk-in'", refusal());
        }

        @Test
        void anUnknownUnsuitedTraitIsRefusedWithItsPath() throws Exception {
            // opinion leaders, unsuited for urgent demand already
            change("tools.json", "tools", 5, tool -> ((ArrayNode) tool.get("unsuitedFor")).add("b2c"));
            assertEquals("rules/catalogue/tools.json: tools[5].unsuitedFor: unknown trait 'b2c'", refusal());
        }

        @Test
        void aTraitListThatIsNotAListIsRefused() throws Exception {
            change("tools.json", "tools", 1, tool -> tool.put("requires", "has-site"));
            assertEquals("rules/catalogue/tools.json: tools[1].requires: expected a list of strings", refusal());
        }

        @Test
        void aToolUnsuitedForATraitItRequiresIsRefusedAsAContradiction() throws Exception {
            change("tools.json", "tools", 0, tool -> {
                tool.putArray("requires").add("has-site");
                tool.putArray("unsuitedFor").add("has-site");
            });
            assertEquals("rules/catalogue/tools.json: tools[0].unsuitedFor: trait 'has-site' is also in requires", refusal());
        }

        @Test
        void aTraitVocabularyWithABadIdIsRefused() throws Exception {
            change("traits.json", "traits", 0, trait -> trait.put("id", "Has Site"));
            String message = refusal();
            assertEquals("rules/catalogue/traits.json: traits[0].id: expected a lower-case trait id such as has-site",
                    message.lines().findFirst().orElseThrow());
        }
    }

    @Test
    void aRuleChoosesTheBenchmarkTheBusinessModelDescribesAndReadsItsRates() throws Exception {
        // given a rule that picks the kind of the business by its own words, the lowest order winning
        write("b/benchmark.drl", """
                package rules.test;

                import dev.advisor.facts.*;
                import java.util.List;

                rule "The benchmark of the business model is read"
                when
                    $model : String()
                    $b : ConversionBenchmark( describes($model), $rate : visitorToLead.rate )
                    not ConversionBenchmark( describes($model), order < $b.order )
                then
                    insert(new Recommendation("benchmark." + $b.kind() + "." + $rate, "funnel", "low", null, "t", "d", "s", List.of()));
                end
                """);
        RuleSet set = loader.load(rules);
        // when evaluated for a dental clinic
        List<Recommendation> found = new RuleEngine().evaluate(set, List.of("Стоматологическая клиника и кафе при ней"))
                .factsOf(Recommendation.class);
        // then the clinic's figures are used, not the café's
        assertEquals(List.of("benchmark.clinic.0.04"), found.stream().map(Recommendation::id).toList());
    }

    @Nested
    class Benchmarks {
        @Test
        void aRateGivenInPercentIsRefusedWithItsPath() throws Exception {
            change("benchmarks.json", "benchmarks", 4, kind -> ((ObjectNode) kind.get("leadToCustomer")).put("rate", 30));
            assertEquals("rules/catalogue/benchmarks.json: benchmarks[4].leadToCustomer.rate: expected a fraction from 0 to 1 (0.02 for 2%)",
                    refusal());
        }

        @Test
        void aFigureWithoutASourceIsRefused() throws Exception {
            change("benchmarks.json", "benchmarks", 0, kind -> ((ObjectNode) kind.get("customerToRepeat")).remove("source"));
            assertEquals("rules/catalogue/benchmarks.json: benchmarks[0].customerToRepeat.source: expected a text saying where the figure comes from",
                    refusal());
        }

        @Test
        void anUnknownSelectingTraitIsRefusedWithItsPath() throws Exception {
            change("benchmarks.json", "benchmarks", 2, kind -> kind.putArray("selectingTraits").add("saas"));
            assertEquals("rules/catalogue/benchmarks.json: benchmarks[2].selectingTraits: unknown trait 'saas'", refusal());
        }

        @Test
        void aKeywordThatCouldNeverMatchAWordIsRefused() throws Exception {
            change("benchmarks.json", "benchmarks", 1, kind -> ((ArrayNode) kind.get("keywords")).add("Ёлка"));
            assertEquals("rules/catalogue/benchmarks.json: benchmarks[1].keywords[19]: expected one lower-case word, "
                    + "with е for ё, optionally ending in * to match its endings", refusal());
        }

        @Test
        void aSecondKindWithNeitherTraitsNorKeywordsIsRefusedAsAnAmbiguousFallback() throws Exception {
            change("benchmarks.json", "benchmarks", 0, kind -> kind.remove("keywords"));
            assertEquals("rules/catalogue/benchmarks.json: benchmarks: expected exactly one kind with no selectingTraits "
                    + "and no keywords (the fallback), found benchmarks[0], benchmarks[7]", refusal());
        }

        @Test
        void aDuplicateKindIsRefused() throws Exception {
            change("benchmarks.json", "benchmarks", 1, kind -> kind.put("kind", "clinic"));
            assertEquals("rules/catalogue/benchmarks.json: benchmarks[1].kind: duplicate kind 'clinic'", refusal());
        }
    }
}
