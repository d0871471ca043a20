package dev.advisor.bench;

import dev.advisor.TestFolders;
import dev.advisor.facts.CatalogueTool;
import dev.advisor.questionnaire.Question;
import dev.advisor.questionnaire.QuestionType;
import dev.advisor.questionnaire.Questionnaire;
import dev.advisor.rules.Catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A rule base grown to many times the shipped one for the scaling benchmark: a copy of the shipped
 * rules folder plus generated rules in {@code synthetic/}. The generated rules have the shapes the
 * shipped ones have (an answer against a threshold, a tool and its catalogue entry, a segment's
 * needs, a channel without a tool, a budget summed over tools, two answers together), over the real
 * fact types, question ids, options and tools, with seeded random constants: as in a knowledge base
 * that covers more kinds of business, most do not apply to a given brief and some do.
 */
public final class SyntheticRules {
    private static final int RULES_PER_FILE = 250;

    /** The shapes of the generated rules, each one of the shipped rules' shapes. */
    public enum Shape {
        /** An answer in a band of values, with a company. */
        ANSWER_BAND,
        /** A tool in use, its expected result and its catalogue entry. */
        TOOL_AND_CATALOGUE,
        /**
         * A segment's needs, word by word, {@code from} the segment, split with {@code Words.of} as
         * rules/README.md asks and the shipped rules do.
         */
        SEGMENT_NEEDS,
        /** A kind of company selling through a channel without a tool. */
        CHANNEL_WITHOUT_TOOL,
        /** The tool budget summed with {@code accumulate}, in a band. */
        BUDGET_SUM,
        /** A choice answered together with a number. */
        CHOICE_AND_NUMBER
    }

    private static final String[] NEED_WORDS = {"price", "quality", "fast", "delivery", "service", "repair", "warm",
            "water", "ice", "reliable", "cheap", "support", "guarantee", "comfort", "speed", "safety", "local"};

    private final Random random = new Random(42);
    private final Shape only;
    private final List<Question> numeric;
    private final List<Question> choices;
    private final List<CatalogueTool> tools;
    private final List<String> channels;
    private final List<String> toolResults;

    private SyntheticRules(Questionnaire questionnaire, Catalogue catalogue, Shape only) {
        this.only = only;
        this.numeric = questionnaire.questions().filter(q -> switch (q.type()) {
            case INTEGER, NUMBER, MONEY, PERCENT, SCALE -> true;
            default -> false;
        }).toList();
        this.choices = questionnaire.questions().filter(q -> q.type() == QuestionType.CHOICE).toList();
        this.tools = catalogue.tools();
        this.channels = BenchFolders.optionValues(questionnaire.question("sales_channels").orElseThrow());
        this.toolResults = BenchFolders.optionValues(questionnaire.question("tools").orElseThrow().sub("expected_result").orElseThrow());
    }

    /**
     * Copies {@code shipped} to {@code target} and adds {@code count} generated rules under
     * {@code target/synthetic/}, of every shape or {@code only} the one given; returns {@code target}.
     */
    static Path write(Path shipped, Path target, int count, Questionnaire questionnaire, Catalogue catalogue, Shape only) {
        try {
            TestFolders.copyTree(shipped, target);
            SyntheticRules generator = new SyntheticRules(questionnaire, catalogue, only);
            for (int file = 0; file * RULES_PER_FILE < count; file++) {
                StringBuilder drl = new StringBuilder("package rules.synthetic.s" + file + "\n\n"
                        + "import dev.advisor.facts.*\nimport java.util.List\n\n");
                for (int i = file * RULES_PER_FILE; i < Math.min(count, (file + 1) * RULES_PER_FILE); i++) {
                    drl.append(generator.rule(i)).append('\n');
                }
                Path out = target.resolve("synthetic/synthetic-" + file + ".drl");
                Files.createDirectories(out.getParent());
                Files.writeString(out, drl);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One rule of a random shape. Each narrows its condition as a rule for one kind of business does
     * (a band of values, a pair of words, a channel and a customer type), so that about one in twenty
     * applies to an example brief, and puts its most selective pattern first, as a rule author should:
     * Drools links a rule's memory only once its first pattern matches.
     */
    private String rule(int n) {
        String id = "\"synthetic." + n + "\"";
        Shape shape = Shape.values()[random.nextInt(Shape.values().length)];
        return switch (only != null ? only : shape) {
            case ANSWER_BAND -> {
                Question q = numeric.get(random.nextInt(numeric.size()));
                double top = q.max() != null ? q.max() : 1_000_000;
                long low = (long) (random.nextDouble() * top);
                long high = low + Math.max(1, (long) (top / 20));
                yield rule(n, q.id() + " from " + low + " to " + high, """
                            $a : Answer( question == "%s", number != null, number >= %d, number < %d )
                            exists Company()
                        """.formatted(q.id(), low, high), id, "List.of($a.because())");
            }
            case TOOL_AND_CATALOGUE -> {
                CatalogueTool tool = tools.get(random.nextInt(tools.size()));
                String result = toolResults.get(random.nextInt(toolResults.size()));
                yield rule(n, tool.id() + " expected to bring " + result, """
                            $t : ToolInUse( tool == "%s", expectedResult == "%s" )
                            $c : CatalogueTool( id == $t.tool(), monthsToFirstResult != null, monthsToFirstResult > %d )
                        """.formatted(tool.id(), result, random.nextInt(6)), id, "List.of(Because.of(\"tools\", $t.tool()))");
            }
            case SEGMENT_NEEDS -> {
                String first = NEED_WORDS[random.nextInt(NEED_WORDS.length)];
                String second = NEED_WORDS[random.nextInt(NEED_WORDS.length)];
                yield rule(n, "segments needing " + first + " and " + second, """
                            $s : Segment( antiSegment == false, needs.size() > %d )
                            $need : String( Words.of(this).contains("%s"), Words.of(this).contains("%s") ) from $s.needs()
                        """.formatted(random.nextInt(4), first, second), id + " + \".\" + $s.index()",
                        "List.of(Because.of(\"segments\", $need))");
            }
            case CHANNEL_WITHOUT_TOOL -> {
                CatalogueTool tool = tools.get(random.nextInt(tools.size()));
                String type = List.of("b2b", "b2c", "both").get(random.nextInt(3));
                String channel = channels.get(random.nextInt(channels.size()));
                yield rule(n, type + " company selling through " + channel + " without " + tool.id(), """
                            $c : Company( customerType == "%s", salesChannels contains "%s" )
                            not ToolInUse( tool == "%s" )
                        """.formatted(type, channel, tool.id()), id, "List.of(Because.of(\"customer_type\", $c.customerType()))");
            }
            case BUDGET_SUM -> {
                long low = 1_000L * (1 + random.nextInt(500));
                yield rule(n, "tool budget from " + low + " to " + low * 11 / 10, """
                            $total : Number( doubleValue >= %d, doubleValue < %d ) from accumulate( ToolInUse( $b : monthlyBudget != null ), sum($b) )
                            exists Company()
                        """.formatted(low, low * 11 / 10), id, "List.of(Because.of(\"tools\", $total))");
            }
            case CHOICE_AND_NUMBER -> {
                Question q = choices.get(random.nextInt(choices.size()));
                String option = q.options().get(random.nextInt(q.options().size())).value();
                Question other = numeric.get(random.nextInt(numeric.size()));
                double top = other.max() != null ? other.max() : 1_000_000;
                long low = (long) (random.nextDouble() * top);
                yield rule(n, q.id() + " " + option + " with " + other.id() + " above " + low, """
                            $a : Answer( question == "%s", text == "%s" )
                            $b : Answer( question == "%s", number != null, number > %d )
                        """.formatted(q.id(), option, other.id(), low), id, "List.of($a.because(), $b.because())");
            }
        };
    }

    /** A whole rule; {@code id} and {@code because} are Java expressions of its consequence. */
    private static String rule(int n, String about, String when, String id, String because) {
        return """
                rule "Synthetic rule %d: %s"
                when
                %sthen
                    insertLogical(new Recommendation(%s, "synthetic", "low", null, "Synthetic advice %d",
                        "Generated for the scaling benchmark.", "Nothing to do.", %s));
                end
                """.formatted(n, about, when, id, n, because);
    }
}
