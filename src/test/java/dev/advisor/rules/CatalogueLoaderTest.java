package dev.advisor.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.advisor.RulesFolderTest;
import dev.advisor.app.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A catalogue whose entries refer to what does not exist is refused with the file and the JSON path. */
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
}
