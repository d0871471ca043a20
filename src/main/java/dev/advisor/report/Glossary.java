package dev.advisor.report;

import dev.advisor.facts.Because;
import dev.advisor.facts.CatalogueTool;
import dev.advisor.facts.Stage;
import dev.advisor.questionnaire.Option;
import dev.advisor.questionnaire.Question;
import dev.advisor.questionnaire.Questionnaire;
import dev.advisor.rules.Catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain words for the ids a report carries, so that the renderers show an owner names and questions,
 * never {@code review_booking_platforms}, {@code main_site}, {@code goals[4].metric} or a stage id: a
 * question's label for its path, an option's label for its value, a tool's or a stage's catalogue name,
 * and a source's title where a rule's text cites it as "seed 004". The JSON keeps the ids; only what
 * people read goes through here.
 */
public final class Glossary {
    /**
     * One step of an answer's path: {@code goals[4]}, {@code sites[]} or {@code metric}. A warning's path can
     * be a key the user sent, so an index too long to be a real one is not read as a number.
     */
    private static final Pattern PATH_STEP = Pattern.compile("([a-z][a-z0-9_]*)(?:\\[(\\d{0,6})])?");
    /** A word as rules write ids into their texts; not part of an address, a file name or a hyphenated word. */
    private static final Pattern WORD = Pattern.compile("(?<![\\w/.@#-])[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?![\\w/@#-])(?!\\.\\w)");
    private static final Pattern SEED = Pattern.compile("\\b[Ss]eed (\\d{3})\\b");
    private static final Map<String, String> MATURITY_AREAS = Map.of("analytics", "Web analytics", "crm", "CRM",
            "automation", "Automation");

    private final String questionnaireTitle;
    private final Map<String, String> stages;
    /** Labels by question key: {@code goals} for the group, {@code goals.metric} for its sub-question. */
    private final Map<String, String> questions;
    /**
     * The words of each question's answers, by question key: its options' labels by value; for a group
     * also the options of its sub-questions and their labels by id, which rules list ("answered: kind, usp").
     */
    private final Map<String, Map<String, String>> answers;
    /** What an id that rules write into a text stands for: tools first, then every option with one meaning. */
    private final Map<String, String> terms;
    private final Set<String> tools;
    private final Map<String, String> seeds;

    private Glossary(String questionnaireTitle, Map<String, String> stages, Map<String, String> questions,
                     Map<String, Map<String, String>> answers, Map<String, String> terms, Set<String> tools,
                     Map<String, String> seeds) {
        this.questionnaireTitle = questionnaireTitle;
        this.stages = stages;
        this.questions = questions;
        this.answers = answers;
        this.terms = terms;
        this.tools = tools;
        this.seeds = seeds;
    }

    /** The words of a catalogue and a questionnaire, in English, the language of the report. */
    public static Glossary of(Catalogue catalogue, Questionnaire questionnaire) {
        Map<String, String> stages = new HashMap<>();
        for (Stage stage : catalogue.stages()) stages.put(stage.id(), stage.nameEn());
        Map<String, String> terms = new HashMap<>();
        Set<String> tools = new HashSet<>();
        for (CatalogueTool tool : catalogue.tools()) {
            terms.put(tool.id(), tool.nameEn());
            tools.add(tool.id());
        }
        Map<String, String> questions = new HashMap<>();
        Map<String, Map<String, String>> answers = new HashMap<>();
        Map<String, String> optionTerms = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        questionnaire.questions().forEach(q -> {
            questions.put(q.id(), q.label().en());
            collect(q.id(), q, answers, optionTerms, ambiguous);
            for (Question sub : q.questions()) {
                questions.put(q.id() + "." + sub.id(), sub.label().en());
                collect(q.id() + "." + sub.id(), sub, answers, optionTerms, ambiguous);
                // A rule may cite the whole group ("tools = seo, sms"): its items are values of the sub-questions.
                collect(q.id(), sub, answers, optionTerms, ambiguous);
                answers.computeIfAbsent(q.id(), k -> new HashMap<>()).putIfAbsent(sub.id(), sub.label().en());
            }
        });
        // "none" is "No seasonality" in one question and "Nobody in-house" in another: out of context a plain word
        // names nothing. An underscored id names one thing, however the questions word it ("online_shop").
        ambiguous.stream().filter(value -> !value.contains("_")).forEach(optionTerms::remove);
        optionTerms.forEach(terms::putIfAbsent);
        Map<String, String> seeds = new HashMap<>();
        for (Catalogue.Source source : catalogue.sources()) {
            if (source.seed() != null) seeds.put(source.seed(), source.titleEn());
        }
        return new Glossary(questionnaire.title().en(), Map.copyOf(stages), Map.copyOf(questions), Map.copyOf(answers),
                Map.copyOf(terms), Set.copyOf(tools), Map.copyOf(seeds));
    }

    private static void collect(String key, Question question, Map<String, Map<String, String>> answers,
                                Map<String, String> terms, Set<String> ambiguous) {
        for (Option option : question.options()) {
            answers.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(option.value(), option.label().en());
            String known = terms.putIfAbsent(option.value(), option.label().en());
            if (known != null && !known.equals(option.label().en())) ambiguous.add(option.value());
        }
    }

    public String questionnaireTitle() {
        return questionnaireTitle;
    }

    /** A stage's name; null (advice about no one stage) stays null. */
    public String stage(String id) {
        return id == null ? null : stages.getOrDefault(id, id);
    }

    /** A conversion as people say it: "visitor to lead". */
    public String conversion(String id) {
        return id.replace('_', ' ');
    }

    public String maturityArea(String id) {
        return MATURITY_AREAS.getOrDefault(id, id);
    }

    /**
     * The question an answer's path stands for: {@code goals[4].metric} is "Goals no. 5: What do you
     * measure?"; a sum of two answers ({@code a + b}) names both.
     */
    public String question(String path) {
        if (path.contains(" + ")) {
            StringBuilder both = new StringBuilder();
            for (String part : path.split(" \\+ ")) both.append(both.isEmpty() ? "" : " + ").append(question(part));
            return both.toString();
        }
        String[] steps = path.split("\\.", 2);
        Matcher step = PATH_STEP.matcher(steps[0]);
        if (!step.matches()) return path;
        String group = step.group(1);
        String index = step.group(2);
        String label = questions.get(group);
        if (label == null) return path;
        if (index != null && !index.isEmpty()) label += " no. " + (Integer.parseInt(index) + 1);
        if (steps.length == 1) return label;
        String sub = questions.get(group + "." + steps[1]);
        return sub == null ? path : label + ": " + sub;
    }

    /** An answer as people read it: its question's label and its value in the question's own words. */
    public Answer answer(Because because) {
        return new Answer(question(because.question()), value(because.question(), because.value()));
    }

    /** A question and its answer, both in plain words. */
    public record Answer(String question, String value) {
        /** As both renderers write it: "Do you use a CRM system? — no". */
        public String line() {
            return question + " — " + value;
        }
    }

    /** A value in the words of its question: an option, or a list of them, by its label. */
    String value(String path, String value) {
        return name(value, answers.getOrDefault(key(path), Map.of()));
    }

    /** {@code goals[4].metric} as its question key, {@code goals.metric}. */
    private static String key(String path) {
        return path.replaceAll("\\[\\d*]", "");
    }

    /** A rule's text with the ids in it named, and the sources it cites by number named by title. */
    public String text(String text) {
        return name(text, Map.of());
    }

    /**
     * Names the ids in {@code text}; {@code context} holds the words of the question it answers, if any. An
     * id joined by underscores is named wherever it stands. A one-word id ({@code sms}, {@code landing},
     * {@code kind}) could be an ordinary word, so it is named only where it is plainly an id: a whole item
     * of the answer, an item of a list with an underscored id in it or of one made of the question's words
     * alone, or a tool that is the whole text or stands right after "(" or ": ".
     */
    private String name(String text, Map<String, String> context) {
        if (text == null || text.isEmpty()) return text;
        String cited = cite(text);
        List<Word> words = WORD.matcher(cited).results().map(m -> new Word(m.start(), m.end(), m.group())).toList();
        if (words.isEmpty()) return cited;
        boolean[] replace = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (known(w.word(), context) == null) continue;
            replace[i] = w.word().contains("_")
                    || context.containsKey(w.word()) && item(cited, w)
                    || tools.contains(w.word()) && (cited.strip().equals(w.word()) || precededBy(cited, w, "(")
                    || precededBy(cited, w, ": "));
        }
        markLists(cited, words, replace, context);
        StringBuilder out = new StringBuilder(cited.length() + 32);
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!replace[i]) continue;
            Word w = words.get(i);
            out.append(cited, at, w.start()).append(known(w.word(), context));
            at = w.end();
        }
        return out.append(cited, at, cited.length()).toString();
    }

    private String known(String word, Map<String, String> context) {
        String inContext = context.get(word);
        return inContext != null ? inContext : terms.get(word);
    }

    private record Word(int start, int end, String word) {
    }

    /** A whole item of an answer's list: between the start or ", " and ", " or the end. */
    private static boolean item(String text, Word w) {
        return (w.start() == 0 || precededBy(text, w, ", ")) && (w.end() == text.length() || text.startsWith(", ", w.end()));
    }

    /**
     * Marks every known word of a ", "-joined run of two or more words that is plainly a list of ids: one
     * of its words is an underscored id, or every one of them is a word of the question.
     */
    private void markLists(String text, List<Word> words, boolean[] replace, Map<String, String> context) {
        int from = 0;
        while (from < words.size()) {
            int to = from;
            while (to + 1 < words.size() && words.get(to + 1).start() - words.get(to).end() == 2
                    && text.startsWith(", ", words.get(to).end())) to++;
            boolean underscored = false;
            boolean allOfTheQuestion = true;
            for (int i = from; i <= to; i++) {
                String word = words.get(i).word();
                underscored |= word.contains("_") && known(word, context) != null;
                allOfTheQuestion &= context.containsKey(word);
            }
            for (int i = from; (underscored || allOfTheQuestion) && to > from && i <= to; i++) {
                replace[i] |= known(words.get(i).word(), context) != null;
            }
            from = to + 1;
        }
    }

    private static boolean precededBy(String text, Word word, String before) {
        return text.startsWith(before, word.start() - before.length());
    }

    /** "seed 004" as the title of the article, which is what the report cites it by. */
    private String cite(String text) {
        if (seeds.isEmpty()) return text;
        return SEED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                seeds.containsKey(m.group(1)) ? "“" + seeds.get(m.group(1)) + "”" : m.group()));
    }
}
