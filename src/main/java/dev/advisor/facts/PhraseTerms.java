package dev.advisor.facts;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The terms of a phrase as {@link NeedMatcher} compares them: the stems Lucene's Russian or English
 * analyzer makes of its words ("тёплой кабине" and "тёплая кабина" both give "тепл", "кабин"; "repairs"
 * gives "repair"), without stop words and filler, each once. Some terms are generic: they are counted
 * but cannot tie two phrases on their own.
 */
record PhraseTerms(List<String> terms, Set<String> generic) {
    // Both analyzers keep their token streams per thread (Lucene's reuse strategy), so one of each
    // serves every evaluation.
    private static final Analyzer RUSSIAN = new RussianAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    // Words Lucene's stop lists leave in that say nothing about a product: pronouns, prepositions
    // ("under", "across"), quantifiers ("every", "whole", "one" of "in one place"), "который". Removed
    // by their stems, so every form goes.
    private static final Set<String> FILLER = stemsOf(
            "from", "onto", "up", "your", "you", "our", "we", "can", "do", "does", "has", "have", "had", "what",
            "where", "when", "which", "who", "how", "very", "more", "less", "than", "also", "all", "any",
            "every", "each", "other", "own", "whole", "one", "so", "my", "me", "he", "she", "him", "her", "them",
            "were", "been", "would", "could", "should", "may", "must", "just", "even", "only", "about", "per",
            "via", "within", "without", "under", "over", "after", "before", "across", "between", "through",
            "during", "until", "since", "around", "near",
            "это", "также", "который", "которая", "которые", "очень", "наш", "наша", "наши", "ваш",
            "ваша", "ваши", "свой", "своя", "свои", "весь", "вся", "каждый", "каждая", "каждое",
            "любой", "любая", "самый", "самая", "около", "вокруг");

    // Praise and speed that any benefit can claim: "fast delivery" and "fast repair", "качество
    // обслуживания" and "качество продукции" share a word and say different things. Numbers are
    // generic too: "in 48 hours" is how soon, not what.
    private static final Set<String> GENERIC = stemsOf(
            "quality", "best", "better", "good", "great", "excellent", "perfect", "high", "low", "fast", "quick",
            "quickly", "easy", "easily", "convenient", "reliable", "proven", "professional", "modern", "premium",
            "unique", "individual", "approach", "new",
            "качество", "качественный", "лучший", "хороший", "отличный", "высокий", "высокая", "низкий",
            "низкая", "быстро", "быстрый", "легко", "лёгкий", "удобно", "удобный", "надёжный", "проверенный",
            "профессиональный", "современный", "премиальный", "уникальный", "индивидуальный", "подход", "новый");

    private static final BoundedCache<PhraseTerms> CACHE = new BoundedCache<>(20_000, PhraseTerms::analyse);

    private static final PhraseTerms NONE = new PhraseTerms(List.of(), Set.of());

    /** The terms of {@code text} (none for null or blank text), remembered: each phrase is compared many times. */
    static PhraseTerms of(String text) {
        if (text == null) return NONE;
        TimeBudget.check();
        return CACHE.get(text);
    }

    int size() {
        return terms.size();
    }

    boolean isGeneric(String term) {
        return generic.contains(term);
    }

    private static PhraseTerms analyse(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String stem : stems(text)) {
            // one letter is a unit or an initial ("l", the "h" of "km/h"), not a word to match
            if (stem.length() > 1 && !FILLER.contains(stem)) terms.add(stem);
        }
        Set<String> generic = new HashSet<>();
        for (String term : terms) {
            if (GENERIC.contains(term) || term.chars().noneMatch(Character::isLetter)) generic.add(term);
        }
        return new PhraseTerms(List.copyOf(terms), Set.copyOf(generic));
    }

    /**
     * The stems of a phrase by its script: Cyrillic through the Russian analyzer, the rest through the
     * English one. A mixed phrase goes through both, each keeping the words of its own script, so that
     * "доставка DHL" stems "доставка" as Russian and nothing is kept twice.
     */
    private static List<String> stems(String text) {
        String normalised = text.replace('ё', 'е').replace('Ё', 'Е');
        boolean cyrillic = hasScript(normalised, UnicodeScript.CYRILLIC);
        boolean latin = hasScript(normalised, UnicodeScript.LATIN);
        List<String> stems = new ArrayList<>();
        if (cyrillic) collect(RUSSIAN, normalised, stem -> !hasScript(stem, UnicodeScript.LATIN), stems);
        if (latin || !cyrillic) collect(ENGLISH, normalised, stem -> !cyrillic || hasScript(stem, UnicodeScript.LATIN), stems);
        return stems;
    }

    private static void collect(Analyzer analyzer, String text, Predicate<String> keep, List<String> stems) {
        try (TokenStream tokens = analyzer.tokenStream("phrase", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                if (keep.test(stem)) stems.add(stem);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse \"" + text + "\"", e);
        }
    }

    private static boolean hasScript(String text, UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && UnicodeScript.of(c) == script);
    }

    private static Set<String> stemsOf(String... words) {
        Set<String> stems = new HashSet<>();
        for (String word : words) stems.addAll(stems(word));
        return Set.copyOf(stems);
    }
}
